import 'reflect-metadata';
import { createHash, type KeyObject, X509Certificate as NodeX509 } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as asn1X509 from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';

/**
 * Certificate parsing shared by the trust store and partner certificates. Two parsers look at each
 * certificate: OpenSSL (node:crypto, for keys and signatures) and the ASN.1 schema (for the fields node does
 * not expose: version, key usage bits, key identifiers, signature algorithm OID, raw names).
 */

export type KeyKind = 'rsa' | 'rsa-pss' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'other';

export interface KeyInfo {
  kind: KeyKind;
  /** RSA/DSA modulus size in bits. */
  bits?: number;
  /** EC curve, NIST name (`P-256`, `P-384`, `P-521`) or OpenSSL's name for other curves. */
  curve?: string;
}

export interface SignatureInfo {
  oid: string;
  /** JCA-style name as MOSIP reports it (`SHA256withRSA`, `SHA384withECDSA`, ...). */
  name: string;
  /** Hash of the signature (`SHA-1`, `SHA-256`, ...), undefined for EdDSA or unknown algorithms. */
  hash?: string;
}

export interface ParsedCertificate {
  der: Buffer;
  /** Canonical PEM (re-armoured from the DER, whatever the input formatting was). */
  pem: string;
  node: NodeX509;
  version: number;
  /** Serial number, lower-case hex without leading zeros (as node prints it, lower-cased). */
  serialHex: string;
  /** MOSIP normalised DN: `CN=..,OU=..,O=..,L=..,ST=..,C=..` (first value of each, fixed order). */
  subject: string;
  issuer: string;
  /** Full RFC 4514 names. */
  subjectDn: string;
  issuerDn: string;
  /** DER of the subject and issuer names: compared byte-wise when matching issuers. */
  subjectRaw: Buffer;
  issuerRaw: Buffer;
  commonName?: string;
  /** First O value, as MOSIP reads it. */
  organisation?: string;
  notBefore: Date;
  notAfter: Date;
  sha256: string;
  sha1: string;
  /** Subject / authority key identifiers, lower-case hex. */
  ski?: string;
  aki?: string;
  basicConstraints?: { ca: boolean; pathLength?: number };
  /** KeyUsage bit flags (x509.KeyUsageFlags); undefined when the extension is absent. */
  keyUsage?: number;
  key: KeyInfo;
  publicKey: KeyObject;
  /** DER of the SubjectPublicKeyInfo. */
  spki: Buffer;
  signature: SignatureInfo;
  /** The signature verifies with the certificate's own key (MOSIP's self-signed test). */
  selfSigned: boolean;
}

export class CertificateParseError extends Error {
  constructor(
    message: string,
    readonly reason: 'empty' | 'private_key' | 'not_pem' | 'invalid' | 'no_certificates' | 'too_many',
  ) {
    super(message);
    this.name = 'CertificateParseError';
  }
}

const EC_CURVES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

const SIGNATURE_ALGORITHMS: Record<string, { name: string; hash?: string }> = {
  '1.2.840.113549.1.1.4': { name: 'MD5withRSA', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'SHA1withRSA', hash: 'SHA-1' },
  '1.2.840.113549.1.1.14': { name: 'SHA224withRSA', hash: 'SHA-224' },
  '1.2.840.113549.1.1.11': { name: 'SHA256withRSA', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'SHA384withRSA', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'SHA512withRSA', hash: 'SHA-512' },
  '1.2.840.10045.4.1': { name: 'SHA1withECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.1': { name: 'SHA224withECDSA', hash: 'SHA-224' },
  '1.2.840.10045.4.3.2': { name: 'SHA256withECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'SHA384withECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'SHA512withECDSA', hash: 'SHA-512' },
  '1.2.840.10040.4.3': { name: 'SHA1withDSA', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.1': { name: 'SHA224withDSA', hash: 'SHA-224' },
  '2.16.840.1.101.3.4.3.2': { name: 'SHA256withDSA', hash: 'SHA-256' },
  '1.3.101.112': { name: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448' },
};

const RSASSA_PSS = '1.2.840.113549.1.1.10';

/** The six attributes MOSIP keeps in its normalised DN strings, in MOSIP's order. */
const NORMALISED_ATTRIBUTES = ['CN', 'OU', 'O', 'L', 'ST', 'C'] as const;

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function hex(data: ArrayBuffer | Uint8Array): string {
  return Buffer.from(data instanceof Uint8Array ? data : new Uint8Array(data)).toString('hex');
}

function normalisedDn(name: x509.Name): string {
  return NORMALISED_ATTRIBUTES.map((attr) => {
    const first = name.getField(attr)[0];
    return first === undefined ? undefined : `${attr}=${first}`;
  })
    .filter((v): v is string => v !== undefined)
    .join(',');
}

function keyInfoOf(key: KeyObject): KeyInfo {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss':
      return { kind: type, bits: details.modulusLength };
    case 'dsa':
      return { kind: 'dsa', bits: details.modulusLength };
    case 'ec': {
      const curve = details.namedCurve ?? 'unknown';
      return { kind: 'ec', curve: EC_CURVES[curve] ?? curve };
    }
    case 'ed25519':
    case 'ed448':
      return { kind: type };
    default:
      return { kind: 'other' };
  }
}

function signatureInfoOf(asn: asn1X509.Certificate): SignatureInfo {
  const oid = asn.signatureAlgorithm.algorithm;
  const known = SIGNATURE_ALGORITHMS[oid];
  if (known) return { oid, ...known };
  if (oid === RSASSA_PSS) {
    try {
      const alg = new x509.X509Certificate(asn).signatureAlgorithm;
      const hash = typeof alg.hash === 'string' ? alg.hash : alg.hash?.name;
      return { oid, name: `${(hash ?? 'SHA-1').replace('-', '')}withRSAandMGF1`, hash: hash ?? 'SHA-1' };
    } catch {
      return { oid, name: 'RSASSA-PSS', hash: 'SHA-1' };
    }
  }
  return { oid, name: oid };
}

function extensionOf<T>(asn: asn1X509.Certificate, oid: string, type: new () => T): T | undefined {
  const ext = asn.tbsCertificate.extensions?.find((e) => e.extnID === oid);
  if (!ext) return undefined;
  return AsnConvert.parse(ext.extnValue.buffer, type);
}

function keyUsageBits(asn: asn1X509.Certificate): number | undefined {
  const usage = extensionOf(asn, asn1X509.id_ce_keyUsage, asn1X509.KeyUsage);
  return usage ? usage.toNumber() : undefined;
}

/** Parses one DER certificate; throws CertificateParseError when it is not an X.509 certificate. */
export function parseCertificateDer(input: Uint8Array): ParsedCertificate {
  const der = Buffer.from(input);
  let node: NodeX509;
  let asn: asn1X509.Certificate;
  try {
    node = new NodeX509(der);
    asn = AsnConvert.parse(der, asn1X509.Certificate);
  } catch (error) {
    throw new CertificateParseError(error instanceof Error ? error.message : 'not a certificate', 'invalid');
  }
  const tbs = asn.tbsCertificate;
  const subjectRaw = Buffer.from(AsnConvert.serialize(tbs.subject));
  const issuerRaw = Buffer.from(AsnConvert.serialize(tbs.issuer));
  const subjectName = new x509.Name(tbs.subject);
  const issuerName = new x509.Name(tbs.issuer);
  const ski = extensionOf(asn, asn1X509.id_ce_subjectKeyIdentifier, asn1X509.SubjectKeyIdentifier);
  const aki = extensionOf(asn, asn1X509.id_ce_authorityKeyIdentifier, asn1X509.AuthorityKeyIdentifier);
  const bc = extensionOf(asn, asn1X509.id_ce_basicConstraints, asn1X509.BasicConstraints);
  const publicKey = node.publicKey;
  let selfSigned = false;
  try {
    selfSigned = node.verify(publicKey);
  } catch {
    selfSigned = false;
  }
  return {
    der,
    pem: toPem(der),
    node,
    version: tbs.version + 1,
    serialHex: node.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''),
    subject: normalisedDn(subjectName),
    issuer: normalisedDn(issuerName),
    subjectDn: subjectName.toString(),
    issuerDn: issuerName.toString(),
    subjectRaw,
    issuerRaw,
    commonName: subjectName.getField('CN')[0],
    organisation: subjectName.getField('O')[0],
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    sha256: createHash('sha256').update(der).digest('hex'),
    sha1: createHash('sha1').update(der).digest('hex'),
    ski: ski ? hex(ski.buffer) : undefined,
    aki: aki?.keyIdentifier ? hex(aki.keyIdentifier.buffer) : undefined,
    basicConstraints: bc
      ? { ca: bc.cA, ...(bc.pathLenConstraint === undefined ? {} : { pathLength: bc.pathLenConstraint }) }
      : undefined,
    keyUsage: keyUsageBits(asn),
    key: keyInfoOf(publicKey),
    publicKey,
    spki: Buffer.from(AsnConvert.serialize(tbs.subjectPublicKeyInfo)),
    signature: signatureInfoOf(asn),
    selfSigned,
  };
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

interface PemBlock {
  label: string;
  der: Buffer;
}

function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const label = match[1] ?? '';
    const body = (match[2] ?? '').replace(/[\r\n\t ]/g, '');
    if (!/^[A-Za-z0-9+/=_-]*$/.test(body)) throw new CertificateParseError('bad PEM body', 'invalid');
    out.push({ label, der: Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64') });
  }
  return out;
}

function refusePrivateKeys(text: string): void {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    throw new CertificateParseError('the file holds a private key, not a certificate', 'private_key');
  }
}

/**
 * MOSIP's single-certificate form: the first PEM block, which must be a certificate. Used for partner
 * certificates. Blank → `empty`; a private key is refused without echoing it.
 */
export function parseSinglePem(data: string): ParsedCertificate {
  if (!data.trim()) throw new CertificateParseError('no certificate data', 'empty');
  refusePrivateKeys(data);
  const blocks = pemBlocks(data);
  const first = blocks[0];
  if (!first) throw new CertificateParseError('not a PEM certificate', 'not_pem');
  if (first.label !== 'CERTIFICATE' && first.label !== 'X509 CERTIFICATE') {
    throw new CertificateParseError(`expected a CERTIFICATE block, found ${first.label}`, 'invalid');
  }
  return parseCertificateDer(first.der);
}

function certificatesOfPkcs7(der: Uint8Array): ParsedCertificate[] {
  let collection: x509.X509Certificates;
  try {
    collection = new x509.X509Certificates(Buffer.from(der));
  } catch (error) {
    throw new CertificateParseError(error instanceof Error ? error.message : 'bad PKCS#7', 'invalid');
  }
  if (collection.length === 0)
    throw new CertificateParseError('the bundle holds no certificate', 'no_certificates');
  return collection.map((c) => parseCertificateDer(new Uint8Array(c.rawData)));
}

/**
 * CA upload input: one PEM certificate, several concatenated PEM certificates, a PEM `PKCS7` block, or a
 * bare (URL-safe or standard) base64 PKCS#7 as MOSIP accepts. The order of the bundle does not matter: the
 * trust store orders certificates itself.
 */
export function parseCertificateBundle(data: string): ParsedCertificate[] {
  if (!data.trim()) throw new CertificateParseError('no certificate data', 'empty');
  refusePrivateKeys(data);
  const blocks = pemBlocks(data);
  if (blocks.length) {
    const out: ParsedCertificate[] = [];
    for (const block of blocks) {
      if (block.label === 'CERTIFICATE' || block.label === 'X509 CERTIFICATE') {
        out.push(parseCertificateDer(block.der));
      } else if (block.label === 'PKCS7' || block.label === 'CMS') {
        out.push(...certificatesOfPkcs7(block.der));
      } else {
        throw new CertificateParseError(`unexpected ${block.label} block`, 'invalid');
      }
    }
    return limitBundle(out);
  }
  const compact = data.replace(/[\r\n\t ]/g, '');
  if (!/^[A-Za-z0-9+/=_-]+$/.test(compact)) throw new CertificateParseError('not PEM nor base64', 'not_pem');
  const der = Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  try {
    return limitBundle(certificatesOfPkcs7(der));
  } catch (error) {
    // A bare base64 DER certificate (a .cer file pasted as text) rather than a PKCS#7.
    if (error instanceof CertificateParseError && error.reason === 'invalid') {
      try {
        return [parseCertificateDer(der)];
      } catch {
        throw error;
      }
    }
    throw error;
  }
}

/** Most certificates one upload may carry (a CA hierarchy is a handful; this bounds the work per request). */
export const MAX_BUNDLE_CERTIFICATES = 50;

function limitBundle(certs: ParsedCertificate[]): ParsedCertificate[] {
  if (certs.length > MAX_BUNDLE_CERTIFICATES) {
    throw new CertificateParseError(
      `more than ${MAX_BUNDLE_CERTIFICATES} certificates in one upload`,
      'too_many',
    );
  }
  return certs;
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...content: Uint8Array[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const OID_SIGNED_DATA = Buffer.from('06092a864886f70d010702', 'hex');
const OID_DATA = Buffer.from('06092a864886f70d010701', 'hex');

/**
 * A degenerate PKCS#7 SignedData holding `certs` (a .p7b file), DER, certificates kept in the given order
 * (leaf first). Encoded directly: the certificates are already DER, so nothing is parsed again.
 */
export function pkcs7Der(certs: readonly { der: Uint8Array }[]): Buffer {
  const signedData = tlv(
    0x30,
    Buffer.from([0x02, 0x01, 0x01]), // version 1
    Buffer.from([0x31, 0x00]), // digestAlgorithms: none
    tlv(0x30, OID_DATA), // encapContentInfo: data, no content
    tlv(0xa0, ...certs.map((c) => c.der)), // certificates [0] IMPLICIT SET OF Certificate
    Buffer.from([0x31, 0x00]), // signerInfos: none
  );
  return tlv(0x30, OID_SIGNED_DATA, tlv(0xa0, signedData));
}

/** `.p7b` text as MOSIP's trust-path download gives it: `-----BEGIN PKCS7-----`, 64-character lines. */
export function pkcs7Pem(certs: readonly { der: Uint8Array }[]): string {
  return toPem(pkcs7Der(certs), 'PKCS7');
}

/** `signedCertificateData` of MOSIP's key manager: raw DER PKCS#7, URL-safe base64 without padding. */
export function pkcs7Base64Url(certs: readonly { der: Uint8Array }[]): string {
  return pkcs7Der(certs).toString('base64url');
}

/** True when `issuer` signed `cert` (signature only; names, flags and dates are checked by the caller). */
export function isSignedBy(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  try {
    return cert.node.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** UTC calendar day of a date, `YYYY-MM-DD`. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const KEY_USAGE = x509.KeyUsageFlags;
