export const dashboard = {
  title: 'الرئيسية',
  welcome: 'مرحبًا، {{name}}',
  intro: 'اختر ما تريد القيام به.',
  no_capabilities: 'لا تتوفر أي ميزة لحسابك بعد. اطلب الوصول من المسؤول.',
  cards: {
    profile: {
      title: 'ملفي الشخصي',
      description: 'بياناتك وكلمة المرور واللغة.',
    },
    mailbox: {
      title: 'صندوق البريد',
      description: 'الرسائل التي أرسلها النظام: إعادة تعيين كلمات المرور والتحقق والإشعارات.',
    },
  },
};
