import type { Role } from '@pms/contracts';
import { and, count, eq, like } from 'drizzle-orm';
import { expect } from 'vitest';
import type { SeededUser, TestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { mails, outboxMessages } from '../../platform/outbox/outbox.table.ts';
import { policies, policyGroups } from '../policies/policy.table.ts';
import { partners } from './partner.table.ts';

export const B = '/v1/partnermanager';

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}${Math.random().toString(36).slice(2, 7)}`;
}

export async function insertGroup(t: TestApp, options: { active?: boolean } = {}) {
  const id = newId();
  const name = unique('grp-');
  await t.db.insert(policyGroups).values({
    id,
    name,
    description: `${name} description`,
    isActive: options.active ?? true,
    createdBy: 'test',
  });
  return { id, name };
}

export async function insertPolicy(
  t: TestApp,
  groupId: string,
  options: { type?: string; status?: 'draft' | 'activated' | 'deactivated'; validTo?: Date } = {},
) {
  const id = newId();
  const name = unique('pol-');
  const status = options.status ?? 'activated';
  await t.db.insert(policies).values({
    id,
    policyGroupId: groupId,
    name,
    description: `${name} description`,
    policyType: options.type ?? 'Auth',
    version: '1.0',
    document: {},
    status,
    validTo: options.validTo ?? new Date(Date.now() + 365 * 86_400_000),
    publishedAt: status === 'draft' ? null : new Date(),
    createdBy: 'test',
  });
  return { id, name };
}

export function registration(overrides: Record<string, unknown> = {}) {
  const partnerId = unique('p');
  return {
    partnerId,
    organizationName: `Org ${partnerId}`,
    address: '1 Main Street',
    contactNumber: '+2301234567',
    emailId: `${partnerId}@example.org`,
    partnerType: 'Auth_Partner',
    langCode: 'eng',
    ...overrides,
  };
}

/** A partner user with one registered partner (InProgress) of the given type. */
export async function partnerUser(
  t: TestApp,
  options: { role?: Role; type?: string; groupName?: string | null; lang?: string } = {},
) {
  const user = await t.createUser([options.role ?? 'AUTH_PARTNER']);
  const body = registration({
    partnerType: options.type ?? 'Auth_Partner',
    ...(options.groupName ? { policyGroup: options.groupName } : {}),
    langCode: options.lang ?? 'eng',
  });
  const res = await t.call({ method: 'POST', url: `${B}/partners`, as: user, request: body });
  expect(res.statusCode, res.body).toBe(200);
  return { user, partnerId: body.partnerId, body };
}

/** Marks a partner approved and active with a certificate, as the certificates module would. */
export async function makeActive(t: TestApp, partnerId: string) {
  await t.db
    .update(partners)
    .set({ approvalStatus: 'approved', isActive: true, certificateAlias: `cert-${partnerId}` })
    .where(eq(partners.id, partnerId));
}

export async function countRows(t: TestApp) {
  const n = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
  return {
    partners: await n(t.db.select({ n: count() }).from(partners)),
    audits: await n(
      t.db.select({ n: count() }).from(auditEvents).where(like(auditEvents.action, 'partner%')),
    ),
    outbox: await n(t.db.select({ n: count() }).from(outboxMessages)),
  };
}

export async function mailsTo(t: TestApp, to: string) {
  return t.db.select().from(mails).where(eq(mails.to, to));
}

export async function auditsFor(t: TestApp, entityId: string, action?: string) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), action ? eq(auditEvents.action, action) : undefined));
}

export type { SeededUser };
