import { type AuditEvent, type AuditEventQuery, auditSortFields, type Page } from '@pms/contracts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { presentAuditEvent } from './audit-log.presenter.ts';
import { findAuditEvent, listAuditEvents } from './audit-log.repo.ts';

/** Admin view of the audit log. Reads are not audited (MOSIP does not audit revamp reads either). */
export async function searchAuditEvents(deps: AppDeps, query: AuditEventQuery): Promise<Page<AuditEvent>> {
  const paging = parsePaging(query, auditSortFields);
  const { total, rows } = await listAuditEvents(
    deps.db,
    {
      actor: query.actor,
      action: query.action,
      entityType: query.entityType,
      entityId: query.entityId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    },
    paging,
  );
  return toPage(paging, total, rows.map(presentAuditEvent));
}

export async function getAuditEvent(deps: AppDeps, id: string): Promise<AuditEvent> {
  const row = await findAuditEvent(deps.db, id);
  if (!row) throw new AppError('PMS_AUD_001', {}, 'id');
  return presentAuditEvent(row);
}
