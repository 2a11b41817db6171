import { describe, expect, it } from 'vitest';
import { sampleAuthPolicy, sampleDataSharePolicy, sampleMispPolicy } from './policy.samples.ts';
import { schemaCases } from './policy.schema-cases.ts';
import { DEFAULT_POLICIES } from './policy.seed.ts';
import { validatePolicyDocument } from './policy.validator.ts';

type Doc = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

function summary(type: Parameters<typeof validatePolicyDocument>[0], doc: unknown) {
  return validatePolicyDocument(type, doc).map((p) => `${p.code} ${p.field}`);
}

describe('policy document validator', () => {
  it('accepts MOSIP sample documents of every type', () => {
    expect(validatePolicyDocument('Auth', sampleAuthPolicy())).toEqual([]);
    expect(validatePolicyDocument('DataShare', sampleDataSharePolicy())).toEqual([]);
    expect(validatePolicyDocument('CredentialIssuance', sampleDataSharePolicy())).toEqual([]);
    expect(validatePolicyDocument('MISP', sampleMispPolicy())).toEqual([]);
  });

  it('accepts every seeded MOSIP default policy document (seeds bypass the API)', () => {
    for (const p of DEFAULT_POLICIES) {
      expect(validatePolicyDocument(p.type, p.document()), p.name).toEqual([]);
    }
  });

  it('uses the DataShare schema for CredentialIssuance and refuses an Auth document there', () => {
    expect(summary('CredentialIssuance', sampleAuthPolicy())).toEqual(
      expect.arrayContaining([
        'PMS_PV_006 request.policies.dataSharePolicies',
        'PMS_PV_006 request.policies.shareableAttributes',
        'PMS_PV_005 request.policies.authTokenType',
      ]),
    );
  });

  describe('every schema rule', () => {
    for (const c of schemaCases) {
      it(`${c.type}: reports ${c.title}`, () => {
        expect(summary(c.type, c.document())).toEqual([c.expected]);
      });
    }
  });

  it('reports every violation at once, each with its own path and message params', () => {
    const doc = clone(sampleAuthPolicy()) as Doc;
    delete doc.authTokenType;
    (doc.allowedAuthTypes as Doc[])[0] = { authType: 1 };
    doc.extra = 1;
    const problems = validatePolicyDocument('Auth', doc);
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'request.policies.authTokenType',
        'request.policies.allowedAuthTypes.0.mandatory',
        'request.policies.allowedAuthTypes.0.authType',
        'request.policies.extra',
      ].sort(),
    );
    expect(
      problems.find((p) => p.code === 'PMS_PV_006' && p.field?.endsWith('mandatory'))?.params,
    ).toMatchObject({
      path: 'allowedAuthTypes.0.mandatory',
    });
  });

  it('refuses a document that is not an object', () => {
    expect(summary('Auth', [])).toEqual(['PMS_PV_005 request.policies']);
    expect(summary('MISP', 'text')).toEqual(['PMS_PV_005 request.policies']);
  });
});
