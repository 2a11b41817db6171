import { ar } from './ar/index.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';

/** Portal UI copy per language (i18next resources). English is the reference shape. */
export const portalPhrases = { en, fr, ar } as const;
export type PortalPhrases = typeof en;
