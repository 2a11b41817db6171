import type { Role } from '@pms/contracts';
import type { PortalRoute } from '../../app/route-types.ts';

/** Partner types holding a certificate (the API's `getpartnercertificates` roles, admins excluded). */
export const certificatePartners: readonly Role[] = [
  'AUTH_PARTNER',
  'ABIS_PARTNER',
  'SDK_PARTNER',
  'DEVICE_PROVIDER',
  'FTM_PROVIDER',
  'CREDENTIAL_PARTNER',
  'ONLINE_VERIFICATION_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];

export const toCertificates = () => '/certificates';

export const certificateRoutes: PortalRoute[] = [
  {
    id: 'certificates',
    path: '/certificates',
    page: () => import('./CertificatesPage.tsx'),
    access: certificatePartners,
    labelKey: 'certificates.nav',
    nav: { order: 105 },
    card: {
      titleKey: 'certificates.card.title',
      descriptionKey: 'certificates.card.description',
      order: 105,
    },
  },
];
