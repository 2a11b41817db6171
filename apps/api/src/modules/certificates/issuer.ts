import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as asn1X509 from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';
import type { PartnerDomain } from '@pms/contracts';
import { type Signer, signatureAlgorithmOf } from './key-store.ts';
import { KEY_USAGE, type KeyInfo, type ParsedCertificate, parseCertificateDer } from './x509.ts';

export interface IssueParams {
  signer: Signer;
  /** DER of the issuer's subject name (equal to `subject` for a self-signed certificate). */
  issuerName: Uint8Array;
  /** The issuer's subject key identifier (hex), for the authority key identifier; none for a root. */
  issuerKeyId?: string;
  subject: Uint8Array;
  /** DER SubjectPublicKeyInfo of the key being certified. */
  spki: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  /** `false` for an end-entity certificate, else the CA's path-length limit. */
  ca: false | { pathLength?: number };
  keyUsage: number;
}

/**
 * A positive serial number of 16 random bytes (126 bits of entropy), as RFC 5280 §4.1.2.2 wants: the
 * top bit is cleared (positive) and the next one set (no leading zero byte, so always 16 bytes).
 */
export function randomSerial(): Buffer {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  return serial;
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING value. */
export function keyIdentifierOf(spki: Uint8Array): string {
  const info = AsnConvert.parse(Buffer.from(spki), asn1X509.SubjectPublicKeyInfo);
  return createHash('sha1').update(Buffer.from(info.subjectPublicKey)).digest('hex');
}

function extension(ext: x509.Extension): asn1X509.Extension {
  return AsnConvert.parse(ext.rawData, asn1X509.Extension);
}

/** DER of a distinguished name given as RFC 4514 text (`CN=PMS Root CA, O=...`). */
export function nameDer(text: string): Buffer {
  return Buffer.from(new x509.Name(text).toArrayBuffer());
}

/**
 * Issues one X.509 v3 certificate: builds the TBSCertificate, has the signer sign it (so an HSM can do the
 * signing), and assembles the certificate. UTC throughout.
 */
export async function issueCertificate(params: IssueParams): Promise<ParsedCertificate> {
  const algorithm = signatureAlgorithmOf(params.signer.algorithm);
  const algorithmId = new asn1X509.AlgorithmIdentifier({
    algorithm: algorithm.oid,
    ...(algorithm.nullParameters ? { parameters: null } : {}),
  });
  const subjectKeyId = keyIdentifierOf(params.spki);
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(
      params.ca !== false,
      params.ca === false ? undefined : params.ca.pathLength,
      true,
    ),
    new x509.KeyUsagesExtension(params.keyUsage, true),
    new x509.SubjectKeyIdentifierExtension(subjectKeyId),
  ];
  if (params.issuerKeyId) extensions.push(new x509.AuthorityKeyIdentifierExtension(params.issuerKeyId));
  const tbs = new asn1X509.TBSCertificate({
    version: asn1X509.Version.v3,
    serialNumber: new Uint8Array(randomSerial()).buffer,
    signature: algorithmId,
    issuer: AsnConvert.parse(Buffer.from(params.issuerName), asn1X509.Name),
    validity: new asn1X509.Validity({ notBefore: params.notBefore, notAfter: params.notAfter }),
    subject: AsnConvert.parse(Buffer.from(params.subject), asn1X509.Name),
    subjectPublicKeyInfo: AsnConvert.parse(Buffer.from(params.spki), asn1X509.SubjectPublicKeyInfo),
    extensions: new asn1X509.Extensions(extensions.map(extension)),
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const signature = await params.signer.sign(tbsDer);
  const certificate = new asn1X509.Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: algorithmId,
    signatureValue: new Uint8Array(signature).buffer,
  });
  return parseCertificateDer(new Uint8Array(AsnConvert.serialize(certificate)));
}

/**
 * Key usage of the certificate PMS issues to a partner: digitalSignature for every domain; AUTH partners
 * also encrypt (keyEncipherment for RSA keys, keyAgreement for EC keys). Never keyCertSign (reference §D.1).
 */
export function partnerKeyUsage(domain: PartnerDomain, key: KeyInfo): number {
  if (domain !== 'AUTH') return KEY_USAGE.digitalSignature;
  const encryption = key.kind === 'ec' ? KEY_USAGE.keyAgreement : KEY_USAGE.keyEncipherment;
  return KEY_USAGE.digitalSignature | encryption;
}
