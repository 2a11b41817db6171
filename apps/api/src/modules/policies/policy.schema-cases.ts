import type { PolicyDocument, PolicyType } from '@pms/contracts';
import { sampleAuthPolicy, sampleDataSharePolicy, sampleMispPolicy } from './policy.samples.ts';

export type Doc = Record<string, unknown>;
type Case = [string, (d: Doc) => void, string];

/**
 * One broken copy of a valid document per rule of MOSIP's policy schemas (reference §5.3), with the one
 * error (`code field`) it must produce. Shared by the validator unit test and the route tests.
 */
export interface SchemaCase {
  type: PolicyType;
  title: string;
  document: () => PolicyDocument;
  expected: string;
}

const share = (d: Doc) => d.dataSharePolicies as Doc;
const attr = (d: Doc) => (d.shareableAttributes as Doc[])[0] as Doc;

const auth: Case[] = [
  ['authTokenType missing', (d) => delete d.authTokenType, 'PMS_PV_006 request.policies.authTokenType'],
  [
    'authTokenType not in enum',
    (d) => (d.authTokenType = 'jwt'),
    'PMS_PV_005 request.policies.authTokenType',
  ],
  [
    'allowedAuthTypes missing',
    (d) => delete d.allowedAuthTypes,
    'PMS_PV_006 request.policies.allowedAuthTypes',
  ],
  [
    'allowedAuthTypes not an array',
    (d) => (d.allowedAuthTypes = {}),
    'PMS_PV_005 request.policies.allowedAuthTypes',
  ],
  [
    'authType missing',
    (d) => delete (d.allowedAuthTypes as Doc[])[0]?.authType,
    'PMS_PV_006 request.policies.allowedAuthTypes.0.authType',
  ],
  [
    'authType not a string',
    (d) => ((d.allowedAuthTypes as Doc[])[1] = { authType: 5, mandatory: false }),
    'PMS_PV_005 request.policies.allowedAuthTypes.1.authType',
  ],
  [
    'mandatory missing',
    (d) => delete (d.allowedAuthTypes as Doc[])[2]?.mandatory,
    'PMS_PV_006 request.policies.allowedAuthTypes.2.mandatory',
  ],
  [
    'mandatory not a boolean',
    (d) => ((d.allowedAuthTypes as Doc[])[0] = { authType: 'otp', mandatory: 'yes' }),
    'PMS_PV_005 request.policies.allowedAuthTypes.0.mandatory',
  ],
  [
    'authSubType not a string',
    (d) => ((d.allowedAuthTypes as Doc[])[0] = { authType: 'bio', authSubType: 1, mandatory: true }),
    'PMS_PV_005 request.policies.allowedAuthTypes.0.authSubType',
  ],
  [
    'unknown field in an auth type',
    (d) => ((d.allowedAuthTypes as Doc[])[0] = { authType: 'otp', mandatory: true, foo: 1 }),
    'PMS_PV_005 request.policies.allowedAuthTypes.0.foo',
  ],
  [
    'allowedKycAttributes missing',
    (d) => delete d.allowedKycAttributes,
    'PMS_PV_006 request.policies.allowedKycAttributes',
  ],
  [
    'attributeName missing',
    (d) => ((d.allowedKycAttributes as Doc[])[0] = {}),
    'PMS_PV_006 request.policies.allowedKycAttributes.0.attributeName',
  ],
  [
    'unknown field in a KYC attribute',
    (d) => ((d.allowedKycAttributes as Doc[])[1] = { attributeName: 'gender', encrypted: true }),
    'PMS_PV_005 request.policies.allowedKycAttributes.1.encrypted',
  ],
  [
    'kycLanguages not strings',
    (d) => (d.kycLanguages = ['eng', 3]),
    'PMS_PV_005 request.policies.kycLanguages.1',
  ],
  ['unknown top-level field', (d) => (d.extra = true), 'PMS_PV_005 request.policies.extra'],
];

const dataShare: Case[] = [
  [
    'dataSharePolicies missing',
    (d) => delete d.dataSharePolicies,
    'PMS_PV_006 request.policies.dataSharePolicies',
  ],
  [
    'typeOfShare not in enum',
    (d) => (share(d).typeOfShare = 'email'),
    'PMS_PV_005 request.policies.dataSharePolicies.typeOfShare',
  ],
  [
    'validForInMinutes missing',
    (d) => delete share(d).validForInMinutes,
    'PMS_PV_006 request.policies.dataSharePolicies.validForInMinutes',
  ],
  [
    'validForInMinutes a number',
    (d) => (share(d).validForInMinutes = 30),
    'PMS_PV_005 request.policies.dataSharePolicies.validForInMinutes',
  ],
  [
    'transactionsAllowed missing',
    (d) => delete share(d).transactionsAllowed,
    'PMS_PV_006 request.policies.dataSharePolicies.transactionsAllowed',
  ],
  [
    'encryptionType not in enum',
    (d) => (share(d).encryptionType = 'AES'),
    'PMS_PV_005 request.policies.dataSharePolicies.encryptionType',
  ],
  [
    'shareDomain missing',
    (d) => delete share(d).shareDomain,
    'PMS_PV_006 request.policies.dataSharePolicies.shareDomain',
  ],
  ['source missing', (d) => delete share(d).source, 'PMS_PV_006 request.policies.dataSharePolicies.source'],
  [
    'protocol not a string',
    (d) => (share(d).protocol = 1),
    'PMS_PV_005 request.policies.dataSharePolicies.protocol',
  ],
  [
    'shareableAttributes missing',
    (d) => delete d.shareableAttributes,
    'PMS_PV_006 request.policies.shareableAttributes',
  ],
  [
    'attributeName missing',
    (d) => delete attr(d).attributeName,
    'PMS_PV_006 request.policies.shareableAttributes.0.attributeName',
  ],
  [
    'attribute source missing',
    (d) => delete attr(d).source,
    'PMS_PV_006 request.policies.shareableAttributes.0.source',
  ],
  [
    'encrypted missing',
    (d) => delete attr(d).encrypted,
    'PMS_PV_006 request.policies.shareableAttributes.0.encrypted',
  ],
  [
    'encrypted not a boolean',
    (d) => (attr(d).encrypted = 'true'),
    'PMS_PV_005 request.policies.shareableAttributes.0.encrypted',
  ],
  [
    'source attribute missing',
    (d) => ((attr(d).source as Doc[])[1] = { filter: [] }),
    'PMS_PV_006 request.policies.shareableAttributes.0.source.1.attribute',
  ],
  [
    'filter type not a string',
    (d) => ((attr(d).source as Doc[])[0] = { attribute: 'x', filter: [{ type: 3 }] }),
    'PMS_PV_005 request.policies.shareableAttributes.0.source.0.filter.0.type',
  ],
  [
    'format not a string',
    (d) => (attr(d).format = 1),
    'PMS_PV_005 request.policies.shareableAttributes.0.format',
  ],
  [
    'unknown attribute field',
    (d) => (attr(d).mask = true),
    'PMS_PV_005 request.policies.shareableAttributes.0.mask',
  ],
  [
    'unknown top-level field',
    (d) => (d.allowedAuthTypes = []),
    'PMS_PV_005 request.policies.allowedAuthTypes',
  ],
];

const misp: Case[] = [
  [
    'allowAuthRequestDelegation missing',
    (d) => delete d.allowAuthRequestDelegation,
    'PMS_PV_006 request.policies.allowAuthRequestDelegation',
  ],
  [
    'allowKycRequestDelegation not a boolean',
    (d) => (d.allowKycRequestDelegation = 'no'),
    'PMS_PV_005 request.policies.allowKycRequestDelegation',
  ],
  [
    'allowKeyBindingDelegation missing',
    (d) => delete d.allowKeyBindingDelegation,
    'PMS_PV_006 request.policies.allowKeyBindingDelegation',
  ],
  [
    'trustBindedAuthVerificationToken not a boolean',
    (d) => (d.trustBindedAuthVerificationToken = 1),
    'PMS_PV_005 request.policies.trustBindedAuthVerificationToken',
  ],
  ['unknown field', (d) => (d.other = false), 'PMS_PV_005 request.policies.other'],
];

function build(type: PolicyType, base: () => PolicyDocument, cases: Case[]): SchemaCase[] {
  return cases.map(([title, mutate, expected]) => ({
    type,
    title,
    expected,
    document: () => {
      const doc = structuredClone(base()) as Doc;
      mutate(doc);
      return doc;
    },
  }));
}

export const schemaCases: SchemaCase[] = [
  ...build('Auth', sampleAuthPolicy, auth),
  ...build('DataShare', sampleDataSharePolicy, dataShare),
  ...build('MISP', sampleMispPolicy, misp),
];
