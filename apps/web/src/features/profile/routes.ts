import type { PortalRoute } from '../../app/route-types.ts';

export const toProfile = () => '/profile';

export const profileRoutes: PortalRoute[] = [
  {
    id: 'profile',
    path: '/profile',
    page: () => import('./ProfilePage.tsx'),
    access: 'authenticated',
    labelKey: 'shell.nav.profile',
    nav: { order: 1000 },
    card: {
      titleKey: 'dashboard.cards.profile.title',
      descriptionKey: 'dashboard.cards.profile.description',
      order: 1000,
    },
  },
];
