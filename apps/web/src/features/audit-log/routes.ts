import type { PortalRoute } from '../../app/route-types.ts';

export const toAuditLog = () => '/admin/audit-log';
export const toAuditEvent = (id: string) => `/admin/audit-log/${encodeURIComponent(id)}`;

export const auditLogRoutes: PortalRoute[] = [
  {
    id: 'audit-log',
    path: '/admin/audit-log',
    page: () => import('./AuditLogPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'audit_log.nav',
    nav: { order: 530 },
    card: { titleKey: 'audit_log.card.title', descriptionKey: 'audit_log.card.description', order: 530 },
  },
  {
    id: 'audit-event',
    path: '/admin/audit-log/:id',
    page: () => import('./AuditEventPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'audit_log.detail.title',
    parent: 'audit-log',
  },
];
