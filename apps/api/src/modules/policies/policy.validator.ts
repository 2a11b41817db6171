import { readFileSync } from 'node:fs';
import type { PolicyType } from '@pms/contracts';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import type { Problem } from '../../platform/errors/app-error.ts';

/**
 * Policy documents are validated against MOSIP's own JSON schemas (draft-04, bundled in `schemas/`,
 * unchanged copies of mosip-config's files): MOSIP downloads them from the config server on every call.
 * CredentialIssuance policies use the DataShare schema, as MOSIP configures it.
 */
const schemaFiles: Record<PolicyType, string> = {
  Auth: 'auth-policy-schema.json',
  DataShare: 'data-share-policy-schema.json',
  CredentialIssuance: 'data-share-policy-schema.json',
  MISP: 'misp-policy-schema.json',
};

function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`./schemas/${file}`, import.meta.url), 'utf8'));
}

// strict:false: MOSIP's schemas use draft-04 idioms (`additionalItems` beside an object `items`) that
// ajv's strict mode would refuse; they are harmless.
// verbose: errors carry their schema, so an unknown field's message can list the allowed ones.
const ajv = new Ajv04({ allErrors: true, strict: false, verbose: true });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(type: PolicyType): ValidateFunction {
  const file = schemaFiles[type];
  let validate = compiled.get(file);
  if (!validate) {
    validate = ajv.compile(loadSchema(file));
    compiled.set(file, validate);
  }
  return validate;
}

/** `/allowedAuthTypes/0` + `authType` → `allowedAuthTypes.0.authType`. */
function dotted(instancePath: string, extra?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts.join('.');
}

/** What was expected, in words that need no translation: JSON type names, enum values, field names. */
function expectedOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return String(params.type);
    case 'enum':
      return (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
    case 'additionalProperties': {
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)
        ?.properties;
      return Object.keys(properties ?? {}).join(' | ');
    }
    default:
      return error.message ?? error.keyword;
  }
}

function problemOf(error: ErrorObject, fieldPrefix: string): Problem {
  const params = error.params as Record<string, unknown>;
  let path = dotted(error.instancePath);
  let code: Problem['code'] = 'PMS_PV_005';
  switch (error.keyword) {
    case 'required':
      path = dotted(error.instancePath, String(params.missingProperty));
      code = 'PMS_PV_006';
      break;
    case 'additionalProperties':
      path = dotted(error.instancePath, String(params.additionalProperty));
      break;
    case 'minItems':
      code = 'PMS_PV_008';
      break;
    case 'minLength':
      code = 'PMS_PV_009';
      break;
    case 'format':
    case 'pattern':
      code = 'PMS_PV_007';
      break;
  }
  const shown = path || '(document)';
  const field = path ? `${fieldPrefix}.${path}` : fieldPrefix;
  const format = String(params.format ?? params.pattern ?? '');
  return { code, params: { path: shown, expected: expectedOf(error), format }, field };
}

/**
 * Every violation of the policy document against the schema of its type, each with its JSON path in
 * `field` (e.g. `request.policies.allowedAuthTypes.0.authType`); an empty list when the document is valid.
 */
export function validatePolicyDocument(
  type: PolicyType,
  document: unknown,
  fieldPrefix = 'request.policies',
): Problem[] {
  const validate = validatorFor(type);
  if (validate(document)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = problemOf(error, fieldPrefix);
    const key = `${problem.code}|${problem.field}|${String(problem.params?.expected)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
