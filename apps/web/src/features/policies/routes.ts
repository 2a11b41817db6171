import type { PolicyType } from '@pms/contracts';
import type { PortalRoute } from '../../app/route-types.ts';
import { policyManagers } from '../policy-groups/routes.ts';

export const toPolicies = () => '/policies';
export const toPolicy = (id: string) => `/policies/${encodeURIComponent(id)}`;
export const toEditPolicy = (id: string) => `/policies/${encodeURIComponent(id)}/edit`;

/** The create form, optionally prefilled: a type, a group, or a policy to clone (`cloneFrom`). */
export function toNewPolicy(prefill: { type?: PolicyType; group?: string; cloneFrom?: string } = {}): string {
  const query = new URLSearchParams();
  if (prefill.type) query.set('type', prefill.type);
  if (prefill.group) query.set('group', prefill.group);
  if (prefill.cloneFrom) query.set('cloneFrom', prefill.cloneFrom);
  const qs = query.toString();
  return qs ? `/policies/new?${qs}` : '/policies/new';
}

export const policyRoutes: PortalRoute[] = [
  {
    id: 'policies',
    path: '/policies',
    page: () => import('./PoliciesPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.nav.policies',
    nav: { order: 310 },
    card: {
      titleKey: 'policies.cards.policies.title',
      descriptionKey: 'policies.cards.policies.description',
      order: 310,
    },
  },
  {
    id: 'policy-new',
    path: '/policies/new',
    page: () => import('./PolicyFormPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.create_title',
    parent: 'policies',
  },
  {
    id: 'policy',
    path: '/policies/:id',
    page: () => import('./PolicyPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.view_title',
    parent: 'policies',
  },
  {
    id: 'policy-edit',
    path: '/policies/:id/edit',
    page: () => import('./PolicyFormPage.tsx'),
    access: policyManagers,
    labelKey: 'policies.edit_title',
    parent: 'policy',
  },
];
