export const mailbox = {
  title: 'Boîte mail',
  intro: 'Tous les e-mails envoyés par le système, du plus récent au plus ancien.',
  columns: {
    to: 'Destinataire',
    subject: 'Objet',
    sent_at: 'Envoyé',
    status: 'État',
  },
  filter_to: 'Le destinataire contient',
  filter_subject: "L'objet contient",
  open: 'Ouvrir le mail « {{subject}} »',
  mail_title: 'Mail',
  from: 'De',
  to: 'À',
  date: 'Date',
  not_found: "Ce mail n'existe pas.",
  back: 'Retour à la boîte mail',
};
