import { adminRoles } from '@pms/contracts';
import type { PortalRoute } from '../../app/route-types.ts';

/** Policy groups are managed by PARTNER_ADMIN or POLICYMANAGER (the API's `MANAGERS`). */
export const policyManagers = adminRoles;

export const toPolicyGroups = () => '/policy-groups';
export const toNewPolicyGroup = () => '/policy-groups/new';
export const toPolicyGroup = (id: string) => `/policy-groups/${encodeURIComponent(id)}`;
export const toEditPolicyGroup = (id: string) => `/policy-groups/${encodeURIComponent(id)}/edit`;

export const policyGroupRoutes: PortalRoute[] = [
  {
    id: 'policy-groups',
    path: '/policy-groups',
    page: () => import('./PolicyGroupsPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.nav.groups',
    nav: { order: 300 },
    card: {
      titleKey: 'policies.cards.groups.title',
      descriptionKey: 'policies.cards.groups.description',
      order: 300,
    },
  },
  {
    id: 'policy-group-new',
    path: '/policy-groups/new',
    page: () => import('./PolicyGroupFormPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.groups.create_title',
    parent: 'policy-groups',
  },
  {
    id: 'policy-group',
    path: '/policy-groups/:id',
    page: () => import('./PolicyGroupPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.groups.view_title',
    parent: 'policy-groups',
  },
  {
    id: 'policy-group-edit',
    path: '/policy-groups/:id/edit',
    page: () => import('./PolicyGroupFormPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.groups.edit_title',
    parent: 'policy-group',
  },
];
