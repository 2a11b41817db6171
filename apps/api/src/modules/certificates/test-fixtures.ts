import 'reflect-metadata';
import { webcrypto } from 'node:crypto';

type CryptoKeyPair = webcrypto.CryptoKeyPair;

import * as x509 from '@peculiar/x509';

/**
 * Test certificate factory (tests and bench only): roots, intermediates and partner certificates made
 * with @peculiar/x509, plus every bad case the trust store must refuse.
 */

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export type FixtureKey = 'EC-P256' | 'EC-P384' | 'RSA-2048' | 'RSA-1024' | 'EC-P521';
export type FixtureHash = 'SHA-256' | 'SHA-384' | 'SHA-1';

export interface Issued {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
  key: FixtureKey;
  pem: string;
  /** The subject, as given. */
  name: string;
}

export interface CertOptions {
  name: string;
  key?: FixtureKey;
  hash?: FixtureHash;
  notBefore?: Date;
  notAfter?: Date;
  /** basicConstraints CA flag; undefined leaves the extension out. */
  ca?: boolean;
  pathLength?: number;
  /** Key usage flags; undefined leaves the extension out. */
  keyUsage?: number;
}

const DAY = 24 * 60 * 60 * 1000;

export const days = (n: number, from = new Date()) => new Date(from.getTime() + n * DAY);

function keyParams(key: FixtureKey): webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams {
  switch (key) {
    case 'EC-P256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
    case 'EC-P384':
      return { name: 'ECDSA', namedCurve: 'P-384' };
    case 'EC-P521':
      return { name: 'ECDSA', namedCurve: 'P-521' };
    case 'RSA-2048':
    case 'RSA-1024':
      return {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: key === 'RSA-2048' ? 2048 : 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      };
  }
}

const keyCache = new Map<FixtureKey, CryptoKeyPair[]>();

/** A fresh key pair (RSA keys are slow to make; tests that need many reuse a small pool via `pooled`). */
export async function generateKeys(key: FixtureKey): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(keyParams(key), true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function pooledKeys(key: FixtureKey): Promise<CryptoKeyPair> {
  if (!key.startsWith('RSA')) return generateKeys(key);
  const pool = keyCache.get(key) ?? [];
  keyCache.set(key, pool);
  if (pool.length < 4) {
    const pair = await generateKeys(key);
    pool.push(pair);
    return pair;
  }
  return pool[Math.floor(Math.random() * pool.length)] as CryptoKeyPair;
}

function signingAlgorithm(keys: CryptoKeyPair, hash: FixtureHash): webcrypto.EcdsaParams {
  return { name: keys.privateKey.algorithm.name, hash };
}

function extensionsOf(options: CertOptions): x509.Extension[] {
  const out: x509.Extension[] = [];
  if (options.ca !== undefined)
    out.push(new x509.BasicConstraintsExtension(options.ca, options.pathLength, true));
  if (options.keyUsage !== undefined) out.push(new x509.KeyUsagesExtension(options.keyUsage, true));
  return out;
}

const CA_USAGE = x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign;
const LEAF_USAGE = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment;

function wrap(cert: x509.X509Certificate, keys: CryptoKeyPair, key: FixtureKey, name: string): Issued {
  return { cert, keys, key, pem: cert.toString('pem'), name };
}

/** A self-signed root CA (CA=true, keyCertSign) valid 10 years unless told otherwise. */
export async function createRoot(options: Partial<CertOptions> = {}): Promise<Issued> {
  const key = options.key ?? 'EC-P256';
  const keys = await pooledKeys(key);
  const name = options.name ?? `CN=Test Root ${Math.random().toString(36).slice(2, 8)}, O=Test Trust`;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    notBefore: options.notBefore ?? days(-1),
    notAfter: options.notAfter ?? days(3650),
    signingAlgorithm: signingAlgorithm(keys, options.hash ?? 'SHA-256'),
    extensions: [
      ...extensionsOf({ ca: true, keyUsage: CA_USAGE, ...options, name }),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return wrap(cert, keys, key, name);
}

/** A certificate signed by `issuer`: an intermediate by default (CA=true, keyCertSign, 5 years). */
export async function createIssued(issuer: Issued, options: Partial<CertOptions> = {}): Promise<Issued> {
  const key = options.key ?? 'EC-P256';
  const keys = await pooledKeys(key);
  const name = options.name ?? `CN=Test Intermediate ${Math.random().toString(36).slice(2, 8)}, O=Test Trust`;
  const cert = await x509.X509CertificateGenerator.create({
    subject: name,
    issuer: issuer.cert.subjectName,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    notBefore: options.notBefore ?? days(-1),
    notAfter: options.notAfter ?? days(1825),
    signingAlgorithm: signingAlgorithm(issuer.keys, options.hash ?? 'SHA-256'),
    extensions: [
      ...extensionsOf({ ca: true, keyUsage: CA_USAGE, ...options, name }),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
    ],
  });
  return wrap(cert, keys, key, name);
}

/** A partner (end-entity) certificate for organisation `org`, valid 2 years unless told otherwise. */
export async function createPartnerCert(
  issuer: Issued,
  org: string,
  options: Partial<CertOptions> = {},
): Promise<Issued> {
  return createIssued(issuer, {
    name: `CN=partner.example.org, OU=IT, O=${org.replace(/([,+"\\<>;])/g, '\\$1')}, C=KE`,
    notAfter: days(730),
    ca: false,
    keyUsage: LEAF_USAGE,
    ...options,
  });
}

/** A self-signed certificate that looks like a partner certificate. */
export async function createSelfSignedPartner(org: string): Promise<Issued> {
  return createRoot({ name: `CN=self.example.org, O=${org}`, ca: false, keyUsage: LEAF_USAGE });
}

/** A P7B (PKCS#7) bundle in the given text form. */
export function p7b(certs: Issued[], form: 'pem' | 'base64url' | 'base64' = 'pem'): string {
  const collection = new x509.X509Certificates(certs.map((c) => c.cert));
  if (form === 'pem') {
    const b64 = Buffer.from(collection.export('raw')).toString('base64');
    return `-----BEGIN PKCS7-----\n${(b64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END PKCS7-----\n`;
  }
  return Buffer.from(collection.export('raw')).toString(form);
}

/** An empty P7B (a SignedData with no certificates). */
export function emptyP7b(): string {
  return p7b([]);
}

export async function privateKeyPem(issued: Issued): Promise<string> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', issued.keys.privateKey);
  const b64 = Buffer.from(pkcs8).toString('base64');
  return `-----BEGIN PRIVATE KEY-----\n${(b64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END PRIVATE KEY-----\n`;
}

export const GARBAGE = 'this is not a certificate at all, just words\n';

export { CA_USAGE, LEAF_USAGE };
