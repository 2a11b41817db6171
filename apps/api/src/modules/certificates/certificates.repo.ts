import type { PartnerDomain, TrustCertificateStatus } from '@pms/contracts';
import { and, count, desc, eq, gte, ilike, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';
import { users } from '../identity/identity.table.ts';
import { partners, partnerTypes } from '../partners/partner.table.ts';
import { caCertificates, certificateJobRuns, partnerCertificates } from './certificates.table.ts';
import { type ChainCandidate, nameHash, parseStored } from './chain.ts';
import type { ParsedCertificate } from './x509.ts';

export type CaRow = typeof caCertificates.$inferSelect;
export type PartnerCertificateRow = typeof partnerCertificates.$inferSelect;

// ---- trust store

export async function findCaByThumbprint(db: Db, domain: PartnerDomain, sha256: string) {
  const [row] = await db
    .select({ id: caCertificates.id })
    .from(caCertificates)
    .where(and(eq(caCertificates.partnerDomain, domain), eq(caCertificates.thumbprintSha256, sha256)))
    .limit(1);
  return row;
}

export async function findCa(db: Db, id: string, forUpdate = false): Promise<CaRow | undefined> {
  const query = db.select().from(caCertificates).where(eq(caCertificates.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertCa(db: Db, values: typeof caCertificates.$inferInsert): Promise<CaRow> {
  const [row] = await db.insert(caCertificates).values(values).returning();
  if (!row) throw new Error('insert into ca_certificates returned nothing');
  return row;
}

export async function revokeCa(db: Db, id: string, by: string, reason: string, at: Date) {
  const [row] = await db
    .update(caCertificates)
    .set({ status: 'revoked', revokedAt: at, revokedBy: by, revocationReason: reason, updatedAt: at })
    .where(and(eq(caCertificates.id, id), eq(caCertificates.status, 'active')))
    .returning();
  return row;
}

/** Active CAs recorded as issued by one of `ids` (not the roots themselves). */
export function activeChildrenOf(db: Db, ids: string[]) {
  return db
    .select()
    .from(caCertificates)
    .where(
      and(
        inArray(caCertificates.issuerId, ids),
        eq(caCertificates.status, 'active'),
        sql`${caCertificates.issuerId} <> ${caCertificates.id}`,
      ),
    )
    .for('update');
}

/**
 * Chain-building candidates: active CAs of the domain, valid at `now`, whose subject is `cert`'s issuer
 * (DER name hash, case-insensitive RFC 4514 name, or subject key id = the cert's authority key id).
 */
export async function issuerCandidates(
  db: Db,
  domain: PartnerDomain,
  cert: ParsedCertificate,
  now: Date,
): Promise<ChainCandidate[]> {
  const byName: SQL[] = [
    eq(caCertificates.subjectHash, nameHash(cert.issuerRaw)),
    sql`lower(${caCertificates.subjectDn}) = ${cert.issuerDn.toLowerCase()}`,
  ];
  if (cert.aki) byName.push(eq(caCertificates.ski, cert.aki));
  const rows = await db
    .select({ id: caCertificates.id, pem: caCertificates.pem, sha256: caCertificates.thumbprintSha256 })
    .from(caCertificates)
    .where(
      and(
        eq(caCertificates.partnerDomain, domain),
        eq(caCertificates.status, 'active'),
        lte(caCertificates.notBefore, now),
        gte(caCertificates.notAfter, now),
        or(...byName),
      ),
    )
    .orderBy(caCertificates.notBefore);
  return rows.map((r) => ({ id: r.id, cert: parseStored(r.pem, r.sha256) }));
}

export interface TrustListFilter {
  caCertificateType?: 'ROOT' | 'INTERMEDIATE';
  certificateId?: string;
  partnerDomain?: PartnerDomain;
  issuedTo?: string;
  issuedBy?: string;
  status?: TrustCertificateStatus;
}

export const trustSortColumns = {
  caCertificateType: caCertificates.caType,
  certificateId: sql`${caCertificates.id}::text`,
  partnerDomain: caCertificates.partnerDomain,
  issuedTo: caCertificates.subject,
  issuedBy: caCertificates.issuer,
  validFrom: caCertificates.notBefore,
  validTill: caCertificates.notAfter,
  uploadedDateTime: caCertificates.uploadedAt,
} as const;

export type TrustSortField = keyof typeof trustSortColumns;

function trustWhere(filter: TrustListFilter, now: Date): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.caCertificateType) conditions.push(eq(caCertificates.caType, filter.caCertificateType));
  if (filter.certificateId)
    conditions.push(ilike(sql`${caCertificates.id}::text`, containsPattern(filter.certificateId)));
  if (filter.partnerDomain) conditions.push(eq(caCertificates.partnerDomain, filter.partnerDomain));
  if (filter.issuedTo) conditions.push(ilike(caCertificates.subject, containsPattern(filter.issuedTo)));
  if (filter.issuedBy) conditions.push(ilike(caCertificates.issuer, containsPattern(filter.issuedBy)));
  if (filter.status === 'revoked') conditions.push(eq(caCertificates.status, 'revoked'));
  if (filter.status === 'active') {
    conditions.push(
      eq(caCertificates.status, 'active'),
      lte(caCertificates.notBefore, now),
      gte(caCertificates.notAfter, now),
    );
  }
  if (filter.status === 'expired') {
    conditions.push(
      eq(caCertificates.status, 'active'),
      or(lt(caCertificates.notAfter, now), sql`${caCertificates.notBefore} > ${now}`) as SQL,
    );
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function searchCas(db: Db, filter: TrustListFilter, paging: Paging<TrustSortField>, now: Date) {
  const where = trustWhere(filter, now);
  const { limit, offset } = limitOffset(paging);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(caCertificates)
      .where(where)
      .orderBy(...orderByOf(paging, trustSortColumns, desc(caCertificates.uploadedAt), caCertificates.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(caCertificates).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** CAs (of any status) expiring between `now` and `until` that have not been warned about yet. */
export function casExpiringUnwarned(db: Db, now: Date, until: Date) {
  return db
    .select()
    .from(caCertificates)
    .where(
      and(
        eq(caCertificates.status, 'active'),
        gte(caCertificates.notAfter, now),
        lte(caCertificates.notAfter, until),
        isNull(caCertificates.expiryWarningSentAt),
      ),
    )
    .orderBy(caCertificates.notAfter)
    .for('update', { skipLocked: true });
}

export async function markCasWarned(db: Db, ids: string[], at: Date) {
  for (const id of ids)
    await db.update(caCertificates).set({ expiryWarningSentAt: at }).where(eq(caCertificates.id, id));
}

// ---- partner certificates

export async function currentCertificateOf(
  db: Db,
  partnerId: string,
): Promise<PartnerCertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(partnerCertificates)
    .where(and(eq(partnerCertificates.partnerId, partnerId), eq(partnerCertificates.isCurrent, true)))
    .limit(1);
  return row;
}

export async function findPartnerCertificate(db: Db, id: string): Promise<PartnerCertificateRow | undefined> {
  const [row] = await db.select().from(partnerCertificates).where(eq(partnerCertificates.id, id)).limit(1);
  return row;
}

/** Marks the partner's current certificate as superseded (before inserting the renewal); returns it. */
export async function supersedeCurrent(db: Db, partnerId: string, at: Date) {
  const [previous] = await db
    .update(partnerCertificates)
    .set({ isCurrent: false, supersededAt: at })
    .where(and(eq(partnerCertificates.partnerId, partnerId), eq(partnerCertificates.isCurrent, true)))
    .returning({ id: partnerCertificates.id, thumbprintSha256: partnerCertificates.thumbprintSha256 });
  return previous;
}

export async function insertPartnerCertificate(db: Db, values: typeof partnerCertificates.$inferInsert) {
  const [row] = await db.insert(partnerCertificates).values(values).returning();
  if (!row) throw new Error('insert into partner_certificates returned nothing');
  return row;
}

/** The caller's partners with their current certificate and partner type, for the summary cards. */
export function partnersWithCertificates(db: Db, userId: string | undefined) {
  return db
    .select({ partner: partners, certificate: partnerCertificates })
    .from(partners)
    .leftJoin(
      partnerCertificates,
      and(eq(partnerCertificates.partnerId, partners.id), eq(partnerCertificates.isCurrent, true)),
    )
    .where(userId === undefined ? undefined : eq(partners.userId, userId))
    .orderBy(partners.createdAt, partners.id);
}

/** Current partner certificates (PMS-issued) expiring between now and `until`, not warned yet. */
export function partnerCertificatesExpiringUnwarned(db: Db, now: Date, until: Date) {
  return db
    .select({ certificate: partnerCertificates, partner: partners })
    .from(partnerCertificates)
    .innerJoin(partners, eq(partners.id, partnerCertificates.partnerId))
    .where(
      and(
        eq(partnerCertificates.isCurrent, true),
        gte(partnerCertificates.signedNotAfter, now),
        lte(partnerCertificates.signedNotAfter, until),
        isNull(partnerCertificates.expiryWarningSentAt),
      ),
    )
    .orderBy(partnerCertificates.signedNotAfter)
    .for('update', { of: partnerCertificates, skipLocked: true });
}

export async function markPartnerCertificatesWarned(db: Db, ids: string[], at: Date) {
  for (const id of ids)
    await db
      .update(partnerCertificates)
      .set({ expiryWarningSentAt: at })
      .where(eq(partnerCertificates.id, id));
}

export async function partnerTypeOf(db: Db, code: string) {
  const [row] = await db.select().from(partnerTypes).where(eq(partnerTypes.code, code)).limit(1);
  return row;
}

/** E-mail addresses of enabled partner admins (for CA expiry warnings). */
export async function adminEmails(db: Db): Promise<{ email: string; locale: string }[]> {
  const rows = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.enabled, true), sql`'PARTNER_ADMIN' = any(${users.roles})`));
  return rows.flatMap((r) => (r.email ? [{ email: r.email, locale: r.locale }] : []));
}

// ---- daily job claims

/** Claims today's run of a daily job; true for the one instance that gets it. */
export async function claimDailyRun(db: Db, job: string, day: string): Promise<boolean> {
  const rows = await db
    .insert(certificateJobRuns)
    .values({ job, runDate: day })
    .onConflictDoNothing()
    .returning({ job: certificateJobRuns.job });
  return rows.length > 0;
}
