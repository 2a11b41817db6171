import type { PortalRoute } from '../../app/route-types.ts';

export const toMailbox = () => '/admin/mailbox';
export const toMail = (id: string) => `/admin/mailbox/${encodeURIComponent(id)}`;

export const mailboxRoutes: PortalRoute[] = [
  {
    id: 'mailbox',
    path: '/admin/mailbox',
    page: () => import('./MailboxPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'shell.nav.mailbox',
    nav: { order: 900 },
    card: {
      titleKey: 'dashboard.cards.mailbox.title',
      descriptionKey: 'dashboard.cards.mailbox.description',
      order: 900,
    },
  },
  {
    id: 'mail',
    path: '/admin/mailbox/:id',
    page: () => import('./MailPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'mailbox.mail_title',
    parent: 'mailbox',
  },
];
