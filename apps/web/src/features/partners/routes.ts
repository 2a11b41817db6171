import type { PortalRoute } from '../../app/route-types.ts';

export const toAdminPartners = () => '/admin/partners';
export const toAdminPartner = (partnerId: string) => `/admin/partners/${encodeURIComponent(partnerId)}`;

export const partnersRoutes: PortalRoute[] = [
  {
    id: 'admin-partners',
    path: '/admin/partners',
    page: () => import('./PartnersPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'partners.nav.partners',
    nav: { order: 200 },
    card: {
      titleKey: 'partners.cards.partners.title',
      descriptionKey: 'partners.cards.partners.description',
      order: 200,
    },
  },
  {
    id: 'admin-partner',
    path: '/admin/partners/:partnerId',
    page: () => import('./PartnerPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'partners.admin.profile_title',
    parent: 'admin-partners',
  },
];
