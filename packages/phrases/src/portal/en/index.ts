/** English UI copy: the reference tree. Each area has its own file. */
import { auth } from './auth.ts';
import { common } from './common.ts';
import { dashboard } from './dashboard.ts';
import { mailbox } from './mailbox.ts';
import { profile } from './profile.ts';
import { shell } from './shell.ts';

export const en = {
  common,
  shell,
  auth,
  dashboard,
  profile,
  mailbox,
};
