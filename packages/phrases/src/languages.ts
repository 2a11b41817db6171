/** Languages the portal and the API speak. Codes are MOSIP's (ISO 639-2) with their BCP 47 tag. */
export const languages = {
  eng: { tag: 'en', dir: 'ltr', label: 'English' },
  fra: { tag: 'fr', dir: 'ltr', label: 'Français' },
  ara: { tag: 'ar', dir: 'rtl', label: 'العربية' },
} as const;

export type Language = keyof typeof languages;
export type LanguageTag = (typeof languages)[Language]['tag'];

const byTag: Record<string, Language> = {
  en: 'eng',
  fr: 'fra',
  ar: 'ara',
  eng: 'eng',
  fra: 'fra',
  ara: 'ara',
};

/** Picks the first supported language of an Accept-Language header (weights honoured), else English. */
export function languageFromAcceptLanguage(header: string | undefined | null): Language {
  if (!header) return 'eng';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      const weight = q ? Number.parseFloat(q.trim().slice(2)) : 1;
      return {
        base: range.toLowerCase().split('-')[0] ?? '',
        weight: Number.isNaN(weight) ? 0 : weight,
        index,
      };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranked) {
    const lang = byTag[r.base];
    if (lang) return lang;
  }
  return 'eng';
}

export function languageFromTag(tag: string | undefined | null): Language {
  return (tag && byTag[tag.toLowerCase()]) || 'eng';
}
