import type { PortalPhrases } from '../index.ts';
import type { SameShape } from '../shape.ts';
import { common } from './common.ts';

export const fr: SameShape<PortalPhrases> = {
  common,
};
