import { NativeSelect } from '@mantine/core';
import type { CurrentUser } from '@pms/contracts';
import { type Language, languages } from '@pms/phrases';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveLanguage, sessionKey } from '../api/session.ts';
import { changeLanguage, currentLanguage, supportedLanguages } from '../i18n/i18n.ts';
import { notifyError } from './ui/notify.ts';

/**
 * Language choice. Before sign-in it is kept on the device; once signed in it is also saved on the account
 * (PATCH users/me), which decides the language of the user's mails.
 */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const value = currentLanguage();

  async function handleChange(next: Language) {
    await changeLanguage(next);
    if (!signedIn) return;
    client.setQueryData<CurrentUser | null>(sessionKey, (old) => (old ? { ...old, langCode: next } : old));
    try {
      await saveLanguage(next);
    } catch (error) {
      notifyError(error, t);
    }
  }

  return (
    <NativeSelect
      key={i18n.language}
      aria-label={t('shell.choose_language')}
      value={value}
      size="xs"
      w={120}
      onChange={(event) => void handleChange(event.currentTarget.value as Language)}
      data={supportedLanguages.map((l) => ({ value: l, label: languages[l].label }))}
    />
  );
}
