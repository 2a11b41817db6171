import type { Language } from './languages.ts';

/** Zod issue codes rendered in each language; `{{…}}` filled from the issue's params. */
const messages: Record<string, Record<Language, string>> = {
  invalid_type: {
    eng: 'expected {{expected}}',
    fra: '{{expected}} attendu',
    ara: 'المتوقع {{expected}}',
  },
  required: { eng: 'is required', fra: 'est obligatoire', ara: 'مطلوب' },
  too_small: {
    eng: 'must be at least {{minimum}}{{unit}}',
    fra: 'doit être au moins {{minimum}}{{unit}}',
    ara: 'يجب ألا يقل عن {{minimum}}{{unit}}',
  },
  too_big: {
    eng: 'must be at most {{maximum}}{{unit}}',
    fra: 'doit être au plus {{maximum}}{{unit}}',
    ara: 'يجب ألا يزيد عن {{maximum}}{{unit}}',
  },
  invalid_format: {
    eng: 'is not a valid {{format}}',
    fra: "n'est pas un {{format}} valide",
    ara: 'ليس {{format}} صالحًا',
  },
  unrecognized_keys: {
    eng: 'unknown field(s) {{keys}}',
    fra: 'champ(s) inconnu(s) {{keys}}',
    ara: 'حقول غير معروفة {{keys}}',
  },
  invalid_value: {
    eng: 'must be one of {{values}}',
    fra: "doit être l'une des valeurs {{values}}",
    ara: 'يجب أن يكون أحد {{values}}',
  },
  invalid: { eng: 'is invalid', fra: 'est invalide', ara: 'غير صالح' },
};

const units: Record<string, Record<Language, string>> = {
  string: { eng: ' characters', fra: ' caractères', ara: ' أحرف' },
  array: { eng: ' items', fra: ' éléments', ara: ' عناصر' },
};

export interface ValidationIssueLike {
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Renders one validation issue in a language, falling back to the validator's own text. */
export function validationIssueText(issue: ValidationIssueLike, lang: Language): string {
  const params = issue.params ?? {};
  let key = issue.keyword;
  const text = issue.message ?? '';
  if (key === 'invalid_type' && (params.input === undefined || /received undefined/.test(text))) {
    key = 'required';
  }
  if (key === 'custom') return text;
  const template = messages[key]?.[lang];
  if (!template) return text;
  const origin = typeof params.origin === 'string' ? params.origin : '';
  const values = Array.isArray(params.values) ? params.values.join(', ') : '';
  const keys = Array.isArray(params.keys) ? params.keys.join(', ') : '';
  const filled: Record<string, unknown> = {
    ...params,
    unit: units[origin]?.[lang] ?? '',
    values,
    keys,
    format: params.format ?? params.pattern ?? '',
  };
  if (key === 'invalid_format' && typeof params.pattern === 'string' && params.format === 'regex') {
    return `${messages.invalid?.[lang] ?? 'invalid'} (${text})`;
  }
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(filled[name] ?? ''));
}
