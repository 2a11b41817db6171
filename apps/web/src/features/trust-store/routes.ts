import type { PortalRoute } from '../../app/route-types.ts';

export const toTrustStore = () => '/admin/trust-store';
export const toTrustUpload = () => '/admin/trust-store/upload';
export const toTrustCertificate = (id: string) => `/admin/trust-store/${encodeURIComponent(id)}`;

export const trustStoreRoutes: PortalRoute[] = [
  {
    id: 'trust-store',
    path: '/admin/trust-store',
    page: () => import('./TrustStorePage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'trust_store.nav',
    nav: { order: 230 },
    card: {
      titleKey: 'trust_store.card.title',
      descriptionKey: 'trust_store.card.description',
      order: 230,
    },
  },
  {
    id: 'trust-store-upload',
    path: '/admin/trust-store/upload',
    page: () => import('./TrustUploadPage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'trust_store.upload.title',
    parent: 'trust-store',
  },
  {
    id: 'trust-store-certificate',
    path: '/admin/trust-store/:id',
    page: () => import('./TrustCertificatePage.tsx'),
    access: ['PARTNER_ADMIN'],
    labelKey: 'trust_store.detail.title',
    parent: 'trust-store',
  },
];
