import type { ErrorCode, PartnerDomain } from '@pms/contracts';
import { partnerDomains } from '@pms/contracts';
import { KEY_USAGE, type KeyInfo, type ParsedCertificate, type SignatureInfo, utcDay } from './x509.ts';

/**
 * The certificate rules as pure functions: each answers the first failing rule (MOSIP stops at the first
 * one) with its code and message parameters, or undefined when everything passes.
 */
export interface RuleFailure {
  code: ErrorCode;
  params: Record<string, unknown>;
}

const fail = (code: ErrorCode, params: Record<string, unknown> = {}): RuleFailure => ({ code, params });

const DAY_MS = 24 * 60 * 60 * 1000;

/** `partnerDomain` compared case-insensitively (as MOSIP does) and returned upper-cased, else undefined. */
export function parseDomain(value: string | undefined): PartnerDomain | undefined {
  const upper = value?.trim().toUpperCase();
  return partnerDomains.find((d) => d === upper);
}

/**
 * The domain of a partner type, derived on the server (MOSIP leaves it to the portal): device providers
 * → DEVICE, FTM providers → FTM, every other type → AUTH.
 */
export function domainOfPartnerType(partnerTypeCode: string): PartnerDomain {
  const code = partnerTypeCode.toLowerCase();
  if (code === 'device_provider') return 'DEVICE';
  if (code === 'ftm_provider') return 'FTM';
  return 'AUTH';
}

export function describeKey(key: KeyInfo): string {
  if (key.kind === 'ec') return `EC ${key.curve ?? 'unknown curve'}`;
  if (key.bits) return `${key.kind.toUpperCase()} ${key.bits}`;
  return key.kind.toUpperCase();
}

/** Key allow-list for CAs and partners: RSA ≥ 2048 bits or EC on P-256/P-384. */
export function isAllowedKey(key: KeyInfo): boolean {
  if (key.kind === 'rsa' || key.kind === 'rsa-pss') return (key.bits ?? 0) >= 2048;
  if (key.kind === 'ec') return key.curve === 'P-256' || key.curve === 'P-384';
  return false;
}

const ALLOWED_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
const SIGNATURE_KEY_OIDS = /^(1\.2\.840\.113549\.1\.1\.(1[0-3])|1\.2\.840\.10045\.4\.3\.[234])$/;

/**
 * Signature allow-list: SHA-256/384/512 with RSA (PKCS#1 v1.5 or PSS) or ECDSA. Unlike MOSIP's
 * "starts with SHA2" test this refuses SHA-224 and accepts SHA-384/512 and PSS (reference §D.4).
 */
export function isAllowedSignature(signature: SignatureInfo): boolean {
  return SIGNATURE_KEY_OIDS.test(signature.oid) && !!signature.hash && ALLOWED_HASHES.has(signature.hash);
}

function addMonthsUtc(date: Date, months: number): Date {
  const out = new Date(date.getTime());
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

/** Rule: the notBefore *date* is not after today (KER-PMS-020), then valid right now (KER-PCM-004). */
function checkDates(cert: ParsedCertificate, now: Date): RuleFailure | undefined {
  const notBefore = cert.notBefore.toISOString();
  const notAfter = cert.notAfter.toISOString();
  if (utcDay(cert.notBefore) > utcDay(now)) return fail('KER-PMS-020', { notBefore });
  if (cert.notBefore.getTime() > now.getTime() || cert.notAfter.getTime() < now.getTime()) {
    return fail('KER-PCM-004', { notBefore, notAfter });
  }
  return undefined;
}

export interface CaRuleOptions {
  now: Date;
  minValidityMonths: number;
}

/**
 * Checks of a CA certificate before its chain is looked at, in order: dates (KER-PMS-020, KER-PCM-004),
 * remaining validity (KER-PCM-017), X.509 v3 (KER-PCM-007), then ours: basicConstraints CA=true
 * (PMS_CA_001), keyCertSign (PMS_CA_002), key (PMS_CA_003), signature algorithm (PMS_CA_004).
 * The duplicate check (KER-PCM-003) comes before these and needs the store, as does the chain (KER-PCM-005).
 */
export function checkCaCertificate(cert: ParsedCertificate, options: CaRuleOptions): RuleFailure | undefined {
  const dates = checkDates(cert, options.now);
  if (dates) return dates;
  const minimum = addMonthsUtc(options.now, options.minValidityMonths);
  if (utcDay(cert.notAfter) < utcDay(minimum))
    return fail('KER-PCM-017', { months: options.minValidityMonths });
  if (cert.version !== 3) return fail('KER-PCM-007');
  if (!cert.basicConstraints?.ca) return fail('PMS_CA_001');
  // RFC 5280 §4.2.1.3: a CA certificate carries keyUsage; without it (or without keyCertSign) it may not sign.
  if (cert.keyUsage === undefined || (cert.keyUsage & KEY_USAGE.keyCertSign) === 0) return fail('PMS_CA_002');
  if (!isAllowedKey(cert.key)) return fail('PMS_CA_003', { key: describeKey(cert.key) });
  if (!isAllowedSignature(cert.signature)) return fail('PMS_CA_004', { algorithm: cert.signature.name });
  return undefined;
}

/**
 * Minimum remaining validity of a partner certificate in days: MOSIP's (365 × duration-years − grace),
 * here (validity days − grace days); MOSIP falls back to 315 days when that is negative.
 */
export function partnerMinimumValidityDays(validityDays: number, graceDays: number): number {
  const days = validityDays - graceDays;
  return days < 0 ? 315 : days;
}

export interface PartnerRuleOptions {
  now: Date;
  /** The partner's organisation name (compared with the subject's first O=). */
  organisation: string;
  partnerDomain: PartnerDomain;
  minValidityDays: number;
  /** Rule 8: builds the chain to an active root of the partner's domain; false when none. */
  chainFound: (cert: ParsedCertificate) => Promise<boolean>;
}

/**
 * Organisation binding: the subject's first O= must equal the partner's organisation name exactly:
 * case, inner and outer spaces all count, as in MOSIP. Both sides are compared in Unicode NFC so that the
 * same letters typed as composed or decomposed characters match (MOSIP compares raw code units).
 */
export function organisationMatches(
  certificateOrganisation: string | undefined,
  organisation: string,
): boolean {
  if (certificateOrganisation === undefined) return false;
  return certificateOrganisation.normalize('NFC') === organisation.normalize('NFC');
}

/**
 * Every check of a partner certificate after parsing and the domain checks, in MOSIP's order (reference
 * §A.4, rules 4–12), first failing rule answers; then ours: the subject must carry a CN (PMS_CERT_002).
 * Rule 3 (duplicate) is deliberately not an error: re-uploading renews.
 */
export async function checkPartnerCertificate(
  cert: ParsedCertificate,
  options: PartnerRuleOptions,
): Promise<RuleFailure | undefined> {
  const dates = checkDates(cert, options.now);
  if (dates) return dates;
  const remainingMs = cert.notAfter.getTime() - options.now.getTime();
  if (remainingMs < options.minValidityDays * DAY_MS)
    return fail('KER-KMS-021', { days: options.minValidityDays });
  if (cert.selfSigned) return fail('KER-PCM-015');
  if (!(await options.chainFound(cert))) return fail('KER-PCM-006', { partnerDomain: options.partnerDomain });
  if (cert.version !== 3) return fail('KER-PCM-007');
  if (!organisationMatches(cert.organisation, options.organisation)) {
    return fail('KER-PCM-008', {
      certificateOrganisation: cert.organisation ?? '',
      organisation: options.organisation,
    });
  }
  if (!isAllowedKey(cert.key)) return fail('KER-PCM-013', { key: describeKey(cert.key) });
  if (!isAllowedSignature(cert.signature)) return fail('KER-PCM-014', { algorithm: cert.signature.name });
  if (!cert.commonName) return fail('PMS_CERT_002');
  return undefined;
}
