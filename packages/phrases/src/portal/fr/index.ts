import type { PortalPhrases } from '../index.ts';
import type { SameShape } from '../shape.ts';
import { audit_log } from './audit-log.ts';
import { auth } from './auth.ts';
import { certificates } from './certificates.ts';
import { common } from './common.ts';
import { dashboard } from './dashboard.ts';
import { mailbox } from './mailbox.ts';
import { partners } from './partners.ts';
import { policies } from './policies.ts';
import { policy_requests } from './policy-requests.ts';
import { profile } from './profile.ts';
import { service_accounts } from './service-accounts.ts';
import { shell } from './shell.ts';
import { signup } from './signup.ts';
import { trust_store } from './trust-store.ts';
import { users } from './users.ts';
import { webhooks } from './webhooks.ts';

export const fr: SameShape<PortalPhrases> = {
  common,
  shell,
  auth,
  dashboard,
  profile,
  mailbox,
  users,
  service_accounts,
  audit_log,
  webhooks,
  policies,
  signup,
  partners,
  policy_requests,
  certificates,
  trust_store,
};
