import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { decryptSecret, encryptSecret } from '../../platform/crypto/master-key.ts';
import { pmsCaKeys } from './certificates.table.ts';
import { issueCertificate, nameDer } from './issuer.ts';
import {
  type CaKeyAlgorithm,
  exportPrivateKeyPem,
  generateCaKeyPair,
  type KeyStore,
  softwareKeyStore,
  softwareSigner,
} from './key-store.ts';
import { KEY_USAGE, type ParsedCertificate, parseSinglePem } from './x509.ts';

/** PMS's own certificate authority: a root and the issuing CA that signs partner certificates. */
export interface PmsCa {
  root: KeyStore;
  issuing: KeyStore;
  /** Issuing CA first, then the root: what follows a PMS-issued certificate in its chain. */
  chain: ParsedCertificate[];
}

export interface PmsCaDeps {
  db: Db;
  config: Pick<Config, 'PMS_CA_SUBJECT' | 'PMS_CA_KEY_ALGORITHM'>;
  masterKey: Buffer;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const PMS_ROOT_VALIDITY_DAYS = 20 * 365;
export const PMS_ISSUING_VALIDITY_DAYS = 10 * 365;
const CA_KEY_USAGE = KEY_USAGE.keyCertSign | KEY_USAGE.cRLSign;

type CaRow = typeof pmsCaKeys.$inferSelect;
type CaName = 'root' | 'issuing';

const context = (name: CaName) => `pms-ca:${name}`;

/** `CN=<cn>` followed by the configured subject (`PMS_CA_SUBJECT`, e.g. `O=National ID, C=KE`). */
export function pmsCaSubject(cn: string, configured: string): string {
  return `CN=${cn}, ${configured}`;
}

function keyStoreOf(
  row: Pick<CaRow, 'name' | 'keyAlgorithm' | 'privateKeyEncrypted' | 'certificatePem'>,
  masterKey: Buffer,
): KeyStore {
  const pem = decryptSecret(masterKey, row.privateKeyEncrypted, context(row.name as CaName));
  return softwareKeyStore(row.keyAlgorithm as CaKeyAlgorithm, pem, parseSinglePem(row.certificatePem));
}

function rowOf(
  name: CaName,
  algorithm: CaKeyAlgorithm,
  privateKeyPem: string,
  cert: ParsedCertificate,
  masterKey: Buffer,
) {
  return {
    id: newId(),
    name,
    keyAlgorithm: algorithm,
    privateKeyEncrypted: encryptSecret(masterKey, privateKeyPem, context(name)),
    certificatePem: cert.pem,
    subject: cert.subjectDn,
    serialNumber: cert.serialHex,
    thumbprintSha256: cert.sha256,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  } satisfies typeof pmsCaKeys.$inferInsert;
}

async function makeRoot(algorithm: CaKeyAlgorithm, subject: string, masterKey: Buffer) {
  const keys = generateCaKeyPair(algorithm);
  const name = nameDer(pmsCaSubject('PMS Root CA', subject));
  const now = new Date();
  const cert = await issueCertificate({
    signer: softwareSigner(algorithm, keys.privateKey),
    issuerName: name,
    subject: name,
    spki: keys.publicKey.export({ type: 'spki', format: 'der' }),
    notBefore: now,
    notAfter: new Date(now.getTime() + PMS_ROOT_VALIDITY_DAYS * DAY_MS),
    ca: { pathLength: 1 },
    keyUsage: CA_KEY_USAGE,
  });
  return rowOf('root', algorithm, exportPrivateKeyPem(keys.privateKey), cert, masterKey);
}

async function makeIssuing(root: KeyStore, algorithm: CaKeyAlgorithm, subject: string, masterKey: Buffer) {
  const keys = generateCaKeyPair(algorithm);
  const now = new Date();
  const notAfter = Math.min(
    now.getTime() + PMS_ISSUING_VALIDITY_DAYS * DAY_MS,
    root.certificate.notAfter.getTime(),
  );
  const cert = await issueCertificate({
    signer: root,
    issuerName: root.certificate.subjectRaw,
    issuerKeyId: root.certificate.ski,
    subject: nameDer(pmsCaSubject('PMS Partner Issuing CA', subject)),
    spki: keys.publicKey.export({ type: 'spki', format: 'der' }),
    notBefore: now,
    notAfter: new Date(notAfter),
    ca: { pathLength: 0 },
    keyUsage: CA_KEY_USAGE,
  });
  return rowOf('issuing', algorithm, exportPrivateKeyPem(keys.privateKey), cert, masterKey);
}

async function rowByName(db: Db, name: CaName): Promise<CaRow | undefined> {
  const [row] = await db.select().from(pmsCaKeys).where(eq(pmsCaKeys.name, name)).limit(1);
  return row;
}

/**
 * Creates the PMS root and issuing CA on first start, else loads them. Safe with several instances
 * starting at once: each row name is unique and inserted with ON CONFLICT DO NOTHING, and whoever loses the
 * race reads the winner's keys.
 */
export async function createOrLoadPmsCa(deps: PmsCaDeps): Promise<PmsCa> {
  const algorithm = deps.config.PMS_CA_KEY_ALGORITHM;
  const subject = deps.config.PMS_CA_SUBJECT;
  let rootRow = await rowByName(deps.db, 'root');
  if (!rootRow) {
    const candidate = await makeRoot(algorithm, subject, deps.masterKey);
    await deps.db.insert(pmsCaKeys).values(candidate).onConflictDoNothing({ target: pmsCaKeys.name });
    rootRow = await rowByName(deps.db, 'root');
  }
  if (!rootRow) throw new Error('PMS root CA could not be created');
  const root = keyStoreOf(rootRow, deps.masterKey);
  let issuingRow = await rowByName(deps.db, 'issuing');
  if (!issuingRow) {
    const candidate = await makeIssuing(root, algorithm, subject, deps.masterKey);
    await deps.db.insert(pmsCaKeys).values(candidate).onConflictDoNothing({ target: pmsCaKeys.name });
    issuingRow = await rowByName(deps.db, 'issuing');
  }
  if (!issuingRow) throw new Error('PMS issuing CA could not be created');
  const issuing = keyStoreOf(issuingRow, deps.masterKey);
  return { root, issuing, chain: [issuing.certificate, root.certificate] };
}

/** Loaded CAs per database handle: the decrypted keys stay in memory for the life of the process. */
const loaded = new WeakMap<Db, Promise<PmsCa>>();

/** The PMS CA, created at first use (server start calls it; tests get it lazily). */
export function ensurePmsCa(deps: PmsCaDeps): Promise<PmsCa> {
  let pending = loaded.get(deps.db);
  if (!pending) {
    pending = createOrLoadPmsCa(deps);
    loaded.set(deps.db, pending);
    pending.catch(() => loaded.delete(deps.db));
  }
  return pending;
}

/** A PMS CA held only in memory, never stored (benchmarks and tests). */
export async function inMemoryPmsCa(algorithm: CaKeyAlgorithm, subject: string): Promise<PmsCa> {
  const masterKey = randomBytes(32);
  const root = keyStoreOf(await makeRoot(algorithm, subject, masterKey), masterKey);
  const issuing = keyStoreOf(await makeIssuing(root, algorithm, subject, masterKey), masterKey);
  return { root, issuing, chain: [issuing.certificate, root.certificate] };
}
