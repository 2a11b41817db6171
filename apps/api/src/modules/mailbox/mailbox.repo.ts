import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';
import { mails } from '../../platform/outbox/outbox.table.ts';

export type MailRow = typeof mails.$inferSelect;
export type MailSortField = 'createdAt' | 'to' | 'template';

export interface MailFilter {
  to?: string;
  template?: string;
}

function whereOf(filter: MailFilter): SQL | undefined {
  return and(
    filter.to ? ilike(mails.to, containsPattern(filter.to)) : undefined,
    filter.template ? eq(mails.template, filter.template) : undefined,
  );
}

const sortColumns = { createdAt: mails.createdAt, to: mails.to, template: mails.template };

export async function listMails(
  db: Db,
  filter: MailFilter,
  paging: Paging<MailSortField>,
): Promise<{ total: number; rows: MailRow[] }> {
  const where = whereOf(filter);
  const [totals] = await db.select({ total: count() }).from(mails).where(where);
  const { limit, offset } = limitOffset(paging);
  const rows = await db
    .select()
    .from(mails)
    .where(where)
    .orderBy(...orderByOf(paging, sortColumns, desc(mails.createdAt), mails.id))
    .limit(limit)
    .offset(offset);
  return { total: totals?.total ?? 0, rows };
}

export async function findMail(db: Db, id: string): Promise<MailRow | undefined> {
  const [row] = await db.select().from(mails).where(eq(mails.id, id));
  return row;
}
