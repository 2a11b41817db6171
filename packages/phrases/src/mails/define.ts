import type { Language } from '../languages.ts';

/** One mail in one language: subject and plain-text body, with `{{name}}` placeholders. */
export interface MailText {
  subject: string;
  text: string;
}

/** A mail in every language: a missing language does not compile. */
export type TranslatedMail = Record<Language, MailText>;

/** A domain's mails, keyed by template name (the `template` column of the mailbox). */
export type MailTemplates<K extends string = string> = { readonly [Key in K]: TranslatedMail };

/** Fills `{{name}}` placeholders; unknown placeholders stay visible rather than vanish. */
function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A mail's subject and text in a language, placeholders filled. */
export function renderMail(
  mail: TranslatedMail,
  lang: Language,
  params: Record<string, unknown> = {},
): MailText {
  const chosen = mail[lang];
  return { subject: fill(chosen.subject, params), text: fill(chosen.text, params) };
}
