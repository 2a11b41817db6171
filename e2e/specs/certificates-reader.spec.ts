import { describe, expect, test } from 'vitest';
import { expiryState } from '../../apps/web/src/features/certificates/expiry.ts';
import {
  CertificateParseError,
  fileToCertificateText,
  readCertificates,
} from '../../apps/web/src/features/certificates/x509-lite.ts';
import { makeIssued, makeRoot, p7bText } from '../helpers/certificates.ts';

/**
 * The portal's in-browser certificate reader (the previews before upload), run in Node on certificates
 * made with @peculiar/x509: what it reads must be what the certificate says.
 */
describe('Certificate preview reader', () => {
  test('reads subject, issuer, validity and serial of a PEM certificate', async () => {
    const root = await makeRoot('CN=Reader Root, O=Reader Trust, C=KE');
    const leaf = await makeIssued(root, 'CN=partner.example.org, OU=IT, O=Société Générale Ñ, C=FR', {
      ca: false,
      validDays: 400,
    });
    const [read] = readCertificates(leaf.pem);
    expect(read).toEqual({
      subject: 'CN=partner.example.org, OU=IT, O=Société Générale Ñ, C=FR',
      issuer: 'CN=Reader Root, O=Reader Trust, C=KE',
      organisation: 'Société Générale Ñ',
      commonName: 'partner.example.org',
      serialNumber: leaf.cert.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''),
      notBefore: leaf.cert.notBefore,
      notAfter: leaf.cert.notAfter,
      selfSigned: false,
    });
    expect(readCertificates(root.pem)[0]?.selfSigned).toBe(true);
  });

  test('reads every certificate of a P7B bundle and of concatenated PEM blocks, in file order', async () => {
    const root = await makeRoot('CN=Bundle Root, O=Bundle, C=KE');
    const intermediate = await makeIssued(root, 'CN=Bundle CA, O=Bundle, C=KE', { ca: true, validDays: 900 });
    const p7b = p7bText([intermediate, root]);
    expect(readCertificates(p7b).map((c) => c.subject)).toEqual([
      'CN=Bundle CA, O=Bundle, C=KE',
      'CN=Bundle Root, O=Bundle, C=KE',
    ]);
    const bare = p7b.replace(/-----[A-Z0-9 ]+-----/g, '');
    expect(readCertificates(bare)).toHaveLength(2);
    expect(readCertificates(`${root.pem}\n${intermediate.pem}`).map((c) => c.commonName)).toEqual([
      'Bundle Root',
      'Bundle CA',
    ]);
  });

  test('turns a DER file into PEM text the API takes', async () => {
    const root = await makeRoot('CN=Der Root, O=Der, C=KE');
    const file = new File([new Uint8Array(root.cert.rawData)], 'root.cer');
    const text = await fileToCertificateText(file);
    expect(text.replace(/\s+/g, '')).toBe(root.pem.replace(/\s+/g, ''));
    const pemFile = new File([root.pem], 'root.pem');
    expect(await fileToCertificateText(pemFile)).toBe(root.pem);
  });

  test('refuses what is not a certificate', () => {
    expect(() => readCertificates('this is not a certificate')).toThrow(CertificateParseError);
    expect(() => readCertificates('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toThrow(
      CertificateParseError,
    );
    expect(() => readCertificates('')).toThrow(CertificateParseError);
  });

  test('flags certificates near or past their end', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(expiryState('2026-05-31T23:59:59Z', now)).toBe('expired');
    expect(expiryState('2026-06-20T00:00:00Z', now)).toBe('expiring');
    expect(expiryState('2026-07-01T00:00:01Z', now)).toBe('valid');
  });
});
