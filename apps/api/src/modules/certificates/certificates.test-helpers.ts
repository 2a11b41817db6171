import type { PartnerDomain, Role } from '@pms/contracts';
import { expect } from 'vitest';
import type { SeededUser, TestApp } from '../../../test/app.ts';
import { partners } from '../partners/partner.table.ts';
import { createIssued, createRoot, type Issued } from './test-fixtures.ts';

export const B = '/v1/partnermanager';

let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}${Math.random().toString(36).slice(2, 7)}`;
}

const roleOfType: Record<string, Role> = {
  Auth_Partner: 'AUTH_PARTNER',
  Device_Provider: 'DEVICE_PROVIDER',
  FTM_Provider: 'FTM_PROVIDER',
  Credential_Partner: 'CREDENTIAL_PARTNER',
};

export interface TestPartner {
  user: SeededUser;
  partnerId: string;
  organisation: string;
  email: string;
}

/** A partner user owning one InProgress partner of the given type (inserted directly). */
export async function insertPartner(
  t: TestApp,
  options: { type?: string; organisation?: string; user?: SeededUser } = {},
): Promise<TestPartner> {
  const type = options.type ?? 'Auth_Partner';
  const user = options.user ?? (await t.createUser([roleOfType[type] ?? 'AUTH_PARTNER']));
  const partnerId = uniqueId('cp');
  const organisation = options.organisation ?? `Acme ${partnerId}`;
  const email = `${partnerId}@example.org`;
  await t.db.insert(partners).values({
    id: partnerId,
    userId: user.id,
    name: organisation,
    address: '1 Main Street',
    contactNo: '+254700000000',
    emailId: email,
    partnerTypeCode: type,
    createdBy: user.username,
  });
  return { user, partnerId, organisation, email };
}

/** Uploads CA certificates as `admin`, expecting success. */
export async function uploadCa(
  t: TestApp,
  admin: SeededUser,
  certs: Issued[] | string,
  domain: PartnerDomain,
) {
  const certificateData = typeof certs === 'string' ? certs : certs.map((c) => c.pem).join('');
  const res = await t.call({
    method: 'POST',
    url: `${B}/partners/certificate/ca/upload`,
    as: admin,
    request: { certificateData, partnerDomain: domain },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().response as {
    status: string;
    certificates: { certId?: string; caCertificateType?: string; uploaded: boolean; errorCode?: string }[];
  };
}

/** A root and an intermediate of a domain, both in the trust store. */
export async function trustedHierarchy(t: TestApp, admin: SeededUser, domain: PartnerDomain) {
  const root = await createRoot();
  const intermediate = await createIssued(root);
  const uploaded = await uploadCa(t, admin, [root, intermediate], domain);
  const [rootId, intermediateId] = uploaded.certificates.map((c) => c.certId ?? '');
  return { root, intermediate, rootId: rootId ?? '', intermediateId: intermediateId ?? '' };
}
