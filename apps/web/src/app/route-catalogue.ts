import { auditLogRoutes } from '../features/audit-log/routes.ts';
import { certificateRoutes } from '../features/certificates/routes.ts';
import { dashboardRoutes } from '../features/dashboard/routes.ts';
import { mailboxRoutes } from '../features/mailbox/routes.ts';
import { partnerProfileRoutes } from '../features/partner-profile/routes.ts';
import { partnersRoutes } from '../features/partners/routes.ts';
import { policyRoutes } from '../features/policies/routes.ts';
import { policyGroupRoutes } from '../features/policy-groups/routes.ts';
import { policyRequestRoutes } from '../features/policy-requests/routes.ts';
import { profileRoutes } from '../features/profile/routes.ts';
import { serviceAccountsRoutes } from '../features/service-accounts/routes.ts';
import { trustStoreRoutes } from '../features/trust-store/routes.ts';
import { usersRoutes } from '../features/users/routes.ts';
import { webhooksRoutes } from '../features/webhooks/routes.ts';
import type { PortalRoute } from './route-types.ts';

/**
 * Every signed-in page of the portal. A feature adds ONE line here with its `routes` array; navigation,
 * dashboard cards, breadcrumbs and role guards all follow from the entries.
 */
export const routeCatalogue: readonly PortalRoute[] = [
  ...dashboardRoutes,
  ...profileRoutes,
  ...mailboxRoutes,
  ...policyGroupRoutes,
  ...policyRoutes,
  ...usersRoutes,
  ...serviceAccountsRoutes,
  ...auditLogRoutes,
  ...webhooksRoutes,
  ...partnerProfileRoutes,
  ...partnersRoutes,
  ...policyRequestRoutes,
  ...certificateRoutes,
  ...trustStoreRoutes,
];

export function routeById(id: string): PortalRoute | undefined {
  return routeCatalogue.find((r) => r.id === id);
}
