/** The administrator's view of the mails the system queued and sent. */
export const mailbox = {
  title: 'Mailbox',
  intro: 'Every e-mail the system has queued or sent, newest first.',
  caption: 'Mails',
  columns: {
    to: 'To',
    subject: 'Subject',
    template: 'Kind',
    language: 'Language',
    created_at: 'Queued',
    status: 'Status',
  },
  filter_to: 'Recipient contains',
  filter_template: 'Kind',
  empty: 'No mail has been sent yet.',
  mail_title: 'Mail',
  to: 'To',
  queued_at: 'Queued',
  sent_at: 'Sent',
  not_sent: 'Not sent yet',
  back: 'Back to the mailbox',
};
