import 'reflect-metadata';
import {
  caCertificateUploadRequestSchema,
  caCertificateUploadResponseSchema,
  certificateChainResponseSchema,
  certificateFileResponseSchema,
  originalCertificateResponseSchema,
  partnerCertificateResponseSchema,
  partnerCertificateSummarySchema,
  partnerCertificateUploadRequestSchema,
  partnerCertificateUploadResponseSchema,
  type Role,
  revokeCaCertificateRequestSchema,
  trustCertificateDetailSchema,
  trustCertificatePageSchema,
  trustCertificateSchema,
  trustCertificatesQuerySchema,
} from '@pms/contracts';
import { errorMessage } from '@pms/phrases';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { publicBaseUrl } from '../identity/base-url.ts';
import { registerCertificateExpiryJob } from './expiry.job.ts';
import * as partnerCertificates from './partner-certificates.service.ts';
import * as trustStore from './trust-store.service.ts';

const tags = ['Certificates'];
const BASE = '/v1/partnermanager';

/** Roles per endpoint from MOSIP's `mosip.role.pms.*` (legacy PARTNER/PARTNERMANAGER roles dropped). */
const ADMIN: readonly Role[] = ['PARTNER_ADMIN'];
/** postpartnerscertificateupload. */
const CERT_UPLOADERS: readonly Role[] = [
  'PMS_USER',
  'AUTH_PARTNER',
  'ABIS_PARTNER',
  'SDK_PARTNER',
  'DEVICE_PROVIDER',
  'FTM_PROVIDER',
  'CREDENTIAL_PARTNER',
  'CREDENTIAL_ISSUANCE',
  'ID_AUTHENTICATION',
  'PARTNER_ADMIN',
  'ONLINE_VERIFICATION_PARTNER',
  // MOSIP forgot these partner types, which also hold certificates.
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];
/** getpartnerscertificate: the uploaders plus CREATE_SHARE. */
const CERT_READERS: readonly Role[] = [...CERT_UPLOADERS, 'CREATE_SHARE'];
/** getpartnercertificates (the portal's certificate cards). */
const CERT_CARD_READERS: readonly Role[] = [
  'AUTH_PARTNER',
  'ABIS_PARTNER',
  'SDK_PARTNER',
  'DEVICE_PROVIDER',
  'FTM_PROVIDER',
  'CREDENTIAL_PARTNER',
  'PARTNER_ADMIN',
  'ONLINE_VERIFICATION_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];
/** The chain download behind CA_CERTIFICATE_UPLOADED: readers plus the systems that consume the event. */
const CHAIN_READERS: readonly Role[] = [
  ...CERT_READERS,
  'ID_REPOSITORY',
  'REGISTRATION_PROCESSOR',
  'RESIDENT',
];

const partnerIdParams = z.object({ partnerId: z.string().min(1).max(256) });
const certificateIdParams = z.object({ certificateId: z.string().min(1).max(64) });

export function registerCertificateRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerCertificateExpiryJob();

  // ---- trust store (partner admins)

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/certificate/ca/upload`,
    summary: 'Upload root or intermediate CA certificates (one PEM or a P7B bundle, any order)',
    tags,
    access: ADMIN,
    apiId: 'mosip.partnermanagement.partners.certificate.ca.upload',
    body: caCertificateUploadRequestSchema,
    response: caCertificateUploadResponseSchema,
    handler: async ({ ctx, body }) => {
      const result = await trustStore.uploadCaCertificates(deps, ctx, body);
      return {
        status: result.status,
        timestamp: new Date().toISOString(),
        certificates: result.items.map((item) => ({
          certThumbprint: item.cert.sha256,
          issuedTo: item.cert.subject,
          uploaded: !!item.row,
          ...(item.row
            ? { certId: item.row.id, caCertificateType: item.row.caType as 'ROOT' | 'INTERMEDIATE' }
            : {}),
          ...(item.failure
            ? {
                errorCode: item.failure.code,
                message: errorMessage(item.failure.code, ctx.lang, item.failure.params),
              }
            : {}),
        })),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/trust-chain-certificates`,
    summary: 'List root and intermediate CA certificates (paged, filtered, sorted)',
    tags,
    access: ADMIN,
    envelope: 'v2',
    apiId: 'mosip.pms.trust.certificates.get',
    querystring: trustCertificatesQuerySchema,
    response: trustCertificatePageSchema,
    handler: ({ query }) => trustStore.listTrustCertificates(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/trust-chain-certificates/:certificateId`,
    summary: 'One CA certificate with its PEM',
    tags,
    access: ADMIN,
    envelope: 'v2',
    apiId: 'mosip.pms.trust.certificate.get',
    params: certificateIdParams,
    response: trustCertificateDetailSchema,
    handler: ({ params }) => trustStore.getTrustCertificate(deps, params.certificateId),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/trust-chain-certificates/:certificateId/certificateFile`,
    summary: 'Download a CA certificate with its chain (PKCS#7)',
    tags,
    access: ADMIN,
    envelope: 'v2',
    apiId: 'mosip.pms.download.trust.certificates.get',
    params: certificateIdParams,
    response: certificateFileResponseSchema,
    handler: ({ params }) => trustStore.trustCertificateFile(deps, params.certificateId),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: `${BASE}/trust-chain-certificates/:certificateId/revoke`,
    summary: 'Revoke a CA certificate: it leaves chain building at once',
    tags,
    access: ADMIN,
    envelope: 'v2',
    apiId: 'mosip.pms.trust.certificate.revoke.patch',
    params: certificateIdParams,
    body: revokeCaCertificateRequestSchema,
    response: trustCertificateSchema,
    handler: ({ ctx, params, body }) =>
      trustStore.revokeTrustCertificate(deps, ctx, params.certificateId, body.reason),
  });

  // ---- partner certificates

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/certificate/upload`,
    summary: 'Upload a partner certificate; PMS issues its own end-entity certificate for the key',
    tags,
    access: CERT_UPLOADERS,
    apiId: 'mosip.partnermanagement.partners.certificate.upload',
    body: partnerCertificateUploadRequestSchema,
    response: partnerCertificateUploadResponseSchema,
    handler: ({ ctx, body, request }) =>
      partnerCertificates.uploadPartnerCertificate(deps, ctx, body, publicBaseUrl(deps, request)),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/partner-certificates-details`,
    summary: "Certificate summary of each of the caller's partners",
    tags,
    access: CERT_CARD_READERS,
    envelope: 'v2',
    apiId: 'mosip.pms.partner.certificates.get',
    response: z.array(partnerCertificateSummarySchema),
    handler: ({ ctx }) => partnerCertificates.listOwnPartnerCertificates(deps, ctx),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/certificate/:certificateId/chain`,
    summary:
      'A PMS-issued partner certificate with the PMS CA chain (what CA_CERTIFICATE_UPLOADED points to)',
    tags,
    access: CHAIN_READERS,
    envelope: 'v2',
    apiId: 'mosip.pms.partner.certificate.chain.get',
    params: certificateIdParams,
    response: certificateChainResponseSchema,
    handler: ({ ctx, params }) => partnerCertificates.getCertificateChain(deps, ctx, params.certificateId),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/:partnerId/certificate`,
    summary: 'The PMS-issued certificate of a partner',
    tags,
    access: CERT_READERS,
    apiId: 'mosip.partnermanagement.partners.certificate.get',
    params: partnerIdParams,
    response: partnerCertificateResponseSchema,
    handler: ({ ctx, params }) => partnerCertificates.getPartnerCertificate(deps, ctx, params.partnerId),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/:partnerId/certificate-data`,
    summary: 'The original and the PMS-issued certificate of a partner, with expiry flags',
    tags,
    access: CERT_READERS,
    envelope: 'v2',
    apiId: 'mosip.pms.original.partner.certificate.get',
    params: partnerIdParams,
    response: originalCertificateResponseSchema,
    handler: ({ ctx, params }) => partnerCertificates.getPartnerCertificateData(deps, ctx, params.partnerId),
  });
}
