import { type Language, type LanguageTag, languages } from '@pms/phrases';
import { en } from '@pms/phrases/portal/en';
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

/** English is bundled (the fallback); the other languages load when first chosen. */
const loaders: Record<LanguageTag, () => Promise<object>> = {
  en: async () => en,
  fr: () => import('@pms/phrases/portal/fr').then((m) => m.fr),
  ar: () => import('@pms/phrases/portal/ar').then((m) => m.ar),
};

async function loadLanguage(lang: Language): Promise<void> {
  const { tag } = languages[lang];
  if (i18next.hasResourceBundle(tag, 'translation')) return;
  i18next.addResourceBundle(tag, 'translation', await loaders[tag]());
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: languages[first].tag,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyDocument(first);

/** Resolves once the first language's copy is loaded (render waits for it to avoid a flash of English). */
export const i18nReady: Promise<void> = loadLanguage(first).then(
  () => undefined,
  () => undefined,
);

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
  await loadLanguage(lang);
  applyDocument(lang);
  await i18next.changeLanguage(languages[lang].tag);
}

export { i18next };
