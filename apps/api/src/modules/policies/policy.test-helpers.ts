import type { PolicyDocument } from '@pms/contracts';
import { count, eq, like } from 'drizzle-orm';
import { expect } from 'vitest';
import type { SeededUser, TestApp } from '../../../test/app.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { outboxMessages } from '../../platform/outbox/outbox.table.ts';
import { partners } from '../partners/partner.table.ts';
import { sampleAuthPolicy, sampleDataSharePolicy, sampleMispPolicy } from './policy.samples.ts';
import { policies, policyGroups, policyHistory } from './policy.table.ts';

export const P = '/v1/policymanager';

let counter = 0;
/** A name no other test of the file uses. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function documentFor(type: string): PolicyDocument {
  if (type === 'Auth') return sampleAuthPolicy();
  if (type === 'MISP') return sampleMispPolicy();
  return sampleDataSharePolicy();
}

/** Row counts of everything a policy write may touch: a refused write must leave all of them unchanged. */
export async function snapshot(t: TestApp) {
  const n = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
  const db = t.db;
  return {
    groups: await n(db.select({ n: count() }).from(policyGroups)),
    activeGroups: await n(
      db.select({ n: count() }).from(policyGroups).where(eq(policyGroups.isActive, true)),
    ),
    policies: await n(db.select({ n: count() }).from(policies)),
    drafts: await n(db.select({ n: count() }).from(policies).where(eq(policies.status, 'draft'))),
    activated: await n(db.select({ n: count() }).from(policies).where(eq(policies.status, 'activated'))),
    history: await n(db.select({ n: count() }).from(policyHistory)),
    audits: await n(db.select({ n: count() }).from(auditEvents).where(like(auditEvents.action, 'policy%'))),
    outbox: await n(db.select({ n: count() }).from(outboxMessages)),
  };
}

export async function createGroup(t: TestApp, as: SeededUser, name = unique('group')) {
  const res = await t.call({
    method: 'POST',
    url: `${P}/policies/group/new`,
    as,
    request: { name, desc: `${name} description` },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().response as { id: string; name: string };
}

export async function createPolicy(
  t: TestApp,
  as: SeededUser,
  groupName: string,
  options: { type?: string; name?: string; document?: PolicyDocument } = {},
) {
  const type = options.type ?? 'Auth';
  const res = await t.call({
    method: 'POST',
    url: `${P}/policies`,
    as,
    request: {
      policyGroupName: groupName,
      policyType: type,
      name: options.name ?? unique('policy'),
      desc: 'A test policy',
      version: '1.0',
      policies: options.document ?? documentFor(type),
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().response as { id: string; name: string; policyGroupId: string };
}

export async function publish(t: TestApp, as: SeededUser, policyId: string, groupId: string) {
  const res = await t.call({ method: 'POST', url: `${P}/policies/${policyId}/group/${groupId}/publish`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().response;
}

export function errorFields(res: { json: () => unknown }): string[] {
  const body = res.json() as { errors?: { errorCode: string; field?: string }[] };
  return (body.errors ?? []).map((e) => `${e.errorCode} ${e.field ?? ''}`.trim());
}

/** A partner organisation owned by `owner`, registered in a policy group (straight into the database). */
export async function insertPartner(t: TestApp, owner: SeededUser, policyGroupId: string): Promise<string> {
  const partnerId = unique('partner').slice(0, 30);
  await t.db.insert(partners).values({
    id: partnerId,
    userId: owner.id,
    name: `Org ${partnerId}`,
    address: 'Main street 1',
    contactNo: '+1000000',
    emailId: `${partnerId}@example.org`,
    partnerTypeCode: 'Auth_Partner',
    policyGroupId,
    createdBy: owner.username,
  });
  return partnerId;
}
