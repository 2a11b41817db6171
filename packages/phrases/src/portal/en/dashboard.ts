/** The home page: greeting and one card per capability the user may use. */
export const dashboard = {
  title: 'Home',
  welcome: 'Welcome, {{name}}',
  intro: 'Choose what you want to do.',
  no_capabilities: 'No feature is available to your account yet. Ask your administrator for access.',
  cards: {
    profile: {
      title: 'My profile',
      description: 'Your details, your password and your language.',
    },
    mailbox: {
      title: 'Mailbox',
      description: 'E-mails the system has sent: password resets, verifications and notices.',
    },
  },
};
