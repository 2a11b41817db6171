import { type PolicyDocument, type PolicyType, policyLimits } from '@pms/contracts';
import { ApiError } from '../../api/client.ts';

/**
 * Pure helpers of the policy-document editors: JSON syntax checks with positions, mapping the server's
 * per-path schema errors (`request.policies.allowedAuthTypes.0.authType`) to places in the text, the
 * starter documents, and the structured model of an Auth policy.
 */

export type JsonPath = (string | number)[];

export type ParseResult =
  | { ok: true; value: PolicyDocument }
  | { ok: false; kind: 'syntax' | 'not_object' | 'too_large'; offset: number; detail: string };

/** Where a syntax error is, from the engine's message ("… at position 12" / "(line 2 column 5)"). */
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return Math.min(text.length, Number(position[1]));
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol?.[1] && lineCol[2]) {
    const lines = text.split('\n');
    const line = Math.min(lines.length, Number(lineCol[1]));
    let offset = 0;
    for (let i = 0; i < line - 1; i += 1) offset += (lines[i]?.length ?? 0) + 1;
    return Math.min(text.length, offset + Number(lineCol[2]) - 1);
  }
  return text.length;
}

/** Parses the editor text: it must be a JSON object within the size limit. */
export function parseDocumentText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'syntax', offset: errorOffset(text, detail), detail };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, kind: 'not_object', offset: 0, detail: '' };
  }
  if (new TextEncoder().encode(JSON.stringify(value)).length > policyLimits.documentBytes) {
    return { ok: false, kind: 'too_large', offset: 0, detail: '' };
  }
  return { ok: true, value: value as PolicyDocument };
}

export function formatDocument(document: unknown): string {
  return JSON.stringify(document, null, 2);
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

interface Node {
  from: number;
  to: number;
  keyFrom?: number;
  keyTo?: number;
  children?: Map<string, Node>;
}

/** A position-keeping JSON reader (the text is already known to be valid JSON). */
function readTree(text: string): Node | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
  };
  const readString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (): Node => {
    ws();
    const from = i;
    const c = text.charAt(i);
    if (c === '{') {
      i += 1;
      const children = new Map<string, Node>();
      ws();
      while (text.charAt(i) !== '}' && i < text.length) {
        ws();
        const keyFrom = i;
        const key = readString();
        const keyTo = i;
        ws();
        i += 1; // :
        const child = readValue();
        children.set(key, { ...child, keyFrom, keyTo });
        ws();
        if (text.charAt(i) === ',') i += 1;
        ws();
      }
      i += 1;
      return { from, to: i, children };
    }
    if (c === '[') {
      i += 1;
      const children = new Map<string, Node>();
      let index = 0;
      ws();
      while (text.charAt(i) !== ']' && i < text.length) {
        children.set(String(index), readValue());
        index += 1;
        ws();
        if (text.charAt(i) === ',') i += 1;
        ws();
      }
      i += 1;
      return { from, to: i, children };
    }
    if (c === '"') {
      readString();
      return { from, to: i };
    }
    while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i += 1;
    return { from, to: i };
  };
  try {
    return readValue();
  } catch {
    return null;
  }
}

export interface Located {
  from: number;
  to: number;
  line: number;
  /** False when the path does not exist (a missing field): the place is its nearest existing parent. */
  exact: boolean;
}

/**
 * The place in `text` of a JSON path: the key of a property (or the start of an array item's value);
 * for a path that does not exist, the start of its deepest existing ancestor.
 */
export function locatePath(text: string, path: JsonPath): Located | null {
  const root = readTree(text);
  if (!root) return null;
  let node = root;
  let exact = true;
  for (const part of path) {
    const next = node.children?.get(String(part));
    if (!next) {
      exact = false;
      break;
    }
    node = next;
  }
  let from: number;
  let to: number;
  if (node.keyFrom !== undefined && node.keyTo !== undefined) {
    from = node.keyFrom;
    to = node.keyTo;
  } else {
    from = node.from;
    const newline = text.indexOf('\n', from);
    to = Math.min(node.to, newline === -1 ? text.length : newline, from + 80);
    if (to <= from) to = Math.min(text.length, from + 1);
  }
  return { from, to, line: lineOf(text, from), exact };
}

/** `request.policies.allowedAuthTypes.0.authType` → `['allowedAuthTypes', 0, 'authType']`; null if not a document path. */
export function documentPathOf(field: string | undefined): JsonPath | null {
  if (!field) return null;
  const match = /^(?:request\.)?policies(?:\.(.*))?$/.exec(field);
  if (!match) return null;
  if (!match[1]) return [];
  return match[1].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface DocumentProblem {
  path: JsonPath;
  message: string;
  code: string;
}

/** Splits a server failure into the policy-document problems and the rest. */
export function splitDocumentErrors(error: unknown): { document: DocumentProblem[]; other: ApiError | null } {
  if (!(error instanceof ApiError)) return { document: [], other: null };
  const document: DocumentProblem[] = [];
  const rest = [];
  for (const e of error.errors) {
    const path = documentPathOf(e.field);
    if (path) document.push({ path, message: e.message, code: e.errorCode });
    else rest.push(e);
  }
  return {
    document,
    other: rest.length > 0 || document.length === 0 ? new ApiError(error.status, rest) : null,
  };
}

// ---- starter documents -------------------------------------------------------------------------

/** A valid starting document for each policy type (the user edits from there). */
export function starterDocument(type: PolicyType): PolicyDocument {
  switch (type) {
    case 'Auth':
      return {
        authTokenType: 'policy',
        allowedAuthTypes: [{ authType: 'otp', authSubType: '', mandatory: false }],
        allowedKycAttributes: [{ attributeName: 'fullName' }],
      };
    case 'MISP':
      return {
        allowAuthRequestDelegation: true,
        allowKycRequestDelegation: true,
        allowKeyBindingDelegation: false,
      };
    default:
      return {
        shareableAttributes: [
          { attributeName: 'fullName', source: [{ attribute: 'fullName' }], encrypted: false },
        ],
        dataSharePolicies: {
          typeOfShare: 'Data Share',
          validForInMinutes: '30',
          transactionsAllowed: '2',
          encryptionType: 'none',
          shareDomain: 'datashare-service',
          source: 'ID Repository',
        },
      };
  }
}

// ---- Auth policy structured model --------------------------------------------------------------

/** `authTokenType` values of MOSIP's auth-policy schema. */
export const authTokenTypes = ['random', 'partner', 'policy'] as const;
/** Suggested `authType` values (those of MOSIP's sample Auth policy; others may be typed). */
export const authTypes = ['otp', 'otp-request', 'demo', 'bio', 'kyc'] as const;
export const bioSubTypes = ['FINGER', 'IRIS', 'FACE'] as const;
/**
 * Identity attributes a KYC policy may release: the attribute names of MOSIP's identity mapping
 * (mosip-config identity-mapping.json) plus `photo` from MOSIP's sample Auth policy.
 */
export const kycAttributeNames = [
  'fullName',
  'dateOfBirth',
  'age',
  'gender',
  'residenceStatus',
  'phone',
  'email',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'city',
  'province',
  'region',
  'zone',
  'postalCode',
  'preferredLang',
  'photo',
  'face',
  'individualBiometrics',
  'UIN',
  'VID',
] as const;
/** Suggestions for `kycLanguages` (MOSIP three-letter codes; others may be typed). */
export const kycLanguageSuggestions = ['eng', 'fra', 'ara', 'hin', 'kan', 'tam'] as const;

export interface AuthTypeRow {
  authType: string;
  authSubType: string;
  mandatory: boolean;
}

export interface AuthPolicyModel {
  authTokenType: string;
  allowedAuthTypes: AuthTypeRow[];
  allowedKycAttributes: string[];
  kycLanguages: string[];
}

const asString = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const asObject = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The structured view of an Auth document (unknown values shown as text). */
export function readAuthModel(document: PolicyDocument): AuthPolicyModel {
  return {
    authTokenType: asString(document.authTokenType),
    allowedAuthTypes: asArray(document.allowedAuthTypes).map((row) => {
      const r = asObject(row);
      return {
        authType: asString(r.authType),
        authSubType: asString(r.authSubType),
        mandatory: r.mandatory === true,
      };
    }),
    allowedKycAttributes: asArray(document.allowedKycAttributes)
      .map((a) => asString(asObject(a).attributeName))
      .filter((name) => name !== ''),
    kycLanguages: asArray(document.kycLanguages).map(asString),
  };
}

/**
 * Writes the structured fields back into the document, keeping every other field as it was (so switching
 * between the views never loses what the structured editor does not show).
 */
export function writeAuthModel(document: PolicyDocument, model: AuthPolicyModel): PolicyDocument {
  const next: PolicyDocument = { ...document };
  next.authTokenType = model.authTokenType;
  next.allowedAuthTypes = model.allowedAuthTypes.map((r) => ({
    authType: r.authType,
    authSubType: r.authSubType,
    mandatory: r.mandatory,
  }));
  next.allowedKycAttributes = model.allowedKycAttributes.map((attributeName) => ({ attributeName }));
  if (model.kycLanguages.length > 0) next.kycLanguages = model.kycLanguages;
  else delete next.kycLanguages;
  return next;
}
