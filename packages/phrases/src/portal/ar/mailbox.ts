export const mailbox = {
  title: 'صندوق البريد',
  intro: 'كل الرسائل التي أرسلها النظام، الأحدث أولًا.',
  columns: {
    to: 'إلى',
    subject: 'الموضوع',
    sent_at: 'أُرسلت',
    status: 'الحالة',
  },
  filter_to: 'المستلم يحتوي على',
  filter_subject: 'الموضوع يحتوي على',
  open: 'فتح الرسالة «{{subject}}»',
  mail_title: 'رسالة',
  from: 'من',
  to: 'إلى',
  date: 'التاريخ',
  not_found: 'هذه الرسالة غير موجودة.',
  back: 'العودة إلى صندوق البريد',
};
