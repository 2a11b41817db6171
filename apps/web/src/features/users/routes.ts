import type { PortalRoute } from '../../app/route-types.ts';

export const toUsers = () => '/admin/users';
export const toNewUser = () => '/admin/users/new';
export const toUser = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

export const usersRoutes: PortalRoute[] = [
  {
    id: 'users',
    path: '/admin/users',
    page: () => import('./UsersPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'users.nav',
    nav: { order: 500 },
    card: { titleKey: 'users.card.title', descriptionKey: 'users.card.description', order: 500 },
  },
  {
    id: 'user-new',
    path: '/admin/users/new',
    page: () => import('./UserCreatePage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'users.create.title',
    parent: 'users',
  },
  {
    id: 'user',
    path: '/admin/users/:id',
    page: () => import('./UserPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'users.detail.profile',
    parent: 'users',
  },
];
