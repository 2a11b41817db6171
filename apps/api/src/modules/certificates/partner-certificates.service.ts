import type {
  PartnerCertificateSummary,
  PartnerCertificateUploadRequest,
  PartnerDomain,
} from '@pms/contracts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthedContext } from '../../platform/http/context.ts';
import { publishEvent } from '../../platform/outbox/outbox.ts';
import { activatePartner, getPartnerForActor } from '../partners/partner.service.ts';
import * as repo from './certificates.repo.ts';
import { buildChain, type ChainCandidate, parseStored } from './chain.ts';
import { issueCertificate, partnerKeyUsage } from './issuer.ts';
import { ensurePmsCa, type PmsCa } from './pms-ca.ts';
import { checkPartnerCertificate, domainOfPartnerType, partnerMinimumValidityDays } from './rules.ts';
import { parseFailure, requireDomain, storeIssuerSource } from './trust-store.service.ts';
import { type ParsedCertificate, parseSinglePem, pkcs7Pem } from './x509.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where other systems fetch a partner's chain (the `certChainDatashareUrl` of CA_CERTIFICATE_UPLOADED). */
export function certificateChainPath(certificateId: string): string {
  return `/v1/partnermanager/partners/certificate/${certificateId}/chain`;
}

/**
 * Issues PMS's end-entity certificate for the partner's key: same subject and key, CA=false, key usage
 * per domain, SKI/AKI, a random positive 128-bit serial, UTC validity from now for the configured days,
 * never beyond the partner certificate's own notAfter nor the issuing CA's.
 */
export async function issuePartnerCertificate(
  ca: PmsCa,
  cert: ParsedCertificate,
  domain: PartnerDomain,
  validityDays: number,
  now: Date,
): Promise<ParsedCertificate> {
  const notAfter = Math.min(
    now.getTime() + validityDays * DAY_MS,
    cert.notAfter.getTime(),
    ca.issuing.certificate.notAfter.getTime(),
  );
  return issueCertificate({
    signer: ca.issuing,
    issuerName: ca.issuing.certificate.subjectRaw,
    issuerKeyId: ca.issuing.certificate.ski,
    subject: cert.subjectRaw,
    spki: cert.spki,
    notBefore: new Date(Math.floor(now.getTime() / 1000) * 1000),
    notAfter: new Date(notAfter),
    ca: false,
    keyUsage: partnerKeyUsage(domain, cert.key),
  });
}

export interface PartnerUploadResult {
  certificateId: string;
  signedCertificateData: string;
  timestamp: string;
}

/**
 * `POST /partners/certificate/upload`. PMS checks first (the partner exists and is the caller's, else
 * PMS_PRT_005; it is InProgress or active, else PMS_PMP_016), then the key manager's rules in MOSIP's order,
 * the first failing one answering: parse (KER-PCM-001/KER-KMS-013), domain allowed (KER-PCM-011) and equal to
 * the domain of the partner's type (PMS_CERT_001), dates (KER-PMS-020, KER-PCM-004), remaining validity
 * (KER-KMS-021), not self-signed (KER-PCM-015), chain through active CAs of the domain (KER-PCM-006), v3
 * (KER-PCM-007), O= equals the organisation (KER-PCM-008), key (KER-PCM-013), signature (KER-PCM-014), CN
 * present (PMS_CERT_002). Then PMS issues its end-entity certificate, keeps the previous one as history,
 * activates an InProgress partner, and queues PARTNER_UPDATED and CA_CERTIFICATE_UPLOADED, all in one
 * transaction with the audit event.
 */
export async function uploadPartnerCertificate(
  deps: AppDeps,
  ctx: AuthedContext,
  input: PartnerCertificateUploadRequest,
  baseUrl: string,
): Promise<PartnerUploadResult> {
  const ca = await ensurePmsCa(deps);
  return deps.db.transaction(async (tx) => {
    const partner = await getPartnerForActor(tx, input.partnerId, ctx.actor, { forUpdate: true });
    if (!(partner.approvalStatus === 'InProgress' || partner.isActive)) {
      throw new AppError('PMS_PMP_016', { partnerId: partner.id }, 'partnerId');
    }
    let cert: ParsedCertificate;
    try {
      cert = parseSinglePem(input.certificateData);
    } catch (error) {
      throw parseFailure(error);
    }
    const domain = requireDomain(input.partnerDomain);
    const expected = domainOfPartnerType(partner.partnerTypeCode);
    if (domain !== expected) {
      throw new AppError('PMS_CERT_001', { partnerDomain: domain, expected }, 'partnerDomain');
    }
    const now = new Date();
    let chain: ChainCandidate[] | undefined;
    const failure = await checkPartnerCertificate(cert, {
      now,
      organisation: partner.name,
      partnerDomain: domain,
      minValidityDays: partnerMinimumValidityDays(
        deps.config.PARTNER_CERT_VALIDITY_DAYS,
        deps.config.PARTNER_CERT_GRACE_DAYS,
      ),
      chainFound: async (c) => {
        chain = await buildChain(c, storeIssuerSource(tx, domain, now), { now });
        return chain !== undefined;
      },
    });
    if (failure) throw new AppError(failure.code, failure.params, 'certificateData');
    const signed = await issuePartnerCertificate(
      ca,
      cert,
      domain,
      deps.config.PARTNER_CERT_VALIDITY_DAYS,
      now,
    );
    const previous = await repo.supersedeCurrent(tx, partner.id, now);
    const row = await repo.insertPartnerCertificate(tx, {
      id: newId(),
      partnerId: partner.id,
      partnerDomain: domain,
      isCurrent: true,
      originalPem: cert.pem,
      signedPem: signed.pem,
      subject: cert.subject,
      issuer: cert.issuer,
      commonName: cert.commonName ?? '',
      organisation: cert.organisation ?? '',
      serialNumber: cert.serialHex,
      thumbprintSha256: cert.sha256,
      thumbprintSha1: cert.sha1,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      signedSerialNumber: signed.serialHex,
      signedThumbprintSha256: signed.sha256,
      signedNotBefore: signed.notBefore,
      signedNotAfter: signed.notAfter,
      caCertificateId: chain?.[0]?.id ?? null,
      uploadedBy: ctx.actor.username,
      uploadedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: previous ? 'partner_certificate.renew' : 'partner_certificate.upload',
      entityType: 'partner_certificate',
      entityId: row.id,
      before: previous
        ? { certificateId: previous.id, thumbprintSha256: previous.thumbprintSha256 }
        : undefined,
      after: {
        partnerId: partner.id,
        partnerDomain: domain,
        subject: row.subject,
        thumbprintSha256: row.thumbprintSha256,
        signedSerialNumber: row.signedSerialNumber,
        signedNotAfter: row.signedNotAfter.toISOString(),
      },
    });
    // On first acceptance activatePartner publishes PARTNER_UPDATED (with this certificate); otherwise
    // the renewal is announced here, so exactly one event leaves per upload.
    const activated = await activatePartner(tx, deps, ctx, partner.id, {
      alias: row.id,
      uploadedAt: now,
      certificateData: signed.pem,
    });
    if (!activated) {
      await publishEvent(tx, deps.outbox, {
        topic: 'PARTNER_UPDATED',
        entityType: 'partner',
        entityId: partner.id,
        data: {
          partnerData: {
            partnerId: partner.id,
            partnerName: partner.name,
            certificateData: signed.pem,
            partnerStatus: partner.isActive ? 'ACTIVE' : 'DEACTIVE',
          },
        },
      });
    }
    await publishEvent(tx, deps.outbox, {
      topic: 'CA_CERTIFICATE_UPLOADED',
      entityType: 'partner_certificate',
      entityId: row.id,
      data: { certChainDatashareUrl: `${baseUrl}${certificateChainPath(row.id)}`, partnerDomain: domain },
    });
    return { certificateId: row.id, signedCertificateData: signed.pem, timestamp: now.toISOString() };
  });
}

async function currentOrFail(deps: AppDeps, partnerId: string): Promise<repo.PartnerCertificateRow> {
  const row = await repo.currentCertificateOf(deps.db, partnerId);
  if (!row) throw new AppError('KER-PCM-012', {}, 'partnerId');
  return row;
}

/**
 * `GET /partners/{partnerId}/certificate`: the PMS-issued certificate. Owner, admin or another MOSIP
 * system; anyone else gets PMS_PRT_005 (MOSIP checks no ownership here).
 * @throws PMS_PRT_005, KER-PCM-012 no certificate yet.
 */
export async function getPartnerCertificate(deps: AppDeps, ctx: AuthedContext, partnerId: string) {
  const partner = await getPartnerForActor(deps.db, partnerId, ctx.actor, { systemsMaySee: true });
  const row = await currentOrFail(deps, partner.id);
  return { certificateData: row.signedPem, timestamp: new Date().toISOString() };
}

/**
 * `GET /partners/{partnerId}/certificate-data`: the original and the PMS-issued certificate; an expired one
 * comes back as "" with its flag set. Owner or admin only.
 * @throws PMS_PRT_005, KER-PCM-012, PMS_CERTIFICATE_ERROR_009 (approved partner that was deactivated).
 */
export async function getPartnerCertificateData(deps: AppDeps, ctx: AuthedContext, partnerId: string) {
  const partner = await getPartnerForActor(deps.db, partnerId, ctx.actor);
  const row = await currentOrFail(deps, partner.id);
  if (partner.approvalStatus === 'approved' && !partner.isActive) {
    throw new AppError('PMS_CERTIFICATE_ERROR_009');
  }
  const now = Date.now();
  const originalExpired = row.notAfter.getTime() < now;
  const signedExpired = row.signedNotAfter.getTime() < now;
  return {
    caSignedCertificateData: originalExpired ? '' : row.originalPem,
    isCaSignedCertificateExpired: originalExpired,
    mosipSignedCertificateData: signedExpired ? '' : row.signedPem,
    isMosipSignedCertificateExpired: signedExpired,
  };
}

/**
 * `GET /partners/partner-certificates-details`: one card per partner of the caller (admins too see their
 * own partners, as in MOSIP).
 */
export async function listOwnPartnerCertificates(
  deps: AppDeps,
  ctx: AuthedContext,
): Promise<PartnerCertificateSummary[]> {
  const rows = await repo.partnersWithCertificates(deps.db, ctx.actor.userId);
  return rows.map(({ partner, certificate }) => ({
    partnerId: partner.id,
    partnerType: partner.partnerTypeCode,
    isCertificateAvailable: !!certificate,
    certificateIssuedTo: certificate?.commonName ?? null,
    certificateUploadDateTime: certificate?.uploadedAt.toISOString() ?? null,
    certificateExpiryDateTime: certificate?.signedNotAfter.toISOString() ?? null,
    isPartnerActive: !(partner.approvalStatus === 'approved' && !partner.isActive),
  }));
}

/**
 * `GET /partners/certificate/{certificateId}/chain`: a PMS-issued certificate (current or historical) with
 * the PMS CA chain, as MOSIP's datashare holds it for IDA. Owner, admin or another MOSIP system.
 * @throws KER-PCM-012 unknown id or not visible to the caller.
 */
export async function getCertificateChain(deps: AppDeps, ctx: AuthedContext, certificateId: string) {
  const row = UUID.test(certificateId)
    ? await repo.findPartnerCertificate(deps.db, certificateId)
    : undefined;
  if (!row) throw new AppError('KER-PCM-012', {}, 'certificateId');
  try {
    await getPartnerForActor(deps.db, row.partnerId, ctx.actor, { systemsMaySee: true });
  } catch (error) {
    if (error instanceof AppError) throw new AppError('KER-PCM-012', {}, 'certificateId');
    throw error;
  }
  const ca = await ensurePmsCa(deps);
  const certs = [parseStored(row.signedPem, row.signedThumbprintSha256), ...ca.chain];
  return {
    partnerDomain: row.partnerDomain as PartnerDomain,
    p7bFile: pkcs7Pem(certs),
    certificates: certs.map((c) => c.pem),
    timestamp: new Date().toISOString(),
  };
}
