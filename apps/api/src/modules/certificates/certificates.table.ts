import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, ts } from '../../db/columns.ts';
import { partners } from '../partners/partner.table.ts';

/**
 * The trust store: root and intermediate CAs uploaded by partner admins, per partner domain (MOSIP
 * `ca_cert_store`). The same CA may be stored once per domain. Revoked CAs stay for the record and are
 * left out of chain building at once.
 */
export const caCertificates = pgTable(
  'ca_certificates',
  {
    id: uuid('id').primaryKey(),
    /** AUTH, DEVICE or FTM. */
    partnerDomain: text('partner_domain').notNull(),
    /** ROOT (self-signed) or INTERMEDIATE. */
    caType: text('ca_type').notNull(),
    isRoot: boolean('is_root').notNull(),
    pem: text('pem').notNull(),
    /** MOSIP normalised DNs (`CN=..,OU=..,O=..,L=..,ST=..,C=..`), shown and searched. */
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    /** Full RFC 4514 names. */
    subjectDn: text('subject_dn').notNull(),
    issuerDn: text('issuer_dn').notNull(),
    /** SHA-256 of the DER subject / issuer names: exact issuer lookup without DN-string collisions. */
    subjectHash: text('subject_hash').notNull(),
    issuerHash: text('issuer_hash').notNull(),
    serialNumber: text('serial_number').notNull(),
    thumbprintSha256: text('thumbprint_sha256').notNull(),
    /** MOSIP's thumbprint (SHA-1 hex), kept for compatibility only. */
    thumbprintSha1: text('thumbprint_sha1').notNull(),
    ski: text('ski'),
    aki: text('aki'),
    notBefore: ts('not_before').notNull(),
    notAfter: ts('not_after').notNull(),
    /** The stored CA that signed this one (itself for a root). */
    issuerId: uuid('issuer_id').references((): AnyPgColumn => caCertificates.id),
    /** active or revoked. */
    status: text('status').notNull().default('active'),
    revokedAt: ts('revoked_at'),
    revokedBy: text('revoked_by'),
    revocationReason: text('revocation_reason'),
    expiryWarningSentAt: ts('expiry_warning_sent_at'),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ca_certificates__thumbprint_sha256_partner_domain_key').on(
      t.thumbprintSha256,
      t.partnerDomain,
    ),
    index('ca_certificates__partner_domain_subject_hash_idx').on(t.partnerDomain, t.subjectHash),
    index('ca_certificates__partner_domain_ski_idx').on(t.partnerDomain, t.ski),
    index('ca_certificates__partner_domain_subject_dn_idx').on(t.partnerDomain, sql`lower(${t.subjectDn})`),
    index('ca_certificates__uploaded_at_idx').on(t.uploadedAt),
    index('ca_certificates__not_after_idx').on(t.notAfter),
    index('ca_certificates__subject_trgm_idx').using('gin', sql`${t.subject} gin_trgm_ops`),
    index('ca_certificates__issuer_trgm_idx').using('gin', sql`${t.issuer} gin_trgm_ops`),
    check('ca_certificates__partner_domain_check', sql`${t.partnerDomain} in ('AUTH', 'DEVICE', 'FTM')`),
    check('ca_certificates__ca_type_check', sql`${t.caType} in ('ROOT', 'INTERMEDIATE')`),
    check('ca_certificates__status_check', sql`${t.status} in ('active', 'revoked')`),
  ],
);

/**
 * Partner certificates with their history: every accepted upload is a row (the original as uploaded and the
 * certificate PMS issued for the same key); exactly one row per partner is current.
 */
export const partnerCertificates = pgTable(
  'partner_certificates',
  {
    /** MOSIP `certificateId` (the partner's `certificate_alias`). */
    id: uuid('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    partnerDomain: text('partner_domain').notNull(),
    isCurrent: boolean('is_current').notNull().default(true),
    /** The certificate as the partner uploaded it (canonical PEM). */
    originalPem: text('original_pem').notNull(),
    /** The end-entity certificate PMS issued for the partner's key. */
    signedPem: text('signed_pem').notNull(),
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    commonName: text('common_name').notNull(),
    organisation: text('organisation').notNull(),
    serialNumber: text('serial_number').notNull(),
    thumbprintSha256: text('thumbprint_sha256').notNull(),
    thumbprintSha1: text('thumbprint_sha1').notNull(),
    notBefore: ts('not_before').notNull(),
    notAfter: ts('not_after').notNull(),
    signedSerialNumber: text('signed_serial_number').notNull(),
    signedThumbprintSha256: text('signed_thumbprint_sha256').notNull(),
    signedNotBefore: ts('signed_not_before').notNull(),
    signedNotAfter: ts('signed_not_after').notNull(),
    /** The trust-store CA that issued the original certificate. */
    caCertificateId: uuid('ca_certificate_id').references(() => caCertificates.id),
    expiryWarningSentAt: ts('expiry_warning_sent_at'),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull().defaultNow(),
    supersededAt: ts('superseded_at'),
  },
  (t) => [
    uniqueIndex('partner_certificates__partner_id_current_key').on(t.partnerId).where(sql`${t.isCurrent}`),
    index('partner_certificates__partner_id_idx').on(t.partnerId, t.uploadedAt),
    index('partner_certificates__signed_not_after_idx').on(t.signedNotAfter).where(sql`${t.isCurrent}`),
    check('partner_certificates__partner_domain_check', sql`${t.partnerDomain} in ('AUTH', 'DEVICE', 'FTM')`),
  ],
);

/**
 * The keys of PMS's own certificate authority: a root and an issuing CA. Private keys are encrypted with the
 * master key. The unique name makes creation at first start safe with several instances starting at once.
 */
export const pmsCaKeys = pgTable(
  'pms_ca_keys',
  {
    id: uuid('id').primaryKey(),
    /** `root` or `issuing`. */
    name: text('name').notNull(),
    /** EC-P256, EC-P384 or RSA-3072. */
    keyAlgorithm: text('key_algorithm').notNull(),
    /** PKCS#8 PEM, AES-256-GCM encrypted with the master key (context `pms-ca:<name>`). */
    privateKeyEncrypted: text('private_key_encrypted').notNull(),
    certificatePem: text('certificate_pem').notNull(),
    subject: text('subject').notNull(),
    serialNumber: text('serial_number').notNull(),
    thumbprintSha256: text('thumbprint_sha256').notNull(),
    notBefore: ts('not_before').notNull(),
    notAfter: ts('not_after').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('pms_ca_keys__name_key').on(t.name),
    check('pms_ca_keys__name_check', sql`${t.name} in ('root', 'issuing')`),
  ],
);

/**
 * One row per (job, UTC day) for daily jobs: the instance that inserts the row does the day's work, in the
 * same transaction, so several instances never send the same warnings twice.
 */
export const certificateJobRuns = pgTable(
  'certificate_job_runs',
  {
    job: text('job').notNull(),
    runDate: date('run_date', { mode: 'string' }).notNull(),
    ranAt: ts('ran_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('certificate_job_runs__job_run_date_key').on(t.job, t.runDate)],
);
