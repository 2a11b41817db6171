export const common = {
  app_name: 'Partner Management',
  sign_in: 'Sign in',
  sign_out: 'Sign out',
  loading: 'Loading…',
};
