import type { PortalRoute } from '../../app/route-types.ts';

export const toServiceAccounts = () => '/admin/service-accounts';
export const toServiceAccount = (id: string) => `/admin/service-accounts/${encodeURIComponent(id)}`;

export const serviceAccountsRoutes: PortalRoute[] = [
  {
    id: 'service-accounts',
    path: '/admin/service-accounts',
    page: () => import('./ServiceAccountsPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'service_accounts.nav',
    nav: { order: 510 },
    card: {
      titleKey: 'service_accounts.card.title',
      descriptionKey: 'service_accounts.card.description',
      order: 510,
    },
  },
  {
    id: 'service-account',
    path: '/admin/service-accounts/:id',
    page: () => import('./ServiceAccountPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'service_accounts.detail.client_id',
    parent: 'service-accounts',
  },
];
