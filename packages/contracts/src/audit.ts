import { z } from 'zod';
import { pagingQuerySchema } from './paging.ts';

/** Sort aliases of the admin audit list. */
export const auditSortFields = ['occurredAt', 'action', 'actorName', 'entityType'] as const;

/** Filters of `GET /v1/partnermanager/audit-events` (plus MOSIP paging). */
export const auditEventQuerySchema = pagingQuerySchema.extend({
  /** Username contains (case-insensitive, wildcards taken literally). */
  actor: z.string().max(256).optional(),
  action: z.string().max(128).optional(),
  entityType: z.string().max(128).optional(),
  entityId: z.string().max(256).optional(),
  /** ISO 8601 times, inclusive. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditEventQuery = z.infer<typeof auditEventQuerySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  address: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
