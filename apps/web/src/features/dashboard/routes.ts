import type { PortalRoute } from '../../app/route-types.ts';

export const toDashboard = () => '/';

export const dashboardRoutes: PortalRoute[] = [
  {
    id: 'dashboard',
    path: '/',
    page: () => import('./DashboardPage.tsx'),
    access: 'authenticated',
    labelKey: 'shell.nav.dashboard',
    nav: { order: 0 },
  },
];
