import 'reflect-metadata';
import { randomBytes, X509Certificate } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { testConfig } from '../../config.ts';
import { newId } from '../../lib/ids.ts';
import { mails } from '../../platform/outbox/outbox.table.ts';
import { users } from '../identity/identity.table.ts';
import { partners } from '../partners/partner.table.ts';
import { caCertificates, certificateJobRuns, partnerCertificates, pmsCaKeys } from './certificates.table.ts';
import { runExpiryWatch } from './expiry.job.ts';
import { createOrLoadPmsCa, ensurePmsCa } from './pms-ca.ts';
import { createRoot, days } from './test-fixtures.ts';
import { caRowValues } from './trust-store.service.ts';
import { parseSinglePem } from './x509.ts';

describe('PMS certificate authority bootstrap', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.destroy();
  });

  it('creates one root and one issuing CA once, even with concurrent starts, and reloads them', async () => {
    const masterKey = randomBytes(32);
    const config = testConfig({
      PMS_CA_SUBJECT: 'O=Republic of Testland, C=TL',
      PMS_CA_KEY_ALGORITHM: 'EC-P384',
    });
    const deps = { db: database.db, config, masterKey };
    // Separate calls (not the per-process cache) race as separate instances would.
    const [a, b, c] = await Promise.all([
      createOrLoadPmsCa(deps),
      createOrLoadPmsCa(deps),
      createOrLoadPmsCa(deps),
    ]);
    const rows = await database.db.select().from(pmsCaKeys);
    expect(rows.map((r) => r.name).sort()).toEqual(['issuing', 'root']);
    for (const ca of [b, c]) {
      expect(ca.root.certificate.sha256).toBe(a.root.certificate.sha256);
      expect(ca.issuing.certificate.sha256).toBe(a.issuing.certificate.sha256);
    }
    const root = new X509Certificate(a.root.certificate.pem);
    const issuing = new X509Certificate(a.issuing.certificate.pem);
    expect(root.subject).toBe('CN=PMS Root CA\nO=Republic of Testland\nC=TL');
    expect(issuing.checkIssued(root)).toBe(true);
    expect(issuing.verify(root.publicKey)).toBe(true);
    expect(root.ca && issuing.ca).toBe(true);
    expect(a.issuing.certificate.basicConstraints).toEqual({ ca: true, pathLength: 0 });
    expect(a.issuing.certificate.key).toEqual({ kind: 'ec', curve: 'P-384' });
    for (const row of rows) {
      expect(row.keyAlgorithm).toBe('EC-P384');
      expect(row.privateKeyEncrypted).toMatch(/^v1\./);
      expect(row.privateKeyEncrypted).not.toContain('PRIVATE KEY');
    }
    // The stored keys sign: what the issuing key signs verifies with the issuing certificate.
    const signature = await a.issuing.sign(Buffer.from('hello'));
    expect(signature.length).toBeGreaterThan(60);
    const again = await ensurePmsCa(deps);
    expect(again.root.certificate.sha256).toBe(a.root.certificate.sha256);
    // With another master key the private keys cannot be read.
    await expect(createOrLoadPmsCa({ ...deps, masterKey: randomBytes(32) })).rejects.toThrow();
  });
});

describe('expiry watch', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.destroy();
  });

  async function seedPartner(signedNotAfter: Date) {
    const userId = newId();
    const partnerId = `exp${newId().slice(0, 8)}`;
    await database.db.insert(users).values({
      id: userId,
      username: `u-${partnerId}`,
      email: `u-${partnerId}@example.org`,
      roles: ['AUTH_PARTNER'],
    });
    await database.db.insert(partners).values({
      id: partnerId,
      userId,
      name: 'Expiring Org',
      address: 'a',
      contactNo: '1',
      emailId: `${partnerId}@example.org`,
      partnerTypeCode: 'Auth_Partner',
      langCode: 'fra',
      createdBy: 'test',
    });
    await database.db.insert(partnerCertificates).values({
      id: newId(),
      partnerId,
      partnerDomain: 'AUTH',
      originalPem: 'x',
      signedPem: 'x',
      subject: 'CN=exp,O=Expiring Org',
      issuer: 'CN=ca',
      commonName: 'exp',
      organisation: 'Expiring Org',
      serialNumber: '1',
      thumbprintSha256: 'a',
      thumbprintSha1: 'b',
      notBefore: days(-300),
      notAfter: signedNotAfter,
      signedSerialNumber: '2',
      signedThumbprintSha256: 'c',
      signedNotBefore: days(-300),
      signedNotAfter,
      uploadedBy: 'test',
    });
    return `${partnerId}@example.org`;
  }

  async function seedCa(notAfter: Date) {
    const cert = parseSinglePem((await createRoot({ notAfter })).pem);
    await database.db.insert(caCertificates).values(caRowValues(cert, 'DEVICE', null, 'test'));
    return cert.subject;
  }

  it('warns partners and admins once per certificate, one run per day whatever the number of instances', async () => {
    const config = testConfig({ CERT_EXPIRY_WARNING_DAYS: 30, CA_EXPIRY_WARNING_DAYS: 90 });
    const deps = { db: database.db, config };
    const soon = await seedPartner(days(10));
    const later = await seedPartner(days(200));
    const caSoon = await seedCa(days(60));
    await seedCa(days(400));
    await database.db.insert(users).values([
      { id: newId(), username: 'adm1', email: 'adm1@example.org', roles: ['PARTNER_ADMIN'] },
      { id: newId(), username: 'adm2', email: 'adm2@example.org', roles: ['PARTNER_ADMIN'], locale: 'ara' },
      { id: newId(), username: 'adm3', email: 'off@example.org', roles: ['PARTNER_ADMIN'], enabled: false },
    ]);

    const now = new Date();
    const results = await Promise.all([runExpiryWatch(deps, now), runExpiryWatch(deps, now)]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(results.find((r) => r.ran)).toEqual({ ran: true, partnerWarnings: 1, caWarnings: 1 });

    const toSoon = await database.db.select().from(mails).where(eq(mails.to, soon));
    expect(toSoon).toHaveLength(1);
    expect(toSoon[0]).toMatchObject({ template: 'partner_certificate_expiring', lang: 'fra' });
    expect(toSoon[0]?.text).toContain('expire le');
    expect(await database.db.select().from(mails).where(eq(mails.to, later))).toHaveLength(0);
    const adminMails = await database.db
      .select()
      .from(mails)
      .where(eq(mails.template, 'ca_certificate_expiring'));
    expect(adminMails.map((m) => m.to).sort()).toEqual(['adm1@example.org', 'adm2@example.org']);
    expect(adminMails.every((m) => m.subject.includes(caSoon))).toBe(true);
    expect(adminMails.find((m) => m.to === 'adm2@example.org')?.lang).toBe('ara');

    // The next day: the job runs again but nothing is warned twice.
    const tomorrow = days(1, now);
    expect(await runExpiryWatch(deps, tomorrow)).toEqual({ ran: true, partnerWarnings: 0, caWarnings: 0 });
    expect(await database.db.select().from(mails).where(eq(mails.to, soon))).toHaveLength(1);
    expect(await database.db.select().from(certificateJobRuns)).toHaveLength(2);
  });
});
