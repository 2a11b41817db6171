import type { Role } from '@pms/contracts';
import type { PortalRoute } from '../../app/route-types.ts';
import { PendingRequestsBadge } from './PendingRequestsBadge.tsx';

/** Partner types that use policies (they request and follow them). */
export const policyPartners: readonly Role[] = [
  'AUTH_PARTNER',
  'CREDENTIAL_PARTNER',
  'ONLINE_VERIFICATION_PARTNER',
  'ABIS_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];

export const toMyPolicies = () => '/my-policies';
export const toRequestPolicy = (partnerId?: string) =>
  partnerId ? `/my-policies/new?partnerId=${encodeURIComponent(partnerId)}` : '/my-policies/new';
export const toMyPolicy = (r: { id: string; partnerId: string; policyId: string }) =>
  `/my-policies/${encodeURIComponent(r.id)}?${new URLSearchParams({ partnerId: r.partnerId, policyId: r.policyId })}`;
export const toAdminPolicyRequests = () => '/admin/policy-requests';
export const toAdminPolicyRequest = (r: { id: string; partnerId: string; policyId: string }) =>
  `/admin/policy-requests/${encodeURIComponent(r.id)}?${new URLSearchParams({ partnerId: r.partnerId, policyId: r.policyId })}`;

export const policyRequestRoutes: PortalRoute[] = [
  {
    id: 'my-policies',
    path: '/my-policies',
    page: () => import('./MyPoliciesPage.tsx'),
    access: policyPartners,
    labelKey: 'policy_requests.nav.mine',
    nav: { order: 110 },
    card: {
      titleKey: 'policy_requests.cards.mine.title',
      descriptionKey: 'policy_requests.cards.mine.description',
      order: 110,
    },
  },
  {
    id: 'my-policy-new',
    path: '/my-policies/new',
    page: () => import('./RequestPolicyPage.tsx'),
    access: policyPartners,
    labelKey: 'policy_requests.request.title',
    parent: 'my-policies',
  },
  {
    id: 'my-policy',
    path: '/my-policies/:id',
    page: () => import('./PolicyRequestPage.tsx'),
    access: policyPartners,
    labelKey: 'policy_requests.view.title',
    parent: 'my-policies',
  },
  {
    id: 'admin-policy-requests',
    path: '/admin/policy-requests',
    page: () => import('./AdminPolicyRequestsPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'policy_requests.nav.admin',
    nav: { order: 210 },
    card: {
      titleKey: 'policy_requests.cards.admin.title',
      descriptionKey: 'policy_requests.cards.admin.description',
      order: 210,
      badge: PendingRequestsBadge,
    },
  },
  {
    id: 'admin-policy-request',
    path: '/admin/policy-requests/:id',
    page: () => import('./PolicyRequestPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'policy_requests.view.title',
    parent: 'admin-policy-requests',
  },
];
