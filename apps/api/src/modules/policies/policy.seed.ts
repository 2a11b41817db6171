import type { PolicyDocument, PolicyType } from '@pms/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { credentialPolicy, sampleAuthPolicy, sampleDataSharePolicy } from './policy.samples.ts';
import { policies, policyGroups } from './policy.table.ts';

const SEED_ACTOR = 'system';

/** MOSIP's default policy groups (dml `policy_group`; MOSIP uses the name as id). */
export const DEFAULT_POLICY_GROUPS = [
  { name: 'mpolicygroup-default-auth', description: 'Default policy group of the authentication partners' },
  { name: 'mpolicygroup-default-abis', description: 'Default policy group of the ABIS partners' },
  { name: 'mpolicygroup-default-print', description: 'Default policy group of the print partners' },
  { name: 'mpolicygroup-default-mockdevice', description: 'Default policy group of the mock devices' },
  { name: 'mpolicygroup-default-resident', description: 'Default policy group of the resident service' },
  { name: 'mpolicygroup-default-adjudication', description: 'Default policy group of manual adjudication' },
  { name: 'mpolicygroup-default-cert', description: 'Default policy group of internal certificate sharing' },
  {
    name: 'mpolicygroup-default-digitalcard',
    description: 'Default policy group of the digital card service',
  },
  { name: 'mpolicygroup-default-mobile', description: 'Default policy group of the mobile wallet' },
] as const;

type GroupName = (typeof DEFAULT_POLICY_GROUPS)[number]['name'];

interface DefaultPolicy {
  name: string;
  group: GroupName;
  type: PolicyType;
  description: string;
  document: () => PolicyDocument;
}

const demographics = (names: string[]) => names.map((name) => ({ name }));
const photo = {
  name: 'face',
  source: 'biometrics',
  group: 'CBEFF',
  format: 'extraction',
  filter: [{ type: 'Face' }],
};
const cardAttributes = [
  ...demographics(['fullName', 'dateOfBirth', 'gender', 'addressLine1', 'city', 'postalCode', 'UIN']),
  photo,
];

/** MOSIP's default policies (dml `auth_policy`), all published; MOSIP's internal partners depend on them. */
export const DEFAULT_POLICIES: readonly DefaultPolicy[] = [
  {
    name: 'mpolicy-default-auth',
    group: 'mpolicygroup-default-auth',
    type: 'Auth',
    description: 'Default authentication and eKYC policy',
    document: sampleAuthPolicy,
  },
  {
    name: 'mpolicy-default-abis',
    group: 'mpolicygroup-default-abis',
    type: 'DataShare',
    description: 'Biometrics shared with the ABIS for deduplication',
    document: sampleDataSharePolicy,
  },
  {
    name: 'mpolicy-default-qrcode',
    group: 'mpolicygroup-default-print',
    type: 'DataShare',
    description: 'QR code credential',
    document: () => credentialPolicy(demographics(['fullName', 'dateOfBirth', 'gender', 'UIN'])),
  },
  {
    name: 'mpolicy-default-euin',
    group: 'mpolicygroup-default-print',
    type: 'DataShare',
    description: 'Electronic UIN card',
    document: () => credentialPolicy(cardAttributes),
  },
  {
    name: 'mpolicy-default-reprint',
    group: 'mpolicygroup-default-print',
    type: 'DataShare',
    description: 'UIN card reprint',
    document: () => credentialPolicy(cardAttributes),
  },
  {
    name: 'mpolicy-default-resident',
    group: 'mpolicygroup-default-resident',
    type: 'DataShare',
    description: 'Credentials requested through the resident service',
    document: () => credentialPolicy(cardAttributes),
  },
  {
    name: 'mpolicy-default-adjudication',
    group: 'mpolicygroup-default-adjudication',
    type: 'DataShare',
    description: 'Demographic and biometric data for manual adjudication',
    document: () =>
      credentialPolicy(
        [
          ...demographics(['fullName', 'dateOfBirth', 'gender']),
          {
            name: 'biometrics',
            source: 'registration-client/NEW/individualBiometrics',
            group: 'CBEFF',
            format: 'extraction',
          },
        ],
        { source: 'Packet Manager' },
      ),
  },
  {
    name: 'mpolicy-default-cert',
    group: 'mpolicygroup-default-cert',
    type: 'DataShare',
    description: 'Certificates shared with internal MOSIP services',
    document: () => credentialPolicy(demographics(['certificates']), { typeOfShare: 'direct' }),
  },
  {
    name: 'mpolicy-default-eUIN_with_QR',
    group: 'mpolicygroup-default-print',
    type: 'DataShare',
    description: 'Electronic UIN card with a QR code',
    document: () => credentialPolicy([...cardAttributes, { name: 'qrCode', source: 'UIN' }]),
  },
  {
    name: 'mpolicy-default-eUIN_with_faceQR',
    group: 'mpolicygroup-default-print',
    type: 'DataShare',
    description: 'Electronic UIN card with a face QR code',
    document: () => credentialPolicy([...cardAttributes, { name: 'faceQrCode', source: 'biometrics' }]),
  },
  {
    name: 'mpolicy-default-PDFCard',
    group: 'mpolicygroup-default-print',
    type: 'DataShare',
    description: 'PDF card',
    document: () => credentialPolicy(cardAttributes),
  },
  {
    name: 'mpolicy-default-digitalcard',
    group: 'mpolicygroup-default-digitalcard',
    type: 'DataShare',
    description: 'Digital card',
    document: () => credentialPolicy(cardAttributes),
  },
  {
    name: 'mpolicy-default-mobile',
    group: 'mpolicygroup-default-mobile',
    type: 'DataShare',
    description: 'Verifiable credential for the mobile wallet',
    document: () => credentialPolicy(cardAttributes, { typeOfShare: 'direct' }),
  },
];

/**
 * Creates MOSIP's default policy groups and published policies (is_seeded), idempotently: existing rows
 * (same group name, same policy name in the group) are left as they are, so an operator's changes stay.
 */
export async function seedPolicies(db: Db): Promise<void> {
  await db
    .insert(policyGroups)
    .values(
      DEFAULT_POLICY_GROUPS.map((g) => ({
        id: newId(),
        name: g.name,
        description: g.description,
        isSeeded: true,
        createdBy: SEED_ACTOR,
      })),
    )
    .onConflictDoNothing();
  const groups = await db
    .select({ id: policyGroups.id, name: policyGroups.name })
    .from(policyGroups)
    .where(
      and(
        eq(policyGroups.isSeeded, true),
        inArray(
          policyGroups.name,
          DEFAULT_POLICY_GROUPS.map((g) => g.name),
        ),
      ),
    );
  const groupIds = new Map(groups.map((g) => [g.name, g.id]));
  const now = new Date();
  const validTo = new Date(now);
  validTo.setUTCFullYear(validTo.getUTCFullYear() + 200);
  const rows = DEFAULT_POLICIES.flatMap((p) => {
    const policyGroupId = groupIds.get(p.group);
    if (!policyGroupId) return [];
    return [
      {
        id: newId(),
        policyGroupId,
        name: p.name,
        description: p.description,
        policyType: p.type,
        version: '1.0',
        document: p.document(),
        status: 'activated',
        validFrom: now,
        validTo,
        publishedAt: now,
        isSeeded: true,
        createdBy: SEED_ACTOR,
      },
    ];
  });
  if (rows.length) await db.insert(policies).values(rows).onConflictDoNothing();
}
