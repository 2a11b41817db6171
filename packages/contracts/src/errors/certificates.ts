import { defineErrors } from './define.ts';

/**
 * Trust store (root and intermediate CAs), partner certificates and the PMS certificate authority. MOSIP's
 * key-manager codes (KER-*) where MOSIP has one, one code per condition; PMS_CA_* and PMS_CERT_* are ours
 * for the checks MOSIP does not make.
 */
export const certificateErrors = defineErrors({
  /** Blank certificate data, or a bundle with no certificate in it. */
  'KER-PCM-001': { status: 400 },
  /** The data is not a PEM/PKCS#7 certificate (garbage, a private key, a truncated file). */
  'KER-KMS-013': { status: 400 },
  /** The same CA certificate is already in this domain's trust store. */
  'KER-PCM-003': { status: 409 },
  /** The certificate is expired or not valid yet. */
  'KER-PCM-004': { status: 422 },
  /** An intermediate CA whose issuer chain does not reach an active root of the domain. */
  'KER-PCM-005': { status: 422 },
  /** A partner certificate whose chain does not reach an active root of the domain. */
  'KER-PCM-006': { status: 422 },
  /** Not an X.509 version 3 certificate. */
  'KER-PCM-007': { status: 422 },
  /** The subject's O= is missing or differs from the partner's organisation name. */
  'KER-PCM-008': { status: 422 },
  /** partnerDomain is not AUTH, DEVICE or FTM. */
  'KER-PCM-011': { status: 400 },
  /** No (current) certificate for that partner or id. */
  'KER-PCM-012': { status: 404 },
  /** Partner key too weak or of a type not allowed (RSA ≥ 2048, EC P-256/P-384). */
  'KER-PCM-013': { status: 422 },
  /** Partner certificate signed with an algorithm not allowed (SHA-256/384/512 with RSA or ECDSA). */
  'KER-PCM-014': { status: 422 },
  /** A self-signed certificate uploaded as a partner certificate. */
  'KER-PCM-015': { status: 422 },
  /** The CA certificate expires sooner than the minimum remaining validity. */
  'KER-PCM-017': { status: 422 },
  /** caCertificateType filter is not ROOT or INTERMEDIATE. */
  'KER-PCM-018': { status: 400 },
  /** No CA certificate with that id. */
  'KER-PMS-019': { status: 404 },
  /** The certificate's validity starts after today. */
  'KER-PMS-020': { status: 422 },
  /** The partner certificate expires sooner than the minimum remaining validity. */
  'KER-KMS-021': { status: 422 },
  /** Certificate download refused: the partner is deactivated. */
  PMS_CERTIFICATE_ERROR_009: { status: 409 },
  /** The CA certificate lacks basicConstraints CA=true. */
  PMS_CA_001: { status: 422 },
  /** The CA certificate's key usage lacks keyCertSign. */
  PMS_CA_002: { status: 422 },
  /** CA key type or size not allowed (RSA ≥ 2048, EC P-256/P-384). */
  PMS_CA_003: { status: 422 },
  /** CA certificate signed with SHA-1 or another algorithm not allowed. */
  PMS_CA_004: { status: 422 },
  /** The CA certificate is already revoked. */
  PMS_CA_005: { status: 409 },
  /** partnerDomain differs from the domain of the partner's type. */
  PMS_CERT_001: { status: 422 },
  /** The certificate subject has no common name (CN). */
  PMS_CERT_002: { status: 422 },
});
