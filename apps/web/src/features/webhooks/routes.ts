import type { PortalRoute } from '../../app/route-types.ts';

export const toWebhooks = () => '/admin/webhooks';
export const toWebhook = (id: string) => `/admin/webhooks/${encodeURIComponent(id)}`;
export const toOutbox = () => '/admin/outbox';

export const webhooksRoutes: PortalRoute[] = [
  {
    id: 'webhooks',
    path: '/admin/webhooks',
    page: () => import('./WebhooksPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'webhooks.nav',
    nav: { order: 540 },
    card: { titleKey: 'webhooks.card.title', descriptionKey: 'webhooks.card.description', order: 540 },
  },
  {
    id: 'webhook',
    path: '/admin/webhooks/:id',
    page: () => import('./WebhookPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'webhooks.form.edit_title',
    parent: 'webhooks',
  },
  {
    id: 'outbox',
    path: '/admin/outbox',
    page: () => import('./OutboxPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'webhooks.outbox.nav',
    parent: 'webhooks',
    nav: { order: 545 },
  },
];
