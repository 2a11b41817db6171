import { type Mail, type MailQuery, type MailSummary, mailSortFields, type Page } from '@pms/contracts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { presentMail, presentMailSummary } from './mailbox.presenter.ts';
import { findMail, listMails } from './mailbox.repo.ts';

/** Every mail PMS wrote (sent over SMTP or not): lets local setups read reset links and notices. */
export async function searchMails(deps: AppDeps, query: MailQuery): Promise<Page<MailSummary>> {
  const paging = parsePaging(query, mailSortFields);
  const { total, rows } = await listMails(deps.db, { to: query.to, template: query.template }, paging);
  return toPage(paging, total, rows.map(presentMailSummary));
}

export async function getMail(deps: AppDeps, id: string): Promise<Mail> {
  const row = await findMail(deps.db, id);
  if (!row) throw new AppError('PMS_MBX_001', {}, 'id');
  return presentMail(row);
}
