import type {
  CaCertificateUploadRequest,
  ErrorCode,
  PartnerDomain,
  TrustCertificatesQuery,
} from '@pms/contracts';
import { caCertificateTypes } from '@pms/contracts';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, type Problem } from '../../platform/errors/app-error.ts';
import type { AuthedContext } from '../../platform/http/context.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { caAuditView, presentTrustCertificate } from './certificates.presenter.ts';
import * as repo from './certificates.repo.ts';
import type { caCertificates } from './certificates.table.ts';
import { buildChain, type ChainCandidate, type IssuerSource, nameHash, parseStored } from './chain.ts';
import { checkCaCertificate, parseDomain, type RuleFailure } from './rules.ts';
import { CertificateParseError, type ParsedCertificate, parseCertificateBundle, pkcs7Pem } from './x509.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns a parse failure into MOSIP's code: blank or certificate-less input KER-PCM-001, else KER-KMS-013. */
export function parseFailure(error: unknown): AppError {
  if (error instanceof CertificateParseError) {
    const code: ErrorCode =
      error.reason === 'empty' || error.reason === 'no_certificates' || error.reason === 'too_many'
        ? 'KER-PCM-001'
        : 'KER-KMS-013';
    return new AppError(code, { detail: error.message }, 'certificateData');
  }
  throw error;
}

export function requireDomain(value: string | undefined): PartnerDomain {
  const domain = parseDomain(value);
  if (!domain) throw new AppError('KER-PCM-011', {}, 'partnerDomain');
  return domain;
}

/** The store as a chain-building source for one domain, inside the caller's transaction. */
export function storeIssuerSource(db: Db, domain: PartnerDomain, now: Date): IssuerSource {
  return { issuersOf: (cert) => repo.issuerCandidates(db, domain, cert, now) };
}

interface Outcome {
  cert: ParsedCertificate;
  row?: repo.CaRow;
  failure?: RuleFailure;
}

/**
 * Evaluates one CA certificate against the store, in MOSIP's order: duplicate (KER-PCM-003), date and
 * intake rules (checkCaCertificate), then a self-signed certificate becomes a ROOT, any other needs a chain
 * to an active root of the domain (KER-PCM-005) and becomes an INTERMEDIATE.
 */
async function evaluate(
  tx: Db,
  domain: PartnerDomain,
  cert: ParsedCertificate,
  now: Date,
  minValidityMonths: number,
): Promise<{ failure?: RuleFailure; chain?: ChainCandidate[] }> {
  if (await repo.findCaByThumbprint(tx, domain, cert.sha256))
    return { failure: { code: 'KER-PCM-003', params: {} } };
  const failure = checkCaCertificate(cert, { now, minValidityMonths });
  if (failure) return { failure };
  if (cert.selfSigned) return { chain: [] };
  const chain = await buildChain(cert, storeIssuerSource(tx, domain, now), { now, targetIsCa: true });
  if (!chain) return { failure: { code: 'KER-PCM-005', params: {} } };
  return { chain };
}

/** The trust-store row of a parsed CA (also used by the bench and tests to seed the store directly). */
export function caRowValues(
  cert: ParsedCertificate,
  domain: PartnerDomain,
  issuerId: string | null,
  uploadedBy: string,
  now = new Date(),
  id = newId(),
): typeof caCertificates.$inferInsert {
  const isRoot = issuerId === null || issuerId === id;
  return {
    id,
    partnerDomain: domain,
    caType: isRoot ? 'ROOT' : 'INTERMEDIATE',
    isRoot,
    pem: cert.pem,
    subject: cert.subject,
    issuer: cert.issuer,
    subjectDn: cert.subjectDn,
    issuerDn: cert.issuerDn,
    subjectHash: nameHash(cert.subjectRaw),
    issuerHash: nameHash(cert.issuerRaw),
    serialNumber: cert.serialHex,
    thumbprintSha256: cert.sha256,
    thumbprintSha1: cert.sha1,
    ski: cert.ski ?? null,
    aki: cert.aki ?? null,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    issuerId: isRoot ? id : issuerId,
    uploadedBy,
    uploadedAt: now,
    updatedAt: now,
  };
}

async function store(
  tx: Db,
  ctx: AuthedContext,
  domain: PartnerDomain,
  cert: ParsedCertificate,
  chain: ChainCandidate[],
  now: Date,
): Promise<repo.CaRow> {
  const row = await repo.insertCa(
    tx,
    caRowValues(cert, domain, chain[0]?.id ?? null, ctx.actor.username, now),
  );
  await recordAudit(tx, ctx, {
    action: 'ca_certificate.upload',
    entityType: 'ca_certificate',
    entityId: row.id,
    after: caAuditView(row),
  });
  return row;
}

export interface CaUploadResult {
  status: 'Upload Success.' | 'Partial Upload Success.' | 'Upload Failed.';
  items: { cert: ParsedCertificate; row?: repo.CaRow; failure?: RuleFailure }[];
}

/**
 * `POST /partners/certificate/ca/upload`: one PEM certificate, or a bundle (several PEM blocks or a P7B) in
 * any order: certificates whose issuer is in the same bundle are taken after it. A single certificate
 * answers its first failing rule as an error; a bundle stores what passes, reports each certificate's
 * outcome, and fails (with every certificate's code) only when nothing could be stored. All in one
 * transaction with an audit event per stored CA.
 * @throws KER-PCM-011, KER-PCM-001, KER-KMS-013, then per certificate KER-PCM-003, KER-PMS-020, KER-PCM-004,
 *   KER-PCM-017, KER-PCM-007, PMS_CA_001..004, KER-PCM-005.
 */
export async function uploadCaCertificates(
  deps: AppDeps,
  ctx: AuthedContext,
  input: CaCertificateUploadRequest,
): Promise<CaUploadResult> {
  const domain = requireDomain(input.partnerDomain);
  let certs: ParsedCertificate[];
  try {
    certs = parseCertificateBundle(input.certificateData);
  } catch (error) {
    throw parseFailure(error);
  }
  const now = new Date();
  const minValidityMonths = deps.config.CA_MIN_VALIDITY_MONTHS;
  return deps.db.transaction(async (tx) => {
    const outcomes = new Map<ParsedCertificate, Outcome>();
    let pending = [...certs];
    // Passes until nothing more can be stored: a certificate whose only problem is a missing issuer waits
    // for the other certificates of the bundle.
    for (;;) {
      const waiting: ParsedCertificate[] = [];
      let progress = false;
      for (const cert of pending) {
        const { failure, chain } = await evaluate(tx, domain, cert, now, minValidityMonths);
        if (failure?.code === 'KER-PCM-005' && pending.length > 1) {
          waiting.push(cert);
          outcomes.set(cert, { cert, failure });
          continue;
        }
        if (failure || !chain) {
          outcomes.set(cert, { cert, failure: failure ?? { code: 'KER-PCM-005', params: {} } });
          continue;
        }
        outcomes.set(cert, { cert, row: await store(tx, ctx, domain, cert, chain, now) });
        progress = true;
      }
      if (!progress || waiting.length === 0) break;
      pending = waiting;
    }
    const items = certs.map((c) => outcomes.get(c) ?? { cert: c });
    const stored = items.filter((i) => i.row).length;
    const failed = items.length - stored;
    if (stored === 0) {
      const problems: Problem[] = items.map((item, index) => ({
        code: item.failure?.code ?? 'KER-PCM-005',
        params: item.failure?.params ?? {},
        field: certs.length === 1 ? 'certificateData' : `certificateData[${index}]`,
      }));
      throw AppError.many(problems);
    }
    const status = failed === 0 || items.length === 1 ? 'Upload Success.' : 'Partial Upload Success.';
    return { status, items };
  });
}

function requireCaType(value: string | undefined): 'ROOT' | 'INTERMEDIATE' | undefined {
  if (value === undefined || value === '') return undefined;
  const upper = value.toUpperCase();
  const found = caCertificateTypes.find((t) => t === upper);
  if (!found) throw new AppError('KER-PCM-018', {}, 'caCertificateType');
  return found;
}

/**
 * `GET /trust-chain-certificates`: paged in SQL, every MOSIP filter (case-insensitive substring for ids
 * and names, exact type and domain) plus `status` (active, expired, revoked).
 * @throws paging codes, KER-PCM-018 bad type, KER-PCM-011 bad domain.
 */
export async function listTrustCertificates(deps: AppDeps, query: TrustCertificatesQuery) {
  const paging = parsePaging(query, Object.keys(repo.trustSortColumns) as repo.TrustSortField[], 8);
  const filter: repo.TrustListFilter = {
    caCertificateType: requireCaType(query.caCertificateType),
    partnerDomain: query.partnerDomain ? requireDomain(query.partnerDomain) : undefined,
    certificateId: query.certificateId || undefined,
    issuedTo: query.issuedTo || undefined,
    issuedBy: query.issuedBy || undefined,
    status: query.status,
  };
  const now = new Date();
  const { rows, total } = await repo.searchCas(deps.db, filter, paging, now);
  return toPage(
    paging,
    total,
    rows.map((r) => presentTrustCertificate(r, now)),
  );
}

async function requireCa(db: Db, id: string, forUpdate = false): Promise<repo.CaRow> {
  const row = UUID.test(id) ? await repo.findCa(db, id, forUpdate) : undefined;
  if (!row) throw new AppError('KER-PMS-019', {}, 'certificateId');
  return row;
}

export async function getTrustCertificate(deps: AppDeps, id: string) {
  const row = await requireCa(deps.db, id);
  return { ...presentTrustCertificate(row, new Date()), certificateData: row.pem };
}

/**
 * The chain of a stored CA, the CA first and its root last, following the recorded issuer links (so an
 * expired or revoked CA still downloads with the chain it was stored with).
 */
export async function storedChainOf(db: Db, row: repo.CaRow): Promise<repo.CaRow[]> {
  const chain = [row];
  let current = row;
  while (current.issuerId && current.issuerId !== current.id && chain.length < 10) {
    const parent = await repo.findCa(db, current.issuerId);
    if (!parent) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/**
 * `GET /trust-chain-certificates/{id}/certificateFile`: the CA with its chain as PKCS#7 text.
 * @throws KER-PMS-019 unknown id.
 */
export async function trustCertificateFile(deps: AppDeps, id: string) {
  const row = await requireCa(deps.db, id);
  const chain = await storedChainOf(deps.db, row);
  return {
    p7bFile: pkcs7Pem(chain.map((r) => parseStored(r.pem, r.thumbprintSha256))),
    timestamp: new Date().toISOString(),
  };
}

/**
 * `PATCH /trust-chain-certificates/{id}/revoke`: takes a CA out of chain building at once (every chain
 * is built from the database, so no cache keeps it alive). The CAs stored below it are revoked with it
 * (reason `issuer revoked: …`), each with its audit event.
 * @throws KER-PMS-019 unknown id, PMS_CA_005 already revoked.
 */
export async function revokeTrustCertificate(deps: AppDeps, ctx: AuthedContext, id: string, reason: string) {
  return deps.db.transaction(async (tx) => {
    const before = await requireCa(tx, id, true);
    if (before.status === 'revoked') throw new AppError('PMS_CA_005');
    const now = new Date();
    const after = await repo.revokeCa(tx, before.id, ctx.actor.username, reason, now);
    if (!after) throw new AppError('PMS_CA_005');
    await recordAudit(tx, ctx, {
      action: 'ca_certificate.revoke',
      entityType: 'ca_certificate',
      entityId: after.id,
      before: caAuditView(before),
      after: caAuditView(after),
      reason,
    });
    // CAs below it can no longer chain to a root: revoke them too, so the list tells the truth.
    let parents = [after.id];
    for (let depth = 0; parents.length && depth < 10; depth++) {
      const children = await repo.activeChildrenOf(tx, parents);
      const cascadeReason = `issuer revoked: ${reason}`.slice(0, 512);
      for (const child of children) {
        const revoked = await repo.revokeCa(tx, child.id, ctx.actor.username, cascadeReason, now);
        if (!revoked) continue;
        await recordAudit(tx, ctx, {
          action: 'ca_certificate.revoke',
          entityType: 'ca_certificate',
          entityId: child.id,
          before: caAuditView(child),
          after: caAuditView(revoked),
          reason: cascadeReason,
        });
      }
      parents = children.map((c) => c.id);
    }
    return presentTrustCertificate(after, now);
  });
}
