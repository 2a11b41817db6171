export const certificates = {
  nav: 'Certificats',
  card: {
    title: 'Certificats',
    description:
      'Téléversez votre certificat signé par une AC, voyez quand il expire et téléchargez-le ou celui signé par PMS.',
  },
  title: 'Certificats du partenaire',
  intro:
    'Un certificat par identifiant de partenaire. PMS le vérifie avec le magasin de confiance et signe sa propre copie pour MOSIP.',
  no_partner:
    "Vous n'avez pas encore de partenaire. Enregistrez d'abord un partenaire, puis téléversez son certificat ici.",
  card_title: 'Partenaire {{partnerId}}',
  deactivated_note:
    "Ce partenaire a été désactivé par l'administrateur : le téléversement et le téléchargement ne sont pas disponibles.",
  fields: {
    partner_id: 'Identifiant du partenaire',
    partner_type: 'Type de partenaire',
    domain: 'Domaine du partenaire',
    status: 'État du certificat',
    issued_to: 'Délivré à',
    issuer: 'Délivré par',
    issuer_unknown: 'Non disponible',
    uploaded_at: 'Téléversé le',
    expires_at: 'Expire le',
  },
  expiry: {
    valid: 'Valide',
    expiring: 'Expire bientôt',
    expired: 'Expiré',
    expiring_text: 'Jours restants : {{count}}. Téléversez un certificat renouvelé avant cette date.',
    expired_text: 'Ce certificat a expiré. Téléversez un certificat valide.',
  },
  actions: {
    upload: 'Téléverser le certificat',
    reupload: 'Téléverser à nouveau le certificat',
    download_original: 'Télécharger le certificat original',
    download_signed: 'Télécharger le certificat signé par PMS',
  },
  download: {
    original: 'le certificat original',
    signed: 'le certificat signé par PMS',
    done: 'Téléchargé : {{name}}.',
    expired: 'Ce certificat a expiré. Veuillez téléverser un certificat valide.',
  },
  upload: {
    title: 'Téléverser le certificat du partenaire',
    title_reupload: 'Téléverser à nouveau le certificat du partenaire',
    last_upload: 'Le dernier certificat a été téléversé le {{date}}.',
    drop_label: 'Choisir le fichier du certificat signé par une AC',
    unreadable:
      "Ce fichier n'est pas un certificat lisible par PMS. Choisissez un certificat PEM ou DER (.pem, .cer, .crt).",
    one_only: 'Le fichier doit contenir exactement un certificat : celui du partenaire.',
    submit: 'Téléverser',
    failed: 'Le certificat a été refusé',
    success: 'Le certificat du partenaire {{partnerId}} a été téléversé.',
  },
  preview: {
    caption: 'Contenu du fichier (lu dans votre navigateur, pas encore envoyé)',
    subject: 'Sujet',
    issuer: 'Émetteur',
    valid_from: 'Valide à partir du',
    valid_till: "Valide jusqu'au",
    self_signed: 'Auto-signé',
  },
};
