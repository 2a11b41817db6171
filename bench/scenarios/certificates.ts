import 'reflect-metadata';
import type { Db } from '../../apps/api/src/db/client.ts';
import { newId } from '../../apps/api/src/lib/ids.ts';
import { caCertificates } from '../../apps/api/src/modules/certificates/certificates.table.ts';
import {
  createIssued,
  createPartnerCert,
  createRoot,
  type Issued,
} from '../../apps/api/src/modules/certificates/test-fixtures.ts';
import { caRowValues } from '../../apps/api/src/modules/certificates/trust-store.service.ts';
import { parseSinglePem } from '../../apps/api/src/modules/certificates/x509.ts';
import { users } from '../../apps/api/src/modules/identity/identity.table.ts';
import { partners } from '../../apps/api/src/modules/partners/partner.table.ts';
import type { BenchScenario } from '../scenario.ts';

/** Trust store size: ROOTS roots per domain-mix, each with INTERMEDIATES_PER_ROOT intermediates. */
export const ROOTS = 100;
export const INTERMEDIATES_PER_ROOT = 9;
const DOMAINS = ['AUTH', 'DEVICE', 'FTM'] as const;

export interface CertificateBenchData {
  /** Every CA, parents before children, with its domain and parent index (-1 for roots). */
  cas: { issued: Issued; domain: (typeof DOMAINS)[number]; parent: number; id: string }[];
  /** A third-level intermediate (root → intermediate → sub-CA) of the AUTH domain. */
  deep: { issued: Issued; id: string };
  /** The partner certificate the upload request sends (issued by `deep`). */
  partnerCert: Issued;
  partnerId: string;
  organisation: string;
}

/**
 * 1,000 CAs: 100 roots spread over the three domains, each with 9 intermediates, plus one three-level
 * chain in AUTH that the partner certificate hangs from. Made with @peculiar/x509 at import time so the
 * requests can carry the partner certificate.
 */
export async function makeCertificateBenchData(): Promise<CertificateBenchData> {
  const cas: CertificateBenchData['cas'] = [];
  for (let r = 0; r < ROOTS; r++) {
    const domain = DOMAINS[r % DOMAINS.length] ?? 'AUTH';
    const root = await createRoot({ name: `CN=Bench Root ${r}, O=Bench Trust ${r % 17}, C=KE` });
    const rootIndex = cas.length;
    cas.push({ issued: root, domain, parent: -1, id: newId() });
    for (let i = 0; i < INTERMEDIATES_PER_ROOT - (r === 0 ? 1 : 0); i++) {
      const inter = await createIssued(root, {
        name: `CN=Bench Issuing ${r}-${i}, O=Bench Trust ${r % 17}, C=KE`,
      });
      cas.push({ issued: inter, domain, parent: rootIndex, id: newId() });
    }
  }
  // Root 0 is AUTH: give it a sub-CA under its first intermediate (the 1,000th CA).
  const firstIntermediate = 1;
  const parent = cas[firstIntermediate];
  if (!parent) throw new Error('no intermediate');
  const deepIssued = await createIssued(parent.issued, {
    name: 'CN=Bench Partner Sub-CA, O=Bench Trust 0, C=KE',
  });
  const deep = { issued: deepIssued, id: newId() };
  cas.push({ issued: deepIssued, domain: 'AUTH', parent: firstIntermediate, id: deep.id });
  const organisation = 'Bench Certified Partner Ltd';
  const partnerCert = await createPartnerCert(deepIssued, organisation);
  return { cas, deep, partnerCert, partnerId: 'bench-cert-partner', organisation };
}

export async function seedCertificateBench(db: Db, data: CertificateBenchData): Promise<void> {
  const rows = data.cas.map((ca) =>
    caRowValues(
      parseSinglePem(ca.issued.pem),
      ca.domain,
      ca.parent < 0 ? null : (data.cas[ca.parent]?.id ?? null),
      'bench',
      new Date(),
      ca.id,
    ),
  );
  for (let i = 0; i < rows.length; i += 200) await db.insert(caCertificates).values(rows.slice(i, i + 200));
  const ownerId = newId();
  await db.insert(users).values({
    id: ownerId,
    username: 'bench-cert-owner',
    email: 'bench-cert-owner@bench.example',
    roles: ['AUTH_PARTNER'],
    emailVerifiedAt: new Date(),
    createdBy: 'bench',
  });
  await db.insert(partners).values({
    id: data.partnerId,
    userId: ownerId,
    name: data.organisation,
    address: '1 Bench Street',
    contactNo: '+254700000001',
    emailId: 'bench-cert-partner@bench.example',
    partnerTypeCode: 'Auth_Partner',
    createdBy: 'bench',
  });
}

const data = await makeCertificateBenchData();

/**
 * Trust store of 1,000 CAs: the admin's CA list (substring filter on the subject, sorted), a chain
 * download, and partner certificate uploads (parse, every rule, chain building through a three-level
 * hierarchy in the database, PMS signing, history row, audit, events) by the admin for one partner.
 */
export const certificatesScenario: BenchScenario = {
  name: 'certificates',
  seed: (db) => seedCertificateBench(db, data),
  requests: [
    {
      title: 'trust store: issuedTo contains, newest first',
      method: 'GET',
      path: '/v1/partnermanager/trust-chain-certificates?issuedTo=issuing%2042&sortFieldName=uploadedDateTime&sortType=desc&pageNo=0&pageSize=8',
    },
    {
      title: 'trust store: AUTH intermediates, by expiry, page 10',
      method: 'GET',
      path: '/v1/partnermanager/trust-chain-certificates?caCertificateType=intermediate&partnerDomain=AUTH&sortFieldName=validTill&sortType=asc&pageNo=10&pageSize=20',
    },
    {
      title: 'trust store: chain download (P7B, 3 CAs)',
      method: 'GET',
      path: `/v1/partnermanager/trust-chain-certificates/${data.deep.id}/certificateFile`,
    },
    {
      title: 'partner certificate upload (validate, chain, sign, store)',
      method: 'POST',
      path: '/v1/partnermanager/partners/certificate/upload',
      request: { partnerId: data.partnerId, certificateData: data.partnerCert.pem, partnerDomain: 'AUTH' },
    },
  ],
};
