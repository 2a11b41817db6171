import 'reflect-metadata';
import { X509Certificate } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { caCertificates } from './certificates.table.ts';
import { B, trustedHierarchy, uploadCa } from './certificates.test-helpers.ts';
import {
  createIssued,
  createRoot,
  days,
  emptyP7b,
  GARBAGE,
  type Issued,
  p7b,
  privateKeyPem,
} from './test-fixtures.ts';
import { caRowValues } from './trust-store.service.ts';
import { parseCertificateBundle, parseSinglePem } from './x509.ts';

const UPLOAD = `${B}/partners/certificate/ca/upload`;
const LIST = `${B}/trust-chain-certificates`;

describe('trust store: CA upload', () => {
  const t = useTestApp();
  let admin: SeededUser;
  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
  });

  const upload = (certificateData: string, partnerDomain = 'AUTH', as: SeededUser = admin) =>
    t.current.call({ method: 'POST', url: UPLOAD, as, request: { certificateData, partnerDomain } });

  it('stores a root, refuses it twice in the same domain and accepts it in another domain', async () => {
    const root = await createRoot();
    const first = await upload(root.pem);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body.response.status).toBe('Upload Success.');
    expect(body.response.certificates).toHaveLength(1);
    expect(body.response.certificates[0]).toMatchObject({ uploaded: true, caCertificateType: 'ROOT' });
    const certId = body.response.certificates[0].certId;
    const [row] = await t.current.db.select().from(caCertificates).where(eq(caCertificates.id, certId));
    expect(row).toMatchObject({
      partnerDomain: 'AUTH',
      caType: 'ROOT',
      isRoot: true,
      status: 'active',
      issuerId: certId,
    });
    expect(row?.thumbprintSha256).toBe(parseSinglePem(root.pem).sha256);
    expect(row?.uploadedBy).toBe(admin.username);
    const audits = await t.current.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, certId), eq(auditEvents.action, 'ca_certificate.upload')));
    expect(audits).toHaveLength(1);

    const again = await upload(root.pem);
    expect(again.statusCode).toBe(409);
    expect(errorCodes(again)).toEqual(['KER-PCM-003']);

    const otherDomain = await upload(root.pem, 'device');
    expect(otherDomain.statusCode, otherDomain.body).toBe(200);
  });

  it('needs the issuer in the same domain for an intermediate (KER-PCM-005)', async () => {
    const root = await createRoot();
    const inter = await createIssued(root);
    await uploadCa(t.current, admin, [root], 'DEVICE');
    const wrongDomain = await upload(inter.pem, 'AUTH');
    expect(wrongDomain.statusCode).toBe(422);
    expect(errorCodes(wrongDomain)).toEqual(['KER-PCM-005']);
    const ok = await upload(inter.pem, 'DEVICE');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().response.certificates[0].caCertificateType).toBe('INTERMEDIATE');
  });

  it('takes a P7B bundle in any order and links each CA to its issuer', async () => {
    const root = await createRoot();
    const inter1 = await createIssued(root);
    const inter2 = await createIssued(inter1);
    for (const bundle of [p7b([inter2, root, inter1], 'base64url')]) {
      const res = await upload(bundle, 'FTM');
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().response.certificates as { certId: string; caCertificateType: string }[];
      expect(res.json().response.status).toBe('Upload Success.');
      expect(items.map((i) => i.caCertificateType)).toEqual(['INTERMEDIATE', 'ROOT', 'INTERMEDIATE']);
      const [i2, r, i1] = items.map((i) => i.certId);
      const rows = await t.current.db
        .select()
        .from(caCertificates)
        .where(eq(caCertificates.partnerDomain, 'FTM'));
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(i2 ?? '')?.issuerId).toBe(i1);
      expect(byId.get(i1 ?? '')?.issuerId).toBe(r);
    }
  });

  it('reports a partial upload with each certificate’s reason, and fails when nothing is stored', async () => {
    const root = await createRoot();
    const expired = await createIssued(root, { notBefore: days(-800), notAfter: days(-3) });
    const orphan = await createIssued(await createRoot());
    const res = await upload(p7b([root, expired, orphan]), 'AUTH');
    expect(res.statusCode, res.body).toBe(200);
    const response = res.json().response;
    expect(response.status).toBe('Partial Upload Success.');
    expect(response.certificates.map((c: { errorCode?: string }) => c.errorCode ?? 'stored')).toEqual([
      'stored',
      'KER-PCM-004',
      'KER-PCM-005',
    ]);
    expect(response.certificates[1].message).toContain('Certificate Dates are not valid');

    const nothing = await upload(p7b([expired, orphan]), 'AUTH');
    expect(nothing.statusCode).toBe(422);
    expect(errorCodes(nothing).sort()).toEqual(['KER-PCM-004', 'KER-PCM-005']);
    expect(
      nothing
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['certificateData[0]', 'certificateData[1]']);
  });

  it('refuses every bad input with its code', async () => {
    const root = await createRoot();
    const cases: [string, string, number, string][] = [
      [GARBAGE, 'AUTH', 400, 'KER-KMS-013'],
      ['', 'AUTH', 400, 'KER-PCM-001'],
      ['   ', 'AUTH', 400, 'KER-PCM-001'],
      [emptyP7b(), 'AUTH', 400, 'KER-PCM-001'],
      [root.pem, 'TRUST_CA', 400, 'KER-PCM-011'],
      [(await createRoot({ notBefore: days(-900), notAfter: days(-1) })).pem, 'AUTH', 422, 'KER-PCM-004'],
      [(await createRoot({ notBefore: days(3) })).pem, 'AUTH', 422, 'KER-PMS-020'],
      [(await createRoot({ notAfter: days(300) })).pem, 'AUTH', 422, 'KER-PCM-017'],
      [(await createRoot({ ca: false })).pem, 'AUTH', 422, 'PMS_CA_001'],
      [(await createIssued(root, { ca: false })).pem, 'AUTH', 422, 'PMS_CA_001'],
      [(await createRoot({ keyUsage: 1 })).pem, 'AUTH', 422, 'PMS_CA_002'],
      [(await createRoot({ key: 'RSA-1024' })).pem, 'AUTH', 422, 'PMS_CA_003'],
      [(await createRoot({ hash: 'SHA-1' })).pem, 'AUTH', 422, 'PMS_CA_004'],
    ];
    for (const [data, domain, status, code] of cases) {
      const res = await upload(data, domain);
      expect(res.statusCode, `${code}: ${res.body}`).toBe(status);
      expect(errorCodes(res)).toEqual([code]);
    }
  });

  it('refuses a private key without echoing it', async () => {
    const root = await createRoot();
    const key = await privateKeyPem(root);
    const res = await upload(key);
    expect(res.statusCode).toBe(400);
    expect(errorCodes(res)).toEqual(['KER-KMS-013']);
    expect(res.body).toContain('private key');
    expect(res.body).not.toContain(key.split('\n')[1] ?? 'x');
  });

  it('refuses a 5 MB upload before reading it', async () => {
    const big = 'A'.repeat(5 * 1024 * 1024);
    const res = await upload(big);
    expect(res.statusCode).toBe(413);
    expect(errorCodes(res)).toEqual(['PMS_COR_413']);
  });

  it('answers 401 without a token and 403 for non-admin roles', async () => {
    const root = await createRoot();
    const none = await t.current.call({
      method: 'POST',
      url: UPLOAD,
      request: { certificateData: root.pem, partnerDomain: 'AUTH' },
    });
    expect(none.statusCode).toBe(401);
    expect(errorCodes(none)).toEqual(['KER-ATH-401']);
    for (const role of ['AUTH_PARTNER', 'POLICYMANAGER', 'DEVICE_PROVIDER', 'ID_AUTHENTICATION'] as const) {
      const user = await t.current.createUser([role]);
      const res = await upload(root.pem, 'AUTH', user);
      expect(res.statusCode).toBe(403);
      expect(errorCodes(res)).toEqual(['KER-ATH-403']);
    }
  });
});

describe('trust store: list, download, revoke', () => {
  const t = useTestApp();
  let admin: SeededUser;
  let auth: Awaited<ReturnType<typeof trustedHierarchy>>;
  let device: Awaited<ReturnType<typeof trustedHierarchy>>;
  let expiredId: string;

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    auth = await trustedHierarchy(t.current, admin, 'AUTH');
    device = await trustedHierarchy(t.current, admin, 'DEVICE');
    // An expired CA cannot be uploaded; it is one that was stored while it was valid.
    const old = parseSinglePem(
      (await createRoot({ name: 'CN=Old Expired Root, O=Old', notBefore: days(-900), notAfter: days(-5) }))
        .pem,
    );
    expiredId = newId();
    await t.current.db
      .insert(caCertificates)
      .values(caRowValues(old, 'AUTH', null, 'seed', days(-800), expiredId));
  });

  const list = (query: string, as: SeededUser | null = admin) =>
    t.current.call({ method: 'GET', url: `${LIST}${query}`, ...(as ? { as } : {}) });

  it('lists in the v2 envelope with MOSIP fields, paged in SQL', async () => {
    const res = await list('?pageNo=0&pageSize=2&sortFieldName=uploadedDateTime&sortType=desc');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.id).toBe('mosip.pms.trust.certificates.get');
    expect(body.responseTime).toBeTypeOf('string');
    expect(body.response).toMatchObject({ pageNo: 0, pageSize: 2, totalResults: 5 });
    expect(body.response.data).toHaveLength(2);
    const item = body.response.data[0];
    expect(Object.keys(item)).toEqual(
      expect.arrayContaining([
        'caCertificateType',
        'certId',
        'partnerDomain',
        'issuedTo',
        'issuedBy',
        'certThumbprint',
        'validFromDate',
        'validTillDate',
        'uploadTime',
        'status',
      ]),
    );
    const page3 = await list('?pageNo=2&pageSize=2&sortFieldName=uploadedDateTime&sortType=desc');
    expect(page3.json().response.data).toHaveLength(1);
  });

  it('filters by type (any case), domain, id, issued to/by and status', async () => {
    const ids = async (query: string) => {
      const res = await list(query);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().response.data as { certId: string }[]).map((d) => d.certId).sort();
    };
    expect(await ids('?caCertificateType=root&partnerDomain=AUTH')).toEqual([auth.rootId, expiredId].sort());
    expect(await ids('?caCertificateType=INTERMEDIATE')).toEqual(
      [auth.intermediateId, device.intermediateId].sort(),
    );
    expect(await ids(`?certificateId=${device.rootId.slice(0, 8).toUpperCase()}`)).toEqual([device.rootId]);
    const rootSubject = parseSinglePem(auth.root.pem).commonName ?? '';
    expect(await ids(`?issuedTo=${encodeURIComponent(rootSubject.toLowerCase())}`)).toEqual([auth.rootId]);
    expect(await ids(`?issuedBy=${encodeURIComponent(rootSubject)}`)).toEqual(
      [auth.intermediateId, auth.rootId].sort(),
    );
    expect(await ids('?status=expired')).toEqual([expiredId]);
    expect(await ids('?issuedTo=%25')).toEqual([]);
    const expired = (await list('?status=expired')).json().response.data[0];
    expect(expired).toMatchObject({ status: false, certificateStatus: 'expired' });
  });

  it('sorts by every alias and refuses unknown ones', async () => {
    const asc = await list('?pageNo=0&pageSize=10&sortFieldName=issuedTo&sortType=asc');
    const subjects = (asc.json().response.data as { issuedTo: string }[]).map((d) => d.issuedTo);
    expect(subjects).toEqual([...subjects].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const field of [
      'caCertificateType',
      'certificateId',
      'partnerDomain',
      'issuedBy',
      'validFrom',
      'validTill',
    ]) {
      const res = await list(`?pageNo=0&pageSize=10&sortFieldName=${field}&sortType=DESC`);
      expect(res.statusCode, field).toBe(200);
    }
    const validTill = (await list('?pageNo=0&pageSize=10&sortFieldName=validTill&sortType=asc')).json()
      .response.data;
    expect(validTill[0].certId).toBe(expiredId);
    const bad = await list('?pageNo=0&pageSize=10&sortFieldName=pem&sortType=asc');
    expect(errorCodes(bad)).toEqual(['PMS_PRT_357']);
    expect(errorCodes(await list('?caCertificateType=LEAF'))).toEqual(['KER-PCM-018']);
    expect(errorCodes(await list('?partnerDomain=MISP'))).toEqual(['KER-PCM-011']);
  });

  it('downloads a CA with its chain as PKCS#7', async () => {
    const res = await t.current.call({
      method: 'GET',
      url: `${LIST}/${auth.intermediateId}/certificateFile`,
      as: admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { p7bFile } = res.json().response;
    expect(p7bFile).toMatch(/^-----BEGIN PKCS7-----\n/);
    const certs = parseCertificateBundle(p7bFile);
    expect(certs.map((c) => c.sha256)).toEqual(
      [auth.intermediate, auth.root].map((c) => parseSinglePem(c.pem).sha256),
    );
    const root = await t.current.call({
      method: 'GET',
      url: `${LIST}/${auth.rootId}/certificateFile`,
      as: admin,
    });
    expect(parseCertificateBundle(root.json().response.p7bFile)).toHaveLength(1);

    const detail = await t.current.call({ method: 'GET', url: `${LIST}/${auth.rootId}`, as: admin });
    expect(new X509Certificate(detail.json().response.certificateData).fingerprint256).toBe(
      new X509Certificate(auth.root.pem).fingerprint256,
    );

    for (const id of [newId(), 'not-a-uuid']) {
      const missing = await t.current.call({
        method: 'GET',
        url: `${LIST}/${id}/certificateFile`,
        as: admin,
      });
      expect(missing.statusCode).toBe(404);
      expect(errorCodes(missing)).toEqual(['KER-PMS-019']);
    }
  });

  it('revokes a CA with an audit event: it leaves chain building at once', async () => {
    const hierarchy = await trustedHierarchy(t.current, admin, 'FTM');
    const child: Issued = await createIssued(hierarchy.intermediate);
    const revoke = await t.current.call({
      method: 'PATCH',
      url: `${LIST}/${hierarchy.intermediateId}/revoke`,
      as: admin,
      request: { reason: 'key compromise' },
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json().response).toMatchObject({
      certificateStatus: 'revoked',
      status: false,
      revocationReason: 'key compromise',
    });
    const audits = await t.current.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, hierarchy.intermediateId),
          eq(auditEvents.action, 'ca_certificate.revoke'),
        ),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.reason).toBe('key compromise');

    const under = await t.current.call({
      method: 'POST',
      url: UPLOAD,
      as: admin,
      request: { certificateData: child.pem, partnerDomain: 'FTM' },
    });
    expect(errorCodes(under)).toEqual(['KER-PCM-005']);

    const twice = await t.current.call({
      method: 'PATCH',
      url: `${LIST}/${hierarchy.intermediateId}/revoke`,
      as: admin,
      request: { reason: 'again' },
    });
    expect(twice.statusCode).toBe(409);
    expect(errorCodes(twice)).toEqual(['PMS_CA_005']);
    const revokedList = await list('?status=revoked');
    expect(revokedList.json().response.data.map((d: { certId: string }) => d.certId)).toEqual([
      hierarchy.intermediateId,
    ]);

    const blank = await t.current.call({
      method: 'PATCH',
      url: `${LIST}/${hierarchy.rootId}/revoke`,
      as: admin,
      request: { reason: ' ' },
    });
    expect(blank.statusCode).toBe(400);
  });

  it('revokes the CAs below a revoked CA with it', async () => {
    const root = await createRoot();
    const inter = await createIssued(root);
    const sub = await createIssued(inter);
    const uploaded = await uploadCa(t.current, admin, [root, inter, sub], 'DEVICE');
    const [rootId, interId, subId] = uploaded.certificates.map((c) => c.certId ?? '');
    const res = await t.current.call({
      method: 'PATCH',
      url: `${LIST}/${interId}/revoke`,
      as: admin,
      request: { reason: 'retired' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.current.db
      .select()
      .from(caCertificates)
      .where(eq(caCertificates.partnerDomain, 'DEVICE'));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(rootId ?? '')?.status).toBe('active');
    expect(byId.get(interId ?? '')?.status).toBe('revoked');
    expect(byId.get(subId ?? '')).toMatchObject({
      status: 'revoked',
      revocationReason: 'issuer revoked: retired',
    });
    const audits = await t.current.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, subId ?? ''), eq(auditEvents.action, 'ca_certificate.revoke')));
    expect(audits).toHaveLength(1);
  });

  it('is for partner admins only', async () => {
    const none = await list('', null);
    expect(none.statusCode).toBe(401);
    for (const role of ['AUTH_PARTNER', 'POLICYMANAGER'] as const) {
      const user = await t.current.createUser([role]);
      expect((await list('', user)).statusCode).toBe(403);
      expect(
        (await t.current.call({ method: 'GET', url: `${LIST}/${auth.rootId}/certificateFile`, as: user }))
          .statusCode,
      ).toBe(403);
      const revoke = await t.current.call({
        method: 'PATCH',
        url: `${LIST}/${auth.rootId}/revoke`,
        as: user,
        request: { reason: 'x' },
      });
      expect(revoke.statusCode).toBe(403);
    }
  });
});
