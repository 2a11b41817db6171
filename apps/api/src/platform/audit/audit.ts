import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import type { RequestContext } from '../http/context.ts';
import { auditEvents } from './audit.table.ts';

export interface AuditEntry {
  /** Dotted verb, e.g. `user.create`, `policy.publish`, `partner.deactivate`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Keys never written to the audit log, whatever a caller passes in `before`/`after`. */
const SECRET_KEYS = /password|secret|token|hash|privatekey/i;

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/** Writes one audit event. Call it with the transaction of the change so both commit or neither does. */
export async function recordAudit(tx: Db, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    id: newId(),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.username ?? null,
    actorRoles: ctx.actor?.roles ?? [],
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before === undefined ? null : redact(entry.before),
    after: entry.after === undefined ? null : redact(entry.after),
    reason: entry.reason ?? null,
    requestId: ctx.requestId,
    address: ctx.address,
  });
}
