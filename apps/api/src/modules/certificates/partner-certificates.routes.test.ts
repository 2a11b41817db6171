import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { outboxMessages } from '../../platform/outbox/outbox.table.ts';
import { partners } from '../partners/partner.table.ts';
import { partnerCertificates, pmsCaKeys } from './certificates.table.ts';
import {
  B,
  insertPartner,
  type TestPartner,
  trustedHierarchy,
  uploadCa,
} from './certificates.test-helpers.ts';
import {
  createIssued,
  createPartnerCert,
  createRoot,
  createSelfSignedPartner,
  days,
  GARBAGE,
  type Issued,
  privateKeyPem,
} from './test-fixtures.ts';
import { parseCertificateBundle, parseSinglePem } from './x509.ts';

const UPLOAD = `${B}/partners/certificate/upload`;

describe('partner certificates', () => {
  const t = useTestApp({ WEBSUB_HUB_URL: 'http://hub.invalid/hub', PUBLIC_URL: 'https://pms.example.org' });
  let admin: SeededUser;
  let auth: Awaited<ReturnType<typeof trustedHierarchy>>;
  let device: Awaited<ReturnType<typeof trustedHierarchy>>;
  let dir: string;

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    auth = await trustedHierarchy(t.current, admin, 'AUTH');
    device = await trustedHierarchy(t.current, admin, 'DEVICE');
    dir = mkdtempSync(join(tmpdir(), 'pms-partner-cert-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const upload = (as: SeededUser, partnerId: string, certificateData: string, partnerDomain = 'AUTH') =>
    t.current.call({
      method: 'POST',
      url: UPLOAD,
      as,
      request: { partnerId, certificateData, partnerDomain },
    });

  async function pmsCaPems() {
    const rows = await t.current.db.select().from(pmsCaKeys);
    const pem = (name: string) => rows.find((r) => r.name === name)?.certificatePem ?? '';
    return { root: pem('root'), issuing: pem('issuing'), rows };
  }

  async function accepted(partner: TestPartner, cert?: Issued) {
    const issued = cert ?? (await createPartnerCert(auth.intermediate, partner.organisation));
    const res = await upload(partner.user, partner.partnerId, issued.pem);
    expect(res.statusCode, res.body).toBe(200);
    return {
      issued,
      response: res.json().response as { certificateId: string; signedCertificateData: string },
    };
  }

  it('accepts a valid certificate, issues a PMS end-entity certificate and activates the partner', async () => {
    const partner = await insertPartner(t.current);
    const { issued, response } = await accepted(partner);

    const signed = new X509Certificate(response.signedCertificateData);
    const { root, issuing, rows } = await pmsCaPems();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.privateKeyEncrypted).not.toContain('PRIVATE KEY');
    expect(signed.verify(new X509Certificate(issuing).publicKey)).toBe(true);
    expect(signed.ca).toBe(false);
    expect(signed.subject).toBe(new X509Certificate(issued.pem).subject);
    expect(signed.publicKey.export({ type: 'spki', format: 'der' })).toEqual(
      new X509Certificate(issued.pem).publicKey.export({ type: 'spki', format: 'der' }),
    );
    writeFileSync(join(dir, 'root.pem'), root);
    writeFileSync(join(dir, 'issuing.pem'), issuing);
    writeFileSync(join(dir, 'signed.pem'), response.signedCertificateData);
    const out = execFileSync(
      'openssl',
      [
        'verify',
        '-CAfile',
        join(dir, 'root.pem'),
        '-untrusted',
        join(dir, 'issuing.pem'),
        join(dir, 'signed.pem'),
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain(': OK');

    const [p] = await t.current.db.select().from(partners).where(eq(partners.id, partner.partnerId));
    expect(p).toMatchObject({
      approvalStatus: 'approved',
      isActive: true,
      certificateAlias: response.certificateId,
    });
    const [row] = await t.current.db
      .select()
      .from(partnerCertificates)
      .where(eq(partnerCertificates.id, response.certificateId));
    expect(row).toMatchObject({
      partnerId: partner.partnerId,
      partnerDomain: 'AUTH',
      isCurrent: true,
      caCertificateId: auth.intermediateId,
    });
    expect(row?.originalPem).toBe(parseSinglePem(issued.pem).pem);

    const events = await t.current.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.channel, 'websub'), eq(outboxMessages.entityId, partner.partnerId)));
    const updated = events
      .filter((e) => e.topic === 'PARTNER_UPDATED')
      .map((e) => e.payload as { event: { data: { partnerData: Record<string, unknown> } } });
    // Exactly one PARTNER_UPDATED per upload, carrying the PMS-signed certificate.
    expect(updated).toHaveLength(1);
    expect(updated[0]?.event.data.partnerData.certificateData).toBe(response.signedCertificateData);
    expect(updated.at(-1)?.event.data.partnerData).toMatchObject({
      partnerId: partner.partnerId,
      partnerStatus: 'ACTIVE',
    });
    const [caEvent] = await t.current.db
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.topic, 'CA_CERTIFICATE_UPLOADED'),
          eq(outboxMessages.entityId, response.certificateId),
        ),
      );
    expect(caEvent).toBeDefined();
    const data = (
      caEvent?.payload as { event: { data: { certChainDatashareUrl: string; partnerDomain: string } } }
    )?.event.data;
    expect(data).toEqual({
      certChainDatashareUrl: `https://pms.example.org/v1/partnermanager/partners/certificate/${response.certificateId}/chain`,
      partnerDomain: 'AUTH',
    });
    const audits = await t.current.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, response.certificateId),
          eq(auditEvents.action, 'partner_certificate.upload'),
        ),
      );
    expect(audits).toHaveLength(1);

    // The chain URL of the event serves the issued certificate with the PMS CA chain.
    const chain = await t.current.call({
      method: 'GET',
      url: new URL(data.certChainDatashareUrl).pathname,
      as: partner.user,
    });
    expect(chain.statusCode, chain.body).toBe(200);
    const certs = parseCertificateBundle(chain.json().response.p7bFile);
    expect(certs.map((c) => c.pem)).toEqual([
      parseSinglePem(response.signedCertificateData).pem,
      parseSinglePem(issuing).pem,
      parseSinglePem(root).pem,
    ]);
    const ida = await t.current.createUser(['ID_AUTHENTICATION']);
    expect(
      (await t.current.call({ method: 'GET', url: new URL(data.certChainDatashareUrl).pathname, as: ida }))
        .statusCode,
    ).toBe(200);
  });

  it('renews on re-upload and keeps the history', async () => {
    const partner = await insertPartner(t.current);
    const first = await accepted(partner);
    const second = await accepted(partner);
    expect(second.response.certificateId).not.toBe(first.response.certificateId);
    const rows = await t.current.db
      .select()
      .from(partnerCertificates)
      .where(eq(partnerCertificates.partnerId, partner.partnerId));
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.isCurrent).map((r) => r.id)).toEqual([second.response.certificateId]);
    expect(rows.find((r) => !r.isCurrent)?.supersededAt).toBeInstanceOf(Date);
    const current = await t.current.call({
      method: 'GET',
      url: `${B}/partners/${partner.partnerId}/certificate`,
      as: partner.user,
    });
    expect(current.json().response.certificateData).toBe(second.response.signedCertificateData);
    const [p] = await t.current.db.select().from(partners).where(eq(partners.id, partner.partnerId));
    expect(p?.certificateAlias).toBe(second.response.certificateId);
    const renewals = await t.current.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, second.response.certificateId),
          eq(auditEvents.action, 'partner_certificate.renew'),
        ),
      );
    expect(renewals).toHaveLength(1);
  });

  it('keeps exactly one current certificate when two uploads race', async () => {
    const partner = await insertPartner(t.current);
    const [a, b] = await Promise.all([
      createPartnerCert(auth.intermediate, partner.organisation),
      createPartnerCert(auth.intermediate, partner.organisation),
    ]);
    const results = await Promise.all(
      [a, b].map((c) => upload(partner.user, partner.partnerId, c?.pem ?? '')),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const rows = await t.current.db
      .select()
      .from(partnerCertificates)
      .where(eq(partnerCertificates.partnerId, partner.partnerId));
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.isCurrent)).toHaveLength(1);
  });

  it('answers every failing rule with its code, in MOSIP’s order', async () => {
    const partner = await insertPartner(t.current, { organisation: 'Kilimo Data Ltd' });
    const org = partner.organisation;
    const otherRoot = await createRoot();
    const noCa = await createIssued(auth.intermediate, { ca: false });
    // Missing intermediate: its root is trusted, the intermediate itself was never uploaded.
    const lonelyRoot = await createRoot();
    await uploadCa(t.current, admin, [lonelyRoot], 'AUTH');
    const notUploaded = await createIssued(lonelyRoot);
    const key = await privateKeyPem(await createPartnerCert(auth.intermediate, org));
    const cases: [string, string, number, string][] = [
      [GARBAGE, 'AUTH', 400, 'KER-KMS-013'],
      ['', 'AUTH', 400, 'KER-PCM-001'],
      [key, 'AUTH', 400, 'KER-KMS-013'],
      ['x', 'NOPE', 400, 'KER-KMS-013'], // parsing comes before the domain (MOSIP rule order)
      [(await createPartnerCert(auth.intermediate, org)).pem, 'NOPE', 400, 'KER-PCM-011'],
      [(await createPartnerCert(auth.intermediate, org)).pem, 'DEVICE', 422, 'PMS_CERT_001'],
      [
        (await createPartnerCert(auth.intermediate, org, { notBefore: days(-800), notAfter: days(-1) })).pem,
        'AUTH',
        422,
        'KER-PCM-004',
      ],
      [
        (await createPartnerCert(auth.intermediate, org, { notBefore: days(2) })).pem,
        'AUTH',
        422,
        'KER-PMS-020',
      ],
      [
        (await createPartnerCert(auth.intermediate, org, { notAfter: days(90) })).pem,
        'AUTH',
        422,
        'KER-KMS-021',
      ],
      [(await createSelfSignedPartner(org)).pem, 'AUTH', 422, 'KER-PCM-015'],
      [(await createPartnerCert(device.intermediate, org)).pem, 'AUTH', 422, 'KER-PCM-006'],
      [(await createPartnerCert(await createIssued(otherRoot), org)).pem, 'AUTH', 422, 'KER-PCM-006'],
      [(await createPartnerCert(noCa, org)).pem, 'AUTH', 422, 'KER-PCM-006'],
      [(await createPartnerCert(notUploaded, org)).pem, 'AUTH', 422, 'KER-PCM-006'],
      [(await createPartnerCert(auth.intermediate, 'kilimo data ltd')).pem, 'AUTH', 422, 'KER-PCM-008'],
      [(await createPartnerCert(auth.intermediate, 'Kilimo  Data Ltd')).pem, 'AUTH', 422, 'KER-PCM-008'],
      [(await createPartnerCert(auth.intermediate, ' Kilimo Data Ltd')).pem, 'AUTH', 422, 'KER-PCM-008'],
      [
        (await createPartnerCert(auth.intermediate, org, { key: 'RSA-1024' })).pem,
        'AUTH',
        422,
        'KER-PCM-013',
      ],
      [(await createPartnerCert(auth.intermediate, org, { hash: 'SHA-1' })).pem, 'AUTH', 422, 'KER-PCM-014'],
    ];
    for (const [data, domain, status, code] of cases) {
      const res = await upload(partner.user, partner.partnerId, data, domain);
      expect(res.statusCode, `${code}: ${res.body}`).toBe(status);
      expect(errorCodes(res)).toEqual([code]);
    }
    // Nothing was stored, the partner is still waiting for its certificate.
    expect(
      await t.current.db
        .select()
        .from(partnerCertificates)
        .where(eq(partnerCertificates.partnerId, partner.partnerId)),
    ).toEqual([]);
    const [p] = await t.current.db.select().from(partners).where(eq(partners.id, partner.partnerId));
    expect(p).toMatchObject({ approvalStatus: 'InProgress', isActive: false });
  });

  it('builds chains only through active CAs: a revoked intermediate breaks them at once', async () => {
    const hierarchy = await trustedHierarchy(t.current, admin, 'AUTH');
    const partner = await insertPartner(t.current);
    const cert = await createPartnerCert(hierarchy.intermediate, partner.organisation);
    const revoke = await t.current.call({
      method: 'PATCH',
      url: `${B}/trust-chain-certificates/${hierarchy.intermediateId}/revoke`,
      as: admin,
      request: { reason: 'compromised' },
    });
    expect(revoke.statusCode).toBe(200);
    const res = await upload(partner.user, partner.partnerId, cert.pem);
    expect(errorCodes(res)).toEqual(['KER-PCM-006']);
  });

  it('derives the domain from the partner type (device providers use DEVICE)', async () => {
    const partner = await insertPartner(t.current, { type: 'Device_Provider' });
    const cert = await createPartnerCert(device.intermediate, partner.organisation);
    expect(errorCodes(await upload(partner.user, partner.partnerId, cert.pem, 'AUTH'))).toEqual([
      'PMS_CERT_001',
    ]);
    const ok = await upload(partner.user, partner.partnerId, cert.pem, 'device');
    expect(ok.statusCode, ok.body).toBe(200);
    const signed = parseSinglePem(ok.json().response.signedCertificateData);
    expect(signed.keyUsage).toBe(1); // digitalSignature only
  });

  it('keeps partners apart: another partner, unknown id → 404; admins may upload for anyone', async () => {
    const owner = await insertPartner(t.current);
    const other = await insertPartner(t.current);
    const cert = await createPartnerCert(auth.intermediate, owner.organisation);
    for (const partnerId of [owner.partnerId, 'nobody-here']) {
      const res = await upload(other.user, partnerId, cert.pem);
      expect(res.statusCode).toBe(404);
      expect(errorCodes(res)).toEqual(['PMS_PRT_005']);
    }
    const byAdmin = await upload(admin, owner.partnerId, cert.pem);
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
  });

  it('refuses uploads for a deactivated partner (PMS_PMP_016)', async () => {
    const partner = await insertPartner(t.current);
    await accepted(partner);
    await t.current.db.update(partners).set({ isActive: false }).where(eq(partners.id, partner.partnerId));
    const cert = await createPartnerCert(auth.intermediate, partner.organisation);
    const res = await upload(partner.user, partner.partnerId, cert.pem);
    expect(res.statusCode).toBe(409);
    expect(errorCodes(res)).toEqual(['PMS_PMP_016']);
    const data = await t.current.call({
      method: 'GET',
      url: `${B}/partners/${partner.partnerId}/certificate-data`,
      as: partner.user,
    });
    expect(data.statusCode).toBe(409);
    expect(errorCodes(data)).toEqual(['PMS_CERTIFICATE_ERROR_009']);
  });

  it('answers 401 without a token, 403 for roles that may not upload, and validates the body', async () => {
    const partner = await insertPartner(t.current);
    const cert = await createPartnerCert(auth.intermediate, partner.organisation);
    const none = await t.current.call({
      method: 'POST',
      url: UPLOAD,
      request: { partnerId: partner.partnerId, certificateData: cert.pem, partnerDomain: 'AUTH' },
    });
    expect(none.statusCode).toBe(401);
    for (const role of ['POLICYMANAGER', 'RESIDENT'] as const) {
      const res = await upload(await t.current.createUser([role]), partner.partnerId, cert.pem);
      expect(res.statusCode).toBe(403);
    }
    const extra = await t.current.call({
      method: 'POST',
      url: UPLOAD,
      as: partner.user,
      request: {
        partnerId: partner.partnerId,
        certificateData: cert.pem,
        partnerDomain: 'AUTH',
        organizationName: 'x',
      },
    });
    expect(extra.statusCode).toBe(400);
    expect(errorCodes(extra)).toEqual(['PMS_COR_001']);
    const big = await upload(partner.user, partner.partnerId, 'A'.repeat(5 * 1024 * 1024));
    expect(big.statusCode).toBe(413);
  });

  describe('reads', () => {
    let owner: TestPartner;
    let stranger: TestPartner;
    let waiting: TestPartner;
    let signedPem: string;
    let originalPem: string;
    let certificateId: string;
    beforeAll(async () => {
      owner = await insertPartner(t.current);
      stranger = await insertPartner(t.current);
      waiting = await insertPartner(t.current, { user: owner.user });
      const result = await accepted(owner);
      signedPem = result.response.signedCertificateData;
      originalPem = parseSinglePem(result.issued.pem).pem;
      certificateId = result.response.certificateId;
    });

    it('GET /partners/{id}/certificate: owner, admin and MOSIP systems; others 404', async () => {
      const url = `${B}/partners/${owner.partnerId}/certificate`;
      for (const as of [
        owner.user,
        admin,
        await t.current.createUser(['ID_AUTHENTICATION']),
        await t.current.createUser(['CREATE_SHARE']),
      ]) {
        const res = await t.current.call({ method: 'GET', url, as });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().response.certificateData).toBe(signedPem);
      }
      const cross = await t.current.call({ method: 'GET', url, as: stranger.user });
      expect(cross.statusCode).toBe(404);
      expect(errorCodes(cross)).toEqual(['PMS_PRT_005']);
      const none = await t.current.call({
        method: 'GET',
        url: `${B}/partners/${waiting.partnerId}/certificate`,
        as: owner.user,
      });
      expect(none.statusCode).toBe(404);
      expect(errorCodes(none)).toEqual(['KER-PCM-012']);
      expect((await t.current.call({ method: 'GET', url })).statusCode).toBe(401);
      expect(
        (await t.current.call({ method: 'GET', url, as: await t.current.createUser(['POLICYMANAGER']) }))
          .statusCode,
      ).toBe(403);
    });

    it('GET /partners/{id}/certificate-data: both certificates with expiry flags, owner or admin only', async () => {
      const url = `${B}/partners/${owner.partnerId}/certificate-data`;
      for (const as of [owner.user, admin]) {
        const res = await t.current.call({ method: 'GET', url, as });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().id).toBe('mosip.pms.original.partner.certificate.get');
        expect(res.json().response).toEqual({
          caSignedCertificateData: originalPem,
          isCaSignedCertificateExpired: false,
          mosipSignedCertificateData: signedPem,
          isMosipSignedCertificateExpired: false,
        });
      }
      for (const as of [stranger.user, await t.current.createUser(['ID_AUTHENTICATION'])]) {
        const res = await t.current.call({ method: 'GET', url, as });
        expect(res.statusCode).toBe(404);
      }
      // An expired certificate comes back empty with its flag.
      await t.current.db
        .update(partnerCertificates)
        .set({ notAfter: days(-1) })
        .where(eq(partnerCertificates.id, certificateId));
      const expired = (await t.current.call({ method: 'GET', url, as: owner.user })).json().response;
      expect(expired).toMatchObject({
        caSignedCertificateData: '',
        isCaSignedCertificateExpired: true,
        isMosipSignedCertificateExpired: false,
      });
    });

    it("GET /partners/partner-certificates-details: the caller's partners only", async () => {
      const res = await t.current.call({
        method: 'GET',
        url: `${B}/partners/partner-certificates-details`,
        as: owner.user,
      });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().response as Record<string, unknown>[];
      expect(items.map((i) => i.partnerId).sort()).toEqual([owner.partnerId, waiting.partnerId].sort());
      const withCert = items.find((i) => i.partnerId === owner.partnerId);
      expect(withCert).toMatchObject({
        partnerType: 'Auth_Partner',
        isCertificateAvailable: true,
        certificateIssuedTo: 'partner.example.org',
        isPartnerActive: true,
      });
      expect(new Date(String(withCert?.certificateExpiryDateTime)).getTime()).toBe(
        new Date(new X509Certificate(signedPem).validTo).getTime(),
      );
      expect(items.find((i) => i.partnerId === waiting.partnerId)).toMatchObject({
        isCertificateAvailable: false,
        certificateIssuedTo: null,
        isPartnerActive: true,
      });
      const strangers = await t.current.call({
        method: 'GET',
        url: `${B}/partners/partner-certificates-details`,
        as: stranger.user,
      });
      expect((strangers.json().response as { partnerId: string }[]).map((i) => i.partnerId)).toEqual([
        stranger.partnerId,
      ]);
      const service = await t.current.call({
        method: 'GET',
        url: `${B}/partners/partner-certificates-details`,
        as: await t.current.createUser(['ID_AUTHENTICATION']),
      });
      expect(service.statusCode).toBe(403);
    });

    it('GET /partners/certificate/{id}/chain: hidden from other partners', async () => {
      const url = `${B}/partners/certificate/${certificateId}/chain`;
      const cross = await t.current.call({ method: 'GET', url, as: stranger.user });
      expect(cross.statusCode).toBe(404);
      expect(errorCodes(cross)).toEqual(['KER-PCM-012']);
      const unknown = await t.current.call({
        method: 'GET',
        url: `${B}/partners/certificate/nope/chain`,
        as: admin,
      });
      expect(errorCodes(unknown)).toEqual(['KER-PCM-012']);
    });
  });
});
