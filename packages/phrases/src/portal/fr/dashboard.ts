export const dashboard = {
  title: 'Accueil',
  welcome: 'Bienvenue, {{name}}',
  intro: 'Choisissez ce que vous voulez faire.',
  no_capabilities:
    "Aucune fonction n'est encore disponible pour votre compte. Demandez un accès à votre administrateur.",
  cards: {
    profile: {
      title: 'Mon profil',
      description: 'Vos informations, votre mot de passe et votre langue.',
    },
    mailbox: {
      title: 'Boîte mail',
      description: 'Les e-mails envoyés par le système : réinitialisations, vérifications et avis.',
    },
  },
};
