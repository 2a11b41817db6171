import type { PortalPhrases } from '../index.ts';
import type { SameShape } from '../shape.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { dashboard } from './dashboard.ts';
import { mailbox } from './mailbox.ts';
import { profile } from './profile.ts';
import { shell } from './shell.ts';

export const fr: SameShape<PortalPhrases> = {
  common,
  shell,
  auth,
  dashboard,
  profile,
  mailbox,
};
