export const auth = {
  login: {
    title: 'Connexion à la gestion des partenaires',
    intro: "Utilisez le compte fourni par votre organisation ou par l'administrateur du programme.",
    username: "Nom d'utilisateur",
    password: 'Mot de passe',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    failed: 'Échec de la connexion',
    session_ended: 'Votre session est terminée. Veuillez vous reconnecter.',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      "Indiquez votre nom d'utilisateur ou votre adresse e-mail. Si un compte correspond, nous envoyons un lien pour réinitialiser le mot de passe.",
    identifier: "Nom d'utilisateur ou adresse e-mail",
    submit: 'Envoyer le lien',
    sent: 'Si un compte correspond, un lien de réinitialisation est en route. Consultez votre boîte mail.',
    back_to_login: 'Retour à la connexion',
  },
  reset: {
    title: 'Choisissez un nouveau mot de passe',
    new_password: 'Nouveau mot de passe',
    confirm_password: 'Répétez le nouveau mot de passe',
    mismatch: 'Les deux mots de passe diffèrent.',
    submit: 'Définir le mot de passe',
    done: 'Votre mot de passe a été changé. Vous pouvez maintenant vous connecter avec.',
    missing_token: 'Ce lien est incomplet. Demandez un nouveau lien de réinitialisation.',
    rule: 'Au moins {{min}} caractères.',
  },
  verify: {
    title: "Vérification de l'adresse e-mail",
    working: 'Vérification du lien…',
    done: 'Votre adresse e-mail est vérifiée.',
    missing_token: "Ce lien est incomplet. Ouvrez à nouveau le lien de l'e-mail.",
  },
};
