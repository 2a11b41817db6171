import { auditEventQuerySchema, auditEventSchema, pageSchema } from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { getAuditEvent, searchAuditEvents } from './audit-log.service.ts';

const tags = ['Audit log'];

/** Admin audit log: who changed what, when, from where. */
export function registerAuditLogRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/audit-events',
    summary: 'Search the audit log (paged; filter by actor, action, entity and time)',
    tags,
    access: ['PARTNER_ADMIN'],
    envelope: 'v2',
    apiId: 'mosip.pms.audit.events.get',
    querystring: auditEventQuerySchema,
    response: pageSchema(auditEventSchema),
    handler: ({ query }) => searchAuditEvents(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/audit-events/:id',
    summary: 'One audit event with its before/after values',
    tags,
    access: ['PARTNER_ADMIN'],
    envelope: 'v2',
    apiId: 'mosip.pms.audit.event.get',
    params: z.object({ id: z.uuid() }),
    response: auditEventSchema,
    handler: ({ params }) => getAuditEvent(deps, params.id),
  });
}
