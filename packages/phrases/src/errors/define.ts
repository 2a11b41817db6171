import type { Language } from '../languages.ts';

/** A message in every language; `{{name}}` placeholders are filled from the error's params. */
export type Translated = Record<Language, string>;

/** Messages for every code of one error-registry domain: a missing code or language does not compile. */
export type ErrorMessages<Defs> = { readonly [Code in keyof Defs]: Translated };
