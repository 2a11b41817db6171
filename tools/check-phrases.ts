// Fails when a portal phrase key is missing or extra in a language, when an error code lacks a message in a
// language (or a message exists for an unknown code), or when a translation drops or invents a {{placeholder}}.
// The compiler already refuses most of these; this check also covers values typed loosely and runs in CI.
import { pathToFileURL } from 'node:url';
import { errorRegistry } from '@pms/contracts';
import { errorMessages, languages, portalPhrases } from '@pms/phrases';

type Tree = { readonly [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf of a phrase tree as `a.b.c` → text (non-string leaves answer their type). */
export function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isTree(value)) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

function checkText(where: string, value: unknown, reference: unknown, problems: string[]): void {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push(`${where}: empty or not text`);
    return;
  }
  if (typeof reference === 'string' && placeholders(value) !== placeholders(reference)) {
    problems.push(
      `${where}: placeholders {${placeholders(value)}} differ from English {${placeholders(reference)}}`,
    );
  }
}

/** Portal copy: each language has exactly the English keys, each value non-empty with the same placeholders. */
export function checkPortalPhrases(trees: Record<string, Tree>, reference = 'en'): string[] {
  const problems: string[] = [];
  const base = trees[reference];
  if (!base) return [`portal: no reference language "${reference}"`];
  const expected = flatten(base);
  for (const [key, value] of expected) checkText(`portal.${reference}: ${key}`, value, value, problems);
  for (const [lang, tree] of Object.entries(trees)) {
    if (lang === reference) continue;
    const actual = flatten(tree);
    for (const key of expected.keys()) {
      if (!actual.has(key)) problems.push(`portal.${lang}: missing ${key}`);
    }
    for (const [key, value] of actual) {
      if (!expected.has(key)) problems.push(`portal.${lang}: extra ${key}`);
      else checkText(`portal.${lang}: ${key}`, value, expected.get(key), problems);
    }
  }
  return problems;
}

/** Error messages: one per registered code, in exactly the given languages, no message for unknown codes. */
export function checkErrorMessages(
  registry: Record<string, unknown>,
  messages: Record<string, Record<string, unknown>>,
  langs: readonly string[],
  reference = 'eng',
): string[] {
  const problems: string[] = [];
  for (const code of Object.keys(registry)) {
    const entry = messages[code];
    if (!entry) {
      problems.push(`errors: ${code} has no messages`);
      continue;
    }
    for (const lang of langs) {
      if (!Object.hasOwn(entry, lang)) problems.push(`errors: ${code} misses ${lang}`);
      else checkText(`errors: ${code}.${lang}`, entry[lang], entry[reference], problems);
    }
    for (const lang of Object.keys(entry)) {
      if (!langs.includes(lang)) problems.push(`errors: ${code} has an extra language ${lang}`);
    }
  }
  for (const code of Object.keys(messages)) {
    if (!Object.hasOwn(registry, code)) problems.push(`errors: message for unknown code ${code}`);
  }
  return problems;
}

export function checkAll(): string[] {
  return [
    ...checkPortalPhrases(portalPhrases as unknown as Record<string, Tree>),
    ...checkErrorMessages(
      errorRegistry,
      errorMessages as unknown as Record<string, Record<string, unknown>>,
      Object.keys(languages),
    ),
  ];
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const problems = checkAll();
  if (problems.length > 0) {
    console.error(`Phrase check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const portalKeys = flatten(portalPhrases.en).size;
  console.log(
    `Phrases OK: ${portalKeys} portal keys in ${Object.keys(portalPhrases).length} languages, ` +
      `${Object.keys(errorRegistry).length} error codes in ${Object.keys(languages).length} languages.`,
  );
}
