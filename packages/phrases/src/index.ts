import type { ErrorCode } from '@pms/contracts';
import { errorMessages } from './errors/index.ts';
import type { Language } from './languages.ts';

export type { ErrorMessages, Translated } from './errors/index.ts';
export { errorMessages } from './errors/index.ts';
export * from './languages.ts';
export * from './mails/index.ts';
export type { PortalPhrases } from './portal/index.ts';
export { portalPhrases } from './portal/index.ts';
export * from './validation.ts';

/** Fills `{{name}}` placeholders; unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The message of an error code in a language. */
export function errorMessage(code: ErrorCode, lang: Language, params?: Record<string, unknown>): string {
  return interpolate(errorMessages[code][lang], params);
}
