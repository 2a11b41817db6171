import type { PartnerDomain, TrustCertificate, TrustCertificateStatus } from '@pms/contracts';
import type { CaRow } from './certificates.repo.ts';

export function trustStatusOf(row: CaRow, now: Date): TrustCertificateStatus {
  if (row.status === 'revoked') return 'revoked';
  const t = now.getTime();
  return row.notBefore.getTime() <= t && row.notAfter.getTime() >= t ? 'active' : 'expired';
}

/** A trust-store row as MOSIP's `getCaCertificates` item, plus our status fields. */
export function presentTrustCertificate(row: CaRow, now: Date): TrustCertificate {
  const certificateStatus = trustStatusOf(row, now);
  return {
    caCertificateType: row.caType as TrustCertificate['caCertificateType'],
    certId: row.id,
    partnerDomain: row.partnerDomain as PartnerDomain,
    issuedTo: row.subject,
    issuedBy: row.issuer,
    certThumbprint: row.thumbprintSha256,
    certThumbprintSha1: row.thumbprintSha1,
    serialNumber: row.serialNumber,
    validFromDate: row.notBefore.toISOString(),
    validTillDate: row.notAfter.toISOString(),
    uploadTime: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedBy,
    status: certificateStatus === 'active',
    certificateStatus,
    issuerCertId: row.issuerId,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
  };
}

/** What the audit log keeps of a CA (no PEM: the thumbprint identifies it). */
export function caAuditView(row: CaRow) {
  return {
    partnerDomain: row.partnerDomain,
    caType: row.caType,
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serialNumber,
    thumbprintSha256: row.thumbprintSha256,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    status: row.status,
  };
}
