/**
 * A small DER reader for the certificate previews: subject, issuer, validity and serial of X.509
 * certificates given as PEM, as a PKCS#7 (P7B) bundle, or as raw DER. Only reads; nothing is verified here
 * (the server checks everything). Loaded with the certificate pages only, never in the sign-in bundle.
 */

export interface CertificatePreview {
  subject: string;
  issuer: string;
  /** The subject's first O= (the organisation the server compares with the partner's). */
  organisation: string | null;
  commonName: string | null;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  selfSigned: boolean;
}

export class CertificateParseError extends Error {
  constructor() {
    super('not a certificate');
    this.name = 'CertificateParseError';
  }
}

interface Node {
  tag: number;
  /** Start of the content. */
  start: number;
  /** End of the content (exclusive). */
  end: number;
  /** Start of the header (for raw comparison). */
  from: number;
}

function fail(): never {
  throw new CertificateParseError();
}

function readNode(der: Uint8Array, offset: number, limit = der.length): Node {
  if (offset + 2 > limit) fail();
  const tag = der[offset] ?? fail();
  let length = der[offset + 1] ?? fail();
  let pos = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || pos + count > limit) fail();
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (der[pos + i] ?? 0);
    pos += count;
  }
  if (pos + length > limit) fail();
  return { tag, start: pos, end: pos + length, from: offset };
}

function childrenOf(der: Uint8Array, node: Node): Node[] {
  const out: Node[] = [];
  let pos = node.start;
  while (pos < node.end) {
    const child = readNode(der, pos, node.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

function oidOf(der: Uint8Array, node: Node): string {
  const bytes = der.subarray(node.start, node.end);
  const first = bytes[0] ?? fail();
  const parts = [Math.floor(first / 40), first % 40];
  let value = 0;
  for (const byte of bytes.subarray(1)) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

const attributeNames: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'SERIALNUMBER',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
};

function stringOf(der: Uint8Array, node: Node): string {
  const bytes = der.subarray(node.start, node.end);
  if (node.tag === 0x1e) return new TextDecoder('utf-16be').decode(bytes);
  if (node.tag === 0x14) return new TextDecoder('latin1').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

interface Name {
  text: string;
  attributes: { type: string; value: string }[];
  raw: string;
}

function nameOf(der: Uint8Array, node: Node): Name {
  const attributes: { type: string; value: string }[] = [];
  for (const rdn of childrenOf(der, node)) {
    for (const pair of childrenOf(der, rdn)) {
      const [type, value] = childrenOf(der, pair);
      if (!type || !value) fail();
      const oid = oidOf(der, type);
      attributes.push({ type: attributeNames[oid] ?? oid, value: stringOf(der, value) });
    }
  }
  const raw = Array.from(der.subarray(node.start, node.end), (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    attributes,
    raw,
    text: attributes.map((a) => `${a.type}=${a.value.replace(/([,+"\\<>;])/g, '\\$1')}`).join(', '),
  };
}

function timeOf(der: Uint8Array, node: Node): Date {
  const text = new TextDecoder('ascii').decode(der.subarray(node.start, node.end));
  const match =
    node.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text);
  if (!match) fail();
  let year = Number(match[1]);
  if (node.tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(
    Date.UTC(
      year,
      Number(match[2]) - 1,
      Number(match[3]),
      Number(match[4]),
      Number(match[5]),
      Number(match[6] ?? 0),
    ),
  );
}

/** Reads one DER certificate. */
export function readCertificate(der: Uint8Array, at = 0): CertificatePreview {
  const cert = readNode(der, at);
  if (cert.tag !== 0x30) fail();
  const [tbs] = childrenOf(der, cert);
  if (tbs?.tag !== 0x30) fail();
  const fields = childrenOf(der, tbs);
  const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  const [serial, , issuerNode, validity, subjectNode] = rest;
  if (serial?.tag !== 0x02 || !issuerNode || !validity || !subjectNode) fail();
  const [notBefore, notAfter] = childrenOf(der, validity);
  if (!notBefore || !notAfter) fail();
  const subject = nameOf(der, subjectNode);
  const issuer = nameOf(der, issuerNode);
  return {
    subject: subject.text,
    issuer: issuer.text,
    organisation: subject.attributes.find((a) => a.type === 'O')?.value ?? null,
    commonName: subject.attributes.find((a) => a.type === 'CN')?.value ?? null,
    serialNumber: Array.from(der.subarray(serial.start, serial.end), (b) => b.toString(16).padStart(2, '0'))
      .join('')
      .replace(/^00(?=.)/, ''),
    notBefore: timeOf(der, notBefore),
    notAfter: timeOf(der, notAfter),
    selfSigned: subject.raw === issuer.raw,
  };
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/** Reads every certificate of a DER PKCS#7 SignedData (a P7B bundle). */
export function readPkcs7(der: Uint8Array): CertificatePreview[] {
  const info = readNode(der, 0);
  const [type, explicit] = childrenOf(der, info);
  if (type?.tag !== 0x06 || oidOf(der, type) !== SIGNED_DATA || !explicit) fail();
  const [signedData] = childrenOf(der, explicit);
  if (!signedData) fail();
  const certificates = childrenOf(der, signedData).find((n) => n.tag === 0xa0);
  if (!certificates) return [];
  return childrenOf(der, certificates).map((c) => readCertificate(der, c.from));
}

function base64ToBytes(text: string): Uint8Array {
  const clean = text
    .replace(/[\s\r\n]+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(clean);
  } catch {
    fail();
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

function fromDer(der: Uint8Array): CertificatePreview[] {
  try {
    return [readCertificate(der)];
  } catch {
    return readPkcs7(der);
  }
}

/** Every certificate of a PEM text (CERTIFICATE or PKCS7 blocks) or of a bare base64 P7B. */
export function readCertificates(text: string): CertificatePreview[] {
  const out: CertificatePreview[] = [];
  let found = false;
  for (const match of text.matchAll(PEM_BLOCK)) {
    found = true;
    const label = match[1] ?? '';
    const der = base64ToBytes(match[2] ?? '');
    if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE') out.push(readCertificate(der));
    else if (label === 'PKCS7') out.push(...readPkcs7(der));
  }
  if (!found && text.trim()) out.push(...fromDer(base64ToBytes(text.trim())));
  if (out.length === 0) fail();
  return out;
}

/** A chosen file as the text the API takes: PEM stays as is, a DER certificate or P7B becomes PEM. */
export async function fileToCertificateText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x30) {
    const certificates = fromDer(bytes);
    const isSingle = (() => {
      try {
        readCertificate(bytes);
        return true;
      } catch {
        return false;
      }
    })();
    if (certificates.length === 0) fail();
    const label = isSingle ? 'CERTIFICATE' : 'PKCS7';
    const lines = bytesToBase64(bytes).match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Saves text as a file through a temporary link. */
export function downloadText(fileName: string, text: string, type = 'application/x-pem-file'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
