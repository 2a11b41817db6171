import { useTranslation } from 'react-i18next';

/** Dates and numbers in the portal language (not the browser locale), through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime(value: string | Date | null | undefined): string {
      if (!value) return '';
      const date = typeof value === 'string' ? new Date(value) : value;
      if (Number.isNaN(date.getTime())) return '';
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    time(value: string | Date | null | undefined): string {
      if (!value) return '';
      const date = typeof value === 'string' ? new Date(value) : value;
      return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
    },
    /** "A, B and C" in the portal language. */
    list(values: string[]): string {
      return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(values);
    },
    number(value: number): string {
      return new Intl.NumberFormat(locale).format(value);
    },
    bytes(value: number): string {
      const units = ['byte', 'kilobyte', 'megabyte'] as const;
      let n = value;
      let i = 0;
      while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i += 1;
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[i],
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(n);
    },
  };
}
