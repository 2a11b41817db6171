/** The administrator's view of the mails the system sent. */
export const mailbox = {
  title: 'Mailbox',
  intro: 'Every e-mail the system has sent, newest first.',
  columns: {
    to: 'To',
    subject: 'Subject',
    sent_at: 'Sent',
    status: 'Status',
  },
  filter_to: 'Recipient contains',
  filter_subject: 'Subject contains',
  open: 'Open the mail "{{subject}}"',
  mail_title: 'Mail',
  from: 'From',
  to: 'To',
  date: 'Date',
  not_found: 'This mail does not exist.',
  back: 'Back to the mailbox',
};
