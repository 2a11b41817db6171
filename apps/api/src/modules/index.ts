import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.ts';
import { registerAuditLogRoutes } from './audit-log/audit-log.routes.ts';
import { registerCertificateRoutes } from './certificates/certificates.routes.ts';
import { registerAccountRoutes } from './identity/account.routes.ts';
import { registerIdentityRoutes } from './identity/identity.routes.ts';
import { registerMailboxRoutes } from './mailbox/mailbox.routes.ts';
import { registerPartnerRoutes } from './partners/partner.routes.ts';
import { registerPolicyRoutes } from './policies/policy.routes.ts';
import { registerServiceAccountRoutes } from './service-accounts/service-accounts.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';
import { registerWebhookRoutes } from './webhooks/webhooks.routes.ts';

/** Every resource module's routes. A new module adds one line here. */
export function registerModules(app: FastifyInstance, deps: AppDeps): void {
  registerIdentityRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerServiceAccountRoutes(app, deps);
  registerAuditLogRoutes(app, deps);
  registerWebhookRoutes(app, deps);
  registerMailboxRoutes(app, deps);
  registerPolicyRoutes(app, deps);
  registerPartnerRoutes(app, deps);
  registerCertificateRoutes(app, deps);
}
