import { type Language, languages, portalPhrases } from '@pms/phrases';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client.ts';

/** Where the language chosen before sign-in (or on this device) is kept. */
export const LANGUAGE_STORAGE_KEY = 'pms.language';

export const supportedLanguages = Object.keys(languages) as Language[];

function isLanguage(value: string | null | undefined): value is Language {
  return !!value && Object.hasOwn(languages, value);
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    const match = supportedLanguages.find((l) => languages[l].tag === base);
    if (match) return match;
  }
  return 'eng';
}

function readStored(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Applies the language to i18next, `<html lang dir>`, and the API's Accept-Language. */
function applyDocument(lang: Language): void {
  const { tag, dir } = languages[lang];
  document.documentElement.lang = tag;
  document.documentElement.dir = dir;
  setApiLanguage(tag);
}

const first = initialLanguage();

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: portalPhrases.en },
    fr: { translation: portalPhrases.fr },
    ar: { translation: portalPhrases.ar },
  },
  lng: languages[first].tag,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyDocument(first);

/** The current portal language as a MOSIP code. */
export function currentLanguage(): Language {
  const tag = i18next.language;
  return supportedLanguages.find((l) => languages[l].tag === tag) ?? 'eng';
}

/** Switches the portal language and remembers it on this device. */
export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage may be disabled; the choice then lasts for this page only
  }
  applyDocument(lang);
  await i18next.changeLanguage(languages[lang].tag);
}

export { i18next };
