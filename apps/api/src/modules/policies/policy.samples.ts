import type { PolicyDocument } from '@pms/contracts';

/**
 * Realistic policy documents: MOSIP's published samples (docs/sample-auth-policy.json,
 * docs/sample-datashare-policy.json) and variants for the default policies. Each call returns a fresh
 * object that callers may change.
 */

const bio = (subType: string) => ({ authType: 'bio', authSubType: subType, mandatory: false });
const plain = (authType: string) => ({ authType, authSubType: '', mandatory: false });

/** MOSIP's sample Auth policy. */
export function sampleAuthPolicy(): PolicyDocument {
  return {
    authTokenType: 'policy',
    allowedKycAttributes: ['fullName', 'gender', 'residenceStatus', 'dateOfBirth', 'photo'].map(
      (attributeName) => ({ attributeName }),
    ),
    allowedAuthTypes: [
      bio('IRIS'),
      bio('FINGER'),
      bio('FACE'),
      plain('otp'),
      plain('otp-request'),
      plain('kyc'),
      plain('demo'),
    ],
  };
}

/** MOSIP's sample DataShare policy (biometrics shared through the data-share service). */
export function sampleDataSharePolicy(): PolicyDocument {
  return {
    shareableAttributes: [
      {
        attributeName: 'biometrics',
        group: 'CBEFF',
        source: [
          { attribute: 'registration-client/NEW/individualBiometrics', filter: [{ type: 'Iris' }] },
          { attribute: 'CNIE/verification/biometrics', filter: [{ type: 'Finger' }] },
          { attribute: 'CNIE/verification/biometrics', filter: [{ type: 'Face' }] },
        ],
        encrypted: true,
        format: 'extraction',
      },
    ],
    dataSharePolicies: {
      typeOfShare: 'Data Share',
      validForInMinutes: '30',
      transactionsAllowed: '2',
      encryptionType: 'Partner Based',
      shareDomain: 'datashare-service',
      source: 'Packet Manager',
    },
  };
}

/** A MISP policy allowing authentication and KYC delegation. */
export function sampleMispPolicy(): PolicyDocument {
  return {
    allowAuthRequestDelegation: true,
    allowKycRequestDelegation: true,
    allowKeyBindingDelegation: false,
    trustBindedAuthVerificationToken: false,
  };
}

type Attr = { name: string; source?: string; format?: string; group?: string; filter?: unknown[] };

/** A credential/data-share policy sharing the given identity attributes. */
export function credentialPolicy(
  attributes: Attr[],
  options: { encrypted?: boolean; source?: string; typeOfShare?: 'Data Share' | 'direct' } = {},
): PolicyDocument {
  return {
    shareableAttributes: attributes.map((a) => ({
      attributeName: a.name,
      ...(a.group ? { group: a.group } : {}),
      source: [{ attribute: a.source ?? a.name, ...(a.filter ? { filter: a.filter } : {}) }],
      encrypted: options.encrypted ?? true,
      ...(a.format ? { format: a.format } : {}),
    })),
    dataSharePolicies: {
      typeOfShare: options.typeOfShare ?? 'Data Share',
      validForInMinutes: '30',
      transactionsAllowed: '2',
      encryptionType: options.encrypted === false ? 'none' : 'Partner Based',
      shareDomain: 'datashare-service',
      source: options.source ?? 'ID Repository',
    },
  };
}
