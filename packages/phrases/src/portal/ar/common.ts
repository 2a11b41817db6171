export const common = {
  app_name: 'إدارة الشركاء',
  sign_in: 'تسجيل الدخول',
  sign_out: 'تسجيل الخروج',
  loading: 'جارٍ التحميل…',
};
