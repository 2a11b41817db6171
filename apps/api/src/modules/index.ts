import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.ts';
import { registerAuditLogRoutes } from './audit-log/audit-log.routes.ts';
import { registerIdentityRoutes } from './identity/identity.routes.ts';
import { registerMailboxRoutes } from './mailbox/mailbox.routes.ts';
import { registerWebhookRoutes } from './webhooks/webhooks.routes.ts';

/** Every resource module's routes. A new module adds one line here. */
export function registerModules(app: FastifyInstance, deps: AppDeps): void {
  registerIdentityRoutes(app, deps);
  registerAuditLogRoutes(app, deps);
  registerWebhookRoutes(app, deps);
  registerMailboxRoutes(app, deps);
}
