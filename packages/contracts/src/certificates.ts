import { z } from 'zod';
import { pageSchema, pagingQuerySchema } from './paging.ts';

/** Partner domains of the trust store (MOSIP `mosip.kernel.partner.allowed.domains`). */
export const partnerDomains = ['AUTH', 'DEVICE', 'FTM'] as const;
export type PartnerDomain = (typeof partnerDomains)[number];

export const caCertificateTypes = ['ROOT', 'INTERMEDIATE'] as const;
export type CaCertificateType = (typeof caCertificateTypes)[number];

/** Status of a trust-store certificate as the list shows and filters it. */
export const trustCertificateStatuses = ['active', 'expired', 'revoked'] as const;
export type TrustCertificateStatus = (typeof trustCertificateStatuses)[number];

export const certificateLimits = {
  /** A PEM certificate is a few KB; a bundle of a whole CA hierarchy stays well below this. */
  certificateData: 256 * 1024,
  partnerId: 36,
  domain: 32,
  reason: 512,
} as const;

/** Blank data is refused by the service with KER-PCM-001 (as MOSIP's key manager does), not here. */
const certificateData = z.string().max(certificateLimits.certificateData);
/** Checked case-insensitively by the service so that an unknown value answers KER-PCM-011. */
const partnerDomain = z.string().min(1).max(certificateLimits.domain);

/** POST /partners/certificate/ca/upload — one PEM certificate or a P7B bundle, in any order. */
export const caCertificateUploadRequestSchema = z.strictObject({
  certificateData,
  partnerDomain,
});
export type CaCertificateUploadRequest = z.infer<typeof caCertificateUploadRequestSchema>;

export const caUploadStatuses = ['Upload Success.', 'Partial Upload Success.', 'Upload Failed.'] as const;

/** What happened to each certificate of the upload (ours; MOSIP answers only `status`). */
export const caUploadItemSchema = z.object({
  certThumbprint: z.string(),
  issuedTo: z.string(),
  uploaded: z.boolean(),
  certId: z.string().optional(),
  caCertificateType: z.enum(caCertificateTypes).optional(),
  errorCode: z.string().optional(),
  message: z.string().optional(),
});

export const caCertificateUploadResponseSchema = z.object({
  status: z.enum(caUploadStatuses),
  timestamp: z.string(),
  certificates: z.array(caUploadItemSchema),
});
export type CaCertificateUploadResponse = z.infer<typeof caCertificateUploadResponseSchema>;

/** GET /trust-chain-certificates query: paging plus MOSIP's filters and our `status`. */
export const trustCertificatesQuerySchema = pagingQuerySchema.extend({
  caCertificateType: z.string().max(16).optional(),
  certificateId: z.string().max(64).optional(),
  partnerDomain: z.string().max(certificateLimits.domain).optional(),
  issuedTo: z.string().max(256).optional(),
  issuedBy: z.string().max(256).optional(),
  status: z.enum(trustCertificateStatuses).optional(),
});
export type TrustCertificatesQuery = z.infer<typeof trustCertificatesQuerySchema>;

/** Sort aliases of the trust-store list (MOSIP's). */
export const trustCertificateSortFields = [
  'caCertificateType',
  'certificateId',
  'partnerDomain',
  'issuedTo',
  'issuedBy',
  'validFrom',
  'validTill',
  'uploadedDateTime',
] as const;

export const trustCertificateSchema = z.object({
  caCertificateType: z.enum(caCertificateTypes),
  certId: z.string(),
  partnerDomain: z.enum(partnerDomains),
  issuedTo: z.string(),
  issuedBy: z.string(),
  /** SHA-256 of the DER (MOSIP used SHA-1; that one is in certThumbprintSha1). */
  certThumbprint: z.string(),
  certThumbprintSha1: z.string(),
  serialNumber: z.string(),
  validFromDate: z.string(),
  validTillDate: z.string(),
  uploadTime: z.string(),
  uploadedBy: z.string(),
  /** MOSIP's flag as the portal reads it: true while the certificate can be used (valid now, not revoked). */
  status: z.boolean(),
  certificateStatus: z.enum(trustCertificateStatuses),
  issuerCertId: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
});
export type TrustCertificate = z.infer<typeof trustCertificateSchema>;

export const trustCertificatePageSchema = pageSchema(trustCertificateSchema);

/** One CA with its PEM (detail view). */
export const trustCertificateDetailSchema = trustCertificateSchema.extend({ certificateData: z.string() });

/** GET /trust-chain-certificates/{id}/certificateFile: the CA and its chain as `-----BEGIN PKCS7-----` text. */
export const certificateFileResponseSchema = z.object({ p7bFile: z.string(), timestamp: z.string() });

/** PATCH /trust-chain-certificates/{id}/revoke. */
export const revokeCaCertificateRequestSchema = z.strictObject({
  reason: z.string().trim().min(1).max(certificateLimits.reason),
});

/** POST /partners/certificate/upload. */
export const partnerCertificateUploadRequestSchema = z.strictObject({
  partnerId: z.string().min(1).max(certificateLimits.partnerId),
  certificateData,
  partnerDomain,
});
export type PartnerCertificateUploadRequest = z.infer<typeof partnerCertificateUploadRequestSchema>;

export const partnerCertificateUploadResponseSchema = z.object({
  certificateId: z.string(),
  /** The certificate PMS issued for the partner's key (PEM). */
  signedCertificateData: z.string(),
  timestamp: z.string(),
});

/** GET /partners/{partnerId}/certificate. */
export const partnerCertificateResponseSchema = z.object({
  certificateData: z.string(),
  timestamp: z.string(),
});

/** GET /partners/{partnerId}/certificate-data: expired certificates come back as "". */
export const originalCertificateResponseSchema = z.object({
  caSignedCertificateData: z.string(),
  isCaSignedCertificateExpired: z.boolean(),
  mosipSignedCertificateData: z.string(),
  isMosipSignedCertificateExpired: z.boolean(),
});

/** GET /partners/partner-certificates-details: one item per partner of the caller. */
export const partnerCertificateSummarySchema = z.object({
  partnerId: z.string(),
  partnerType: z.string(),
  isCertificateAvailable: z.boolean(),
  certificateIssuedTo: z.string().nullable(),
  certificateUploadDateTime: z.string().nullable(),
  certificateExpiryDateTime: z.string().nullable(),
  isPartnerActive: z.boolean(),
});
export type PartnerCertificateSummary = z.infer<typeof partnerCertificateSummarySchema>;

/** GET /partners/certificate/{certificateId}/chain: the PMS-issued certificate with the PMS CA chain. */
export const certificateChainResponseSchema = z.object({
  partnerDomain: z.enum(partnerDomains),
  p7bFile: z.string(),
  certificates: z.array(z.string()),
  timestamp: z.string(),
});
