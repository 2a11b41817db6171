import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChain, type ChainCandidate, memoryIssuerSource } from './chain.ts';
import { issueCertificate, nameDer, partnerKeyUsage, randomSerial } from './issuer.ts';
import {
  type CaKeyAlgorithm,
  generateCaKeyPair,
  type KeyStore,
  softwareKeyStore,
  softwareSigner,
} from './key-store.ts';
import { issuePartnerCertificate } from './partner-certificates.service.ts';
import type { PmsCa } from './pms-ca.ts';
import {
  checkCaCertificate,
  checkPartnerCertificate,
  domainOfPartnerType,
  organisationMatches,
  parseDomain,
  partnerMinimumValidityDays,
} from './rules.ts';
import {
  CA_USAGE,
  createIssued,
  createPartnerCert,
  createRoot,
  createSelfSignedPartner,
  days,
  emptyP7b,
  GARBAGE,
  type Issued,
  LEAF_USAGE,
  p7b,
  privateKeyPem,
} from './test-fixtures.ts';
import {
  CertificateParseError,
  KEY_USAGE,
  type ParsedCertificate,
  parseCertificateBundle,
  parseSinglePem,
  pkcs7Pem,
} from './x509.ts';

const now = () => new Date();

function parseReason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof CertificateParseError) return error.reason;
    throw error;
  }
  return undefined;
}

const parse = (issued: Issued) => parseSinglePem(issued.pem);
const candidate = (issued: Issued, id = issued.name): ChainCandidate => ({ id, cert: parse(issued) });

describe('parsing', () => {
  it('parses a PEM certificate with the fields the store keeps', async () => {
    const root = await createRoot({
      name: 'CN=Alpha Root, OU=PKI, O=Alpha Org, L=Nairobi, ST=NBO, C=KE, E=pki@alpha.test',
    });
    const cert = parse(root);
    expect(cert.subject).toBe('CN=Alpha Root,OU=PKI,O=Alpha Org,L=Nairobi,ST=NBO,C=KE');
    expect(cert.subjectDn).toContain('E=pki@alpha.test');
    expect(cert.organisation).toBe('Alpha Org');
    expect(cert.commonName).toBe('Alpha Root');
    expect(cert.version).toBe(3);
    expect(cert.selfSigned).toBe(true);
    expect(cert.basicConstraints).toEqual({ ca: true });
    expect(cert.keyUsage).toBe(CA_USAGE);
    expect(cert.key).toEqual({ kind: 'ec', curve: 'P-256' });
    expect(cert.signature).toMatchObject({ name: 'SHA256withECDSA', hash: 'SHA-256' });
    expect(cert.sha256).toBe(new X509Certificate(root.pem).fingerprint256.replace(/:/g, '').toLowerCase());
    expect(cert.sha1).toHaveLength(40);
    expect(cert.ski).toMatch(/^[0-9a-f]{40}$/);
  });

  it('refuses garbage, blank data, private keys and non-certificate PEM blocks, each with its reason', async () => {
    const root = await createRoot();
    expect(parseReason(() => parseSinglePem(GARBAGE))).toBe('not_pem');
    expect(parseReason(() => parseSinglePem(''))).toBe('empty');
    expect(parseReason(() => parseSinglePem('  \n\t'))).toBe('empty');
    const key = await privateKeyPem(root);
    expect(parseReason(() => parseSinglePem(key))).toBe('private_key');
    expect(parseReason(() => parseSinglePem(`${root.pem}${key}`))).toBe('private_key');
    const broken = '-----BEGIN CERTIFICATE-----\nAAAAAAAA\n-----END CERTIFICATE-----\n';
    expect(parseReason(() => parseSinglePem(broken))).toBe('invalid');
    const csr = '-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n';
    expect(parseReason(() => parseSinglePem(csr))).toBe('invalid');
  });

  it('reads bundles as P7B (PEM, base64, base64url) or concatenated PEM, in any order', async () => {
    const root = await createRoot();
    const inter = await createIssued(root);
    const leaf = await createPartnerCert(inter, 'Org');
    for (const form of ['pem', 'base64', 'base64url'] as const) {
      const certs = parseCertificateBundle(p7b([leaf, root, inter], form));
      expect(certs.map((c) => c.sha256).sort()).toEqual(
        [leaf, root, inter].map((c) => parse(c).sha256).sort(),
      );
    }
    expect(parseCertificateBundle(`${inter.pem}${root.pem}`)).toHaveLength(2);
    expect(parseReason(() => parseCertificateBundle(emptyP7b()))).toBe('no_certificates');
    // Our own PKCS#7 encoding reads back in order, with @peculiar/x509 and with openssl.
    const ours = pkcs7Pem([leaf, inter, root].map(parse));
    expect(parseCertificateBundle(ours).map((c) => c.sha256)).toEqual(
      [leaf, inter, root].map((c) => parse(c).sha256),
    );
    const printed = execFileSync('openssl', ['pkcs7', '-print_certs', '-noout'], {
      input: ours,
      encoding: 'utf8',
    });
    expect(printed.match(/subject=/g)).toHaveLength(3);
    expect(printed.indexOf('partner.example.org')).toBeLessThan(printed.indexOf('Test Root'));
    expect(parseReason(() => parseCertificateBundle(GARBAGE))).toBe('not_pem');
    expect(parseReason(() => parseCertificateBundle('QUJDREVGRw'))).toBe('invalid');
    const der = parseSinglePem(root.pem).der;
    expect(parseCertificateBundle(der.toString('base64'))[0]?.sha256).toBe(parseSinglePem(root.pem).sha256);
    expect(parseReason(() => parseCertificateBundle(root.pem.repeat(51)))).toBe('too_many');
    expect(parseCertificateBundle(root.pem.repeat(50))).toHaveLength(50);
  });
});

describe('CA intake rules', () => {
  const opts = () => ({ now: now(), minValidityMonths: 12 });

  it('accepts a well-formed root', async () => {
    expect(checkCaCertificate(parse(await createRoot()), opts())).toBeUndefined();
    expect(checkCaCertificate(parse(await createRoot({ key: 'RSA-2048' })), opts())).toBeUndefined();
    expect(
      checkCaCertificate(parse(await createRoot({ key: 'EC-P384', hash: 'SHA-384' })), opts()),
    ).toBeUndefined();
  });

  it('answers each rule with its code, dates first', async () => {
    const code = async (o: Parameters<typeof createRoot>[0]) =>
      checkCaCertificate(parse(await createRoot(o)), opts())?.code;
    expect(await code({ notBefore: days(-800), notAfter: days(-1) })).toBe('KER-PCM-004');
    expect(await code({ notBefore: days(2), notAfter: days(900) })).toBe('KER-PMS-020');
    expect(await code({ notAfter: days(200) })).toBe('KER-PCM-017');
    expect(await code({ ca: false })).toBe('PMS_CA_001');
    expect(await code({ keyUsage: KEY_USAGE.digitalSignature })).toBe('PMS_CA_002');
    expect(await code({ key: 'RSA-1024' })).toBe('PMS_CA_003');
    expect(await code({ key: 'EC-P521' })).toBe('PMS_CA_003');
    expect(await code({ hash: 'SHA-1' })).toBe('PMS_CA_004');
    // Several problems: the first rule in MOSIP's order answers.
    expect(await code({ notBefore: days(-800), notAfter: days(-1), ca: false, key: 'RSA-1024' })).toBe(
      'KER-PCM-004',
    );
  });

  it('reports a missing basicConstraints extension as not a CA', async () => {
    const root = await createRoot();
    const noBc = await createIssued(root, { ca: undefined });
    expect(checkCaCertificate(parse(noBc), opts())?.code).toBe('PMS_CA_001');
  });
});

describe('chain building', () => {
  it('builds leaf → intermediate → root, and fails without the intermediate', async () => {
    const root = await createRoot();
    const inter = await createIssued(root);
    const leaf = parse(await createPartnerCert(inter, 'Org'));
    const full = await buildChain(leaf, memoryIssuerSource([candidate(root, 'r'), candidate(inter, 'i')]), {
      now: now(),
    });
    expect(full?.map((c) => c.id)).toEqual(['i', 'r']);
    expect(
      await buildChain(leaf, memoryIssuerSource([candidate(root, 'r')]), { now: now() }),
    ).toBeUndefined();
  });

  it('does not chain through a certificate without CA=true, or past a path-length limit', async () => {
    const root = await createRoot();
    const notCa = await createIssued(root, { ca: false });
    const leaf = parse(await createPartnerCert(notCa, 'Org'));
    expect(
      await buildChain(leaf, memoryIssuerSource([candidate(root), candidate(notCa)]), { now: now() }),
    ).toBeUndefined();

    const strictRoot = await createRoot({ pathLength: 0 });
    const inter = await createIssued(strictRoot);
    const leaf2 = parse(await createPartnerCert(inter, 'Org'));
    const source = memoryIssuerSource([candidate(strictRoot), candidate(inter)]);
    expect(await buildChain(leaf2, source, { now: now() })).toBeUndefined();
    // The intermediate itself is allowed directly under a pathLen=0 root only as an end entity, not as a CA.
    expect(
      await buildChain(parse(inter), memoryIssuerSource([candidate(strictRoot)]), {
        now: now(),
        targetIsCa: true,
      }),
    ).toBeUndefined();
    expect(
      await buildChain(parse(inter), memoryIssuerSource([candidate(strictRoot)]), { now: now() }),
    ).toHaveLength(1);
  });

  it('verifies signatures: a look-alike root with the same name but another key does not anchor', async () => {
    const root = await createRoot({ name: 'CN=Same Name Root, O=T' });
    const impostor = await createRoot({ name: 'CN=Same Name Root, O=T' });
    const inter = await createIssued(root);
    const leaf = parse(await createPartnerCert(inter, 'Org'));
    expect(
      await buildChain(leaf, memoryIssuerSource([candidate(impostor), candidate(inter)]), { now: now() }),
    ).toBeUndefined();
    const both = memoryIssuerSource([
      candidate(impostor, 'fake'),
      candidate(root, 'real'),
      candidate(inter, 'i'),
    ]);
    expect((await buildChain(leaf, both, { now: now() }))?.map((c) => c.id)).toEqual(['i', 'real']);
  });

  it('ignores an expired intermediate', async () => {
    const root = await createRoot();
    const inter = await createIssued(root, { notBefore: days(-400), notAfter: days(-1) });
    const leaf = parse(await createPartnerCert(inter, 'Org', { notBefore: days(-10) }));
    expect(
      await buildChain(leaf, memoryIssuerSource([candidate(root), candidate(inter)]), { now: now() }),
    ).toBeUndefined();
  });
});

describe('partner certificate rules', () => {
  async function fixture() {
    const root = await createRoot();
    const inter = await createIssued(root);
    const source = memoryIssuerSource([candidate(root), candidate(inter)]);
    return { root, inter, source };
  }
  const check = (
    cert: ParsedCertificate,
    source: ReturnType<typeof memoryIssuerSource>,
    organisation = 'Acme Ltd',
  ) =>
    checkPartnerCertificate(cert, {
      now: now(),
      organisation,
      partnerDomain: 'AUTH',
      minValidityDays: partnerMinimumValidityDays(365, 30),
      chainFound: async (c) => (await buildChain(c, source, { now: now() })) !== undefined,
    });

  it('accepts a good certificate and answers each failing rule with its code', async () => {
    const { root, inter, source } = await fixture();
    const code = async (issued: Issued, org?: string) => (await check(parse(issued), source, org))?.code;
    expect(await code(await createPartnerCert(inter, 'Acme Ltd'))).toBeUndefined();
    expect(await code(await createPartnerCert(inter, 'Acme Ltd', { key: 'RSA-2048' }))).toBeUndefined();
    expect(
      await code(await createPartnerCert(inter, 'Acme Ltd', { notBefore: days(-800), notAfter: days(-2) })),
    ).toBe('KER-PCM-004');
    expect(await code(await createPartnerCert(inter, 'Acme Ltd', { notBefore: days(3) }))).toBe(
      'KER-PMS-020',
    );
    expect(await code(await createPartnerCert(inter, 'Acme Ltd', { notAfter: days(100) }))).toBe(
      'KER-KMS-021',
    );
    expect(await code(await createSelfSignedPartner('Acme Ltd'))).toBe('KER-PCM-015');
    const otherRoot = await createRoot();
    expect(await code(await createPartnerCert(otherRoot, 'Acme Ltd'))).toBe('KER-PCM-006');
    expect(await code(await createPartnerCert(inter, 'ACME LTD'))).toBe('KER-PCM-008');
    expect(await code(await createPartnerCert(inter, 'Acme  Ltd'))).toBe('KER-PCM-008');
    expect(await code(await createPartnerCert(inter, 'Acme Ltd '))).toBe('KER-PCM-008');
    expect(await code(await createPartnerCert(inter, 'Acme Ltd', { key: 'RSA-1024' }))).toBe('KER-PCM-013');
    expect(await code(await createPartnerCert(inter, 'Acme Ltd', { hash: 'SHA-1' }))).toBe('KER-PCM-014');
    const noCn = await createIssued(inter, {
      name: 'O=Acme Ltd, C=KE',
      ca: false,
      keyUsage: LEAF_USAGE,
      notAfter: days(700),
    });
    expect(await code(noCn)).toBe('PMS_CERT_002');
    // A self-signed certificate with a wrong organisation: self-signed (rule 7) comes before O= (rule 10).
    expect(await code(await createSelfSignedPartner('Someone Else'))).toBe('KER-PCM-015');
    // Direct issue by the root is fine too.
    expect(await code(await createPartnerCert(root, 'Acme Ltd'))).toBeUndefined();
  });

  it('compares organisations exactly, but in Unicode NFC', () => {
    expect(organisationMatches('Société Générale', 'Société Générale')).toBe(true);
    expect(organisationMatches('Socie\u0301te\u0301', 'Sociét\u00e9')).toBe(true);
    expect(organisationMatches('acme', 'Acme')).toBe(false);
    expect(organisationMatches(' Acme', 'Acme')).toBe(false);
    expect(organisationMatches(undefined, 'Acme')).toBe(false);
  });

  it('derives the domain from the partner type and reads domains case-insensitively', () => {
    expect(domainOfPartnerType('Device_Provider')).toBe('DEVICE');
    expect(domainOfPartnerType('FTM_Provider')).toBe('FTM');
    expect(domainOfPartnerType('Auth_Partner')).toBe('AUTH');
    expect(domainOfPartnerType('Credential_Partner')).toBe('AUTH');
    expect(domainOfPartnerType('MISP_Partner')).toBe('AUTH');
    expect(parseDomain('ftm')).toBe('FTM');
    expect(parseDomain('TRUST_CA')).toBeUndefined();
    expect(partnerMinimumValidityDays(365, 30)).toBe(335);
    expect(partnerMinimumValidityDays(10, 30)).toBe(315);
  });
});

describe('PMS certificate authority', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pms-ca-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function makeCa(algorithm: CaKeyAlgorithm): Promise<PmsCa> {
    const rootKeys = generateCaKeyPair(algorithm);
    const rootName = nameDer('CN=Test PMS Root, O=PMS Test');
    const rootPem = rootKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const rootCert = await issueCertificate({
      signer: softwareSigner(algorithm, rootKeys.privateKey),
      issuerName: rootName,
      subject: rootName,
      spki: rootKeys.publicKey.export({ type: 'spki', format: 'der' }),
      notBefore: new Date(),
      notAfter: days(3650),
      ca: { pathLength: 1 },
      keyUsage: KEY_USAGE.keyCertSign | KEY_USAGE.cRLSign,
    });
    const root: KeyStore = softwareKeyStore(algorithm, rootPem, rootCert);
    const issuingKeys = generateCaKeyPair(algorithm);
    const issuingCert = await issueCertificate({
      signer: root,
      issuerName: rootCert.subjectRaw,
      issuerKeyId: rootCert.ski,
      subject: nameDer('CN=Test PMS Issuing, O=PMS Test'),
      spki: issuingKeys.publicKey.export({ type: 'spki', format: 'der' }),
      notBefore: new Date(),
      notAfter: days(1825),
      ca: { pathLength: 0 },
      keyUsage: KEY_USAGE.keyCertSign | KEY_USAGE.cRLSign,
    });
    const issuing = softwareKeyStore(
      algorithm,
      issuingKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      issuingCert,
    );
    return { root, issuing, chain: [issuingCert, rootCert] };
  }

  for (const algorithm of ['EC-P256', 'EC-P384', 'RSA-3072'] as const) {
    it(`issues an end-entity certificate that node:crypto and openssl verify (${algorithm})`, async () => {
      const ca = await makeCa(algorithm);
      const partnerRoot = await createRoot();
      const partner = parse(await createPartnerCert(partnerRoot, 'Acme Ltd', { key: 'RSA-2048' }));
      const signed = await issuePartnerCertificate(ca, partner, 'AUTH', 365, new Date());

      const node = new X509Certificate(signed.pem);
      expect(node.verify(new X509Certificate(ca.issuing.certificate.pem).publicKey)).toBe(true);
      expect(node.checkIssued(new X509Certificate(ca.issuing.certificate.pem))).toBe(true);
      expect(node.ca).toBe(false);
      expect(signed.basicConstraints).toEqual({ ca: false });
      expect(signed.keyUsage).toBe(KEY_USAGE.digitalSignature | KEY_USAGE.keyEncipherment);
      expect((signed.keyUsage ?? 0) & KEY_USAGE.keyCertSign).toBe(0);
      expect(signed.aki).toBe(ca.issuing.certificate.ski);
      expect(signed.ski).toMatch(/^[0-9a-f]{40}$/);
      expect(signed.subjectRaw.equals(partner.subjectRaw)).toBe(true);
      expect(signed.spki.equals(partner.spki)).toBe(true);
      expect(signed.serialHex.length).toBeGreaterThanOrEqual(16);
      expect(Number.parseInt(signed.serialHex.slice(0, 1), 16)).toBeLessThan(8); // positive
      expect(signed.version).toBe(3);

      const files = {
        root: join(dir, `root-${algorithm}.pem`),
        issuing: join(dir, `issuing-${algorithm}.pem`),
      };
      writeFileSync(files.root, ca.root.certificate.pem);
      writeFileSync(files.issuing, ca.issuing.certificate.pem);
      const signedFile = join(dir, `signed-${algorithm}.pem`);
      writeFileSync(signedFile, signed.pem);
      const out = execFileSync(
        'openssl',
        ['verify', '-CAfile', files.root, '-untrusted', files.issuing, signedFile],
        {
          encoding: 'utf8',
        },
      );
      expect(out.trim()).toBe(`${signedFile}: OK`);
      // The issued certificate cannot act as a CA: a certificate its key signs does not verify (reference §D.1).
      const partnerIssued = await createPartnerCert(partnerRoot, 'Acme Ltd');
      const resigned = await issuePartnerCertificate(ca, parse(partnerIssued), 'AUTH', 365, new Date());
      const asIssuer: Issued = {
        ...partnerIssued,
        cert: new x509.X509Certificate(resigned.pem),
        pem: resigned.pem,
      };
      const minted = await createIssued(asIssuer, {
        name: 'CN=minted, O=Acme Ltd',
        ca: false,
        keyUsage: LEAF_USAGE,
      });
      const chainFile = join(dir, `chain-${algorithm}.pem`);
      writeFileSync(chainFile, `${ca.issuing.certificate.pem}${resigned.pem}`);
      const mintedFile = join(dir, `minted-${algorithm}.pem`);
      writeFileSync(mintedFile, minted.pem);
      expect(() =>
        execFileSync('openssl', ['verify', '-CAfile', files.root, '-untrusted', chainFile, mintedFile], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      ).toThrow();
    });
  }

  it('caps the validity at the partner certificate’s own notAfter and uses EC key usage for EC keys', async () => {
    const ca = await makeCa('EC-P256');
    const partnerRoot = await createRoot();
    const partner = parse(await createPartnerCert(partnerRoot, 'Acme Ltd', { notAfter: days(200) }));
    const signed = await issuePartnerCertificate(ca, partner, 'AUTH', 365, new Date());
    expect(signed.notAfter.getTime()).toBe(Math.floor(partner.notAfter.getTime() / 1000) * 1000);
    expect(signed.keyUsage).toBe(partnerKeyUsage('AUTH', partner.key));
    expect(signed.keyUsage).toBe(KEY_USAGE.digitalSignature | KEY_USAGE.keyAgreement);
    const device = await issuePartnerCertificate(ca, partner, 'DEVICE', 365, new Date());
    expect(device.keyUsage).toBe(KEY_USAGE.digitalSignature);
    const longer = parse(await createPartnerCert(partnerRoot, 'Acme Ltd', { notAfter: days(3000) }));
    const capped = await issuePartnerCertificate(ca, longer, 'AUTH', 365, new Date());
    expect(Math.round((capped.notAfter.getTime() - capped.notBefore.getTime()) / 86_400_000)).toBe(365);
  });

  it('makes positive 16-byte serials', () => {
    for (let i = 0; i < 200; i++) {
      const serial = randomSerial();
      expect(serial).toHaveLength(16);
      expect((serial[0] ?? 0) & 0x80).toBe(0);
      expect((serial[0] ?? 0) & 0x40).toBe(0x40);
    }
  });
});
