/** Inscription publique des partenaires et consentement aux conditions d’utilisation. */
export const signup = {
  title: 'Devenir partenaire',
  intro:
    'Créez votre compte partenaire. Vous confirmerez votre adresse e-mail avant de pouvoir vous connecter.',
  have_account: 'Déjà inscrit ?',
  sign_in: 'Se connecter',
  link_from_login: 'Nouveau partenaire ? Créer un compte',
  step_type: 'Type de partenaire',
  step_type_intro: 'Choisissez ce que votre organisation fait avec la plateforme d’identité.',
  step_details: 'Vos informations',
  next: 'Continuer',
  change_type: 'Changer de type de partenaire',
  chosen_type: 'Type de partenaire : {{type}}',
  needs_policy: 'Utilise les politiques d’un groupe de politiques',
  no_policy: 'Aucun groupe de politiques nécessaire',
  types: {
    auth_partner: {
      title: 'Partenaire d’authentification',
      description:
        'Authentifie les résidents (OTP, biométrie, eKYC) et utilise des politiques d’authentification.',
    },
    device_provider: {
      title: 'Fournisseur de terminaux',
      description: 'Fournit des terminaux biométriques et leur interface biométrique sécurisée (SBI).',
    },
    credential_partner: {
      title: 'Partenaire de justificatifs',
      description: 'Reçoit et délivre des justificatifs d’identité par des politiques de partage de données.',
    },
    ftm_provider: {
      title: 'Fournisseur de puces FTM',
      description: 'Fournit les puces de module de confiance (FTM) des terminaux biométriques.',
    },
    online_verification_partner: {
      title: 'Partenaire de vérification en ligne',
      description:
        'Vérifie en ligne des données d’identité pour des tiers, avec des politiques d’authentification.',
    },
    abis_partner: {
      title: 'Partenaire ABIS',
      description:
        'Exploite le système automatisé d’identification biométrique qui dédoublonne les dossiers.',
    },
    manual_adjudication: {
      title: 'Partenaire d’arbitrage manuel',
      description: 'Examine à la main les correspondances biométriques que le système ne peut trancher.',
    },
    misp_partner: {
      title: 'Partenaire MISP',
      description: 'Fournisseur d’infrastructure qui raccorde les partenaires d’authentification.',
    },
    sdk_partner: {
      title: 'Partenaire SDK',
      description: 'Fournit des kits de développement biométriques (contrôle de qualité, comparaison).',
    },
    print_partner: {
      title: 'Partenaire d’impression',
      description: 'Imprime les cartes d’identité à partir des justificatifs reçus.',
    },
    binding_partner: {
      title: 'Partenaire de liaison',
      description: 'Lie le portefeuille ou la clé d’appareil d’un résident à son identité.',
    },
    other: {
      title: '{{code}}',
      description: 'Type de partenaire {{code}}.',
    },
  },
  fields: {
    organization: 'Nom de l’organisation',
    partner_id: 'Identifiant partenaire',
    partner_id_hint:
      'L’identifiant de votre organisation sur la plateforme : sans espace, {{max}} caractères au plus.',
    username: 'Nom d’utilisateur',
    username_hint: 'Il sert à vous connecter ; au moins 3 caractères.',
    email: 'Adresse e-mail',
    first_name: 'Prénom',
    last_name: 'Nom',
    phone: 'Numéro de téléphone',
    phone_hint: '{{max}} caractères au plus.',
    address: 'Adresse',
    language: 'Langue préférée',
    password: 'Mot de passe',
    password_confirm: 'Confirmez le mot de passe',
    policy_group: 'Groupe de politiques',
    policy_group_hint:
      'Les politiques que vous pourrez demander viennent de ce groupe. Un seul groupe par identifiant partenaire : choisissez avec soin.',
    policy_group_none: 'Aucun groupe de politiques actif n’est disponible. Contactez l’administrateur.',
    website: 'Laissez ce champ vide',
  },
  sections: {
    organisation: 'Organisation',
    contact: 'Personne à contacter',
    account: 'Compte',
  },
  strength: {
    label: 'Robustesse du mot de passe : {{level}}',
    weak: 'faible',
    fair: 'moyenne',
    good: 'bonne',
    strong: 'forte',
    hint: 'Au moins {{min}} caractères ; mélangez majuscules, minuscules, chiffres et symboles.',
  },
  passwords_differ: 'Les mots de passe ne sont pas identiques.',
  required: 'Obligatoire.',
  submit: 'Créer mon compte',
  submitting: 'Création de votre compte…',
  failed: 'Le compte n’a pas pu être créé',
  load_error: 'Le formulaire d’inscription n’a pas pu être chargé.',
  done_title: 'Consultez votre messagerie',
  done_text:
    'Nous avons envoyé un message à {{email}}. Ouvrez le lien qu’il contient pour confirmer votre adresse, puis connectez-vous en tant que {{userName}}.',
  done_partner:
    'Votre identifiant partenaire est {{partnerId}}. Un administrateur l’active une fois votre certificat accepté.',
  consent: {
    title: 'Conditions générales',
    intro: 'Avant d’utiliser le portail partenaire, veuillez lire et accepter les conditions.',
    body_1:
      'La plateforme conserve votre nom, votre numéro de téléphone, votre adresse e-mail, votre organisation et votre adresse pour gérer votre partenariat, et les montre à ses administrateurs.',
    body_2:
      'Vos demandes (certificats, politiques, justificatifs) et les décisions prises sont enregistrées dans un journal d’audit.',
    body_3:
      'Vous gardez vos identifiants secrets et prévenez immédiatement l’administrateur s’ils ont pu être compromis.',
    accept: 'J’ai lu les conditions générales et j’y consens.',
    proceed: 'Continuer',
    decline: 'Si vous ne souhaitez pas continuer, vous pouvez vous déconnecter.',
    sign_out: 'Se déconnecter',
    accepted: 'Merci, votre consentement est enregistré.',
    load_error: 'Votre consentement n’a pas pu être vérifié.',
  },
};
