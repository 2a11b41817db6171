import { errorMessages, languageFromTag } from '@pms/phrases';
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { ApiError } from './client.ts';

/**
 * What the user reads for a failure: the server's message (already in their language through
 * Accept-Language), else the registry phrase for the code, else a generic phrase. Never a stack.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return t('common.errors.network');
    const first = error.errors[0];
    if (first?.message) return first.message;
    const messages: Record<string, Record<string, string> | undefined> = errorMessages;
    const known = messages[error.errorCode];
    if (known) return known[languageFromTag(i18next.language)] ?? t('common.errors.unexpected');
  }
  return t('common.errors.unexpected');
}
