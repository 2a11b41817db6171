/** English UI copy: the reference tree. Each area has its own file. */
import { common } from './common.ts';

export const en = {
  common,
};
