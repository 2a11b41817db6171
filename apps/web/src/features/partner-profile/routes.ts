import { ANY_PARTNER } from '@pms/contracts';
import type { PortalRoute } from '../../app/route-types.ts';

export const toMyPartner = (partnerId?: string) =>
  partnerId ? `/my-partner?partnerId=${encodeURIComponent(partnerId)}` : '/my-partner';

export const partnerProfileRoutes: PortalRoute[] = [
  {
    id: 'my-partner',
    path: '/my-partner',
    page: () => import('./PartnerProfilePage.tsx'),
    access: ANY_PARTNER,
    labelKey: 'partners.nav.my_partner',
    nav: { order: 100 },
    card: {
      titleKey: 'partners.cards.my_partner.title',
      descriptionKey: 'partners.cards.my_partner.description',
      order: 100,
    },
  },
];
