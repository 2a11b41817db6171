import { createHash } from 'node:crypto';
import { isSignedBy, KEY_USAGE, type ParsedCertificate, parseCertificateDer } from './x509.ts';

/** A CA of the trust store that may appear in a chain. */
export interface ChainCandidate {
  id: string;
  cert: ParsedCertificate;
}

/**
 * Where the chain builder finds issuers: active, currently valid CAs of one domain whose subject is the
 * certificate's issuer (by DER name, by RFC 4514 string or by key identifier). Revoked CAs never come back
 * from a source, so a revocation takes effect for the very next chain built.
 */
export interface IssuerSource {
  issuersOf(cert: ParsedCertificate): Promise<ChainCandidate[]>;
}

export interface BuildChainOptions {
  now: Date;
  /** The target is itself a CA (CA upload): it counts against its issuers' path-length limits. */
  targetIsCa?: boolean;
  maxDepth?: number;
}

export function nameHash(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}

function namesMatch(issuerOfChild: ParsedCertificate, parent: ParsedCertificate): boolean {
  return (
    parent.subjectRaw.equals(issuerOfChild.issuerRaw) ||
    parent.subjectDn.toLowerCase() === issuerOfChild.issuerDn.toLowerCase()
  );
}

function isUsableIssuer(candidate: ParsedCertificate, below: number, now: Date): boolean {
  const bc = candidate.basicConstraints;
  if (!bc?.ca) return false;
  if (candidate.keyUsage !== undefined && (candidate.keyUsage & KEY_USAGE.keyCertSign) === 0) return false;
  if (bc.pathLength !== undefined && below > bc.pathLength) return false;
  const t = now.getTime();
  return candidate.notBefore.getTime() <= t && candidate.notAfter.getTime() >= t;
}

/**
 * Builds a path from `target` to a self-signed root: returns the CAs from the direct issuer up to the root,
 * or undefined when no path exists. Each link must match by name, verify by signature, be a CA with
 * keyCertSign, be valid now and respect path-length limits; when several issuers fit (a renewed CA with the
 * same name), each is tried.
 */
export async function buildChain(
  target: ParsedCertificate,
  source: IssuerSource,
  options: BuildChainOptions,
): Promise<ChainCandidate[] | undefined> {
  const maxDepth = options.maxDepth ?? 8;
  const offset = options.targetIsCa ? 1 : 0;
  const walk = async (
    cert: ParsedCertificate,
    path: ChainCandidate[],
    visited: Set<string>,
  ): Promise<ChainCandidate[] | undefined> => {
    if (path.length >= maxDepth) return undefined;
    for (const candidate of await source.issuersOf(cert)) {
      if (visited.has(candidate.cert.sha256)) continue;
      if (!namesMatch(cert, candidate.cert)) continue;
      if (!isUsableIssuer(candidate.cert, path.length + offset, options.now)) continue;
      if (!isSignedBy(cert, candidate.cert)) continue;
      const next = [...path, candidate];
      if (candidate.cert.selfSigned) return next;
      const found = await walk(candidate.cert, next, new Set([...visited, candidate.cert.sha256]));
      if (found) return found;
    }
    return undefined;
  };
  return walk(target, [], new Set([target.sha256]));
}

/** An in-memory source (tests, the bench's timing script). */
export function memoryIssuerSource(candidates: readonly ChainCandidate[]): IssuerSource {
  return {
    async issuersOf(cert) {
      return candidates.filter(
        (c) =>
          c.cert.subjectRaw.equals(cert.issuerRaw) ||
          (cert.aki !== undefined && c.cert.ski === cert.aki) ||
          c.cert.subjectDn.toLowerCase() === cert.issuerDn.toLowerCase(),
      );
    },
  };
}

/**
 * Parsed certificates by SHA-256 thumbprint. A stored certificate never changes, so caching its parse is
 * always safe (status and validity come from the database on every query, never from here).
 */
const parsedCache = new Map<string, ParsedCertificate>();
const PARSED_CACHE_MAX = 5000;

export function parseStored(pem: string, sha256: string): ParsedCertificate {
  const hit = parsedCache.get(sha256);
  if (hit) return hit;
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  const parsed = parseCertificateDer(Buffer.from(body, 'base64'));
  if (parsedCache.size >= PARSED_CACHE_MAX) {
    const oldest = parsedCache.keys().next().value;
    if (oldest !== undefined) parsedCache.delete(oldest);
  }
  parsedCache.set(sha256, parsed);
  return parsed;
}
