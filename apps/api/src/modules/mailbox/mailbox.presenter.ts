import type { Mail, MailSummary } from '@pms/contracts';
import type { MailRow } from './mailbox.repo.ts';

export function presentMailSummary(row: MailRow): MailSummary {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    lang: row.lang,
    template: row.template,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt ? row.sentAt.toISOString() : null,
  };
}

export function presentMail(row: MailRow): Mail {
  return { ...presentMailSummary(row), text: row.text };
}
