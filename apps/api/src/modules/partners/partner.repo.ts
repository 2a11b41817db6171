import type { AdminPartnersQuery, PolicyRequestsQuery } from '@pms/contracts';
import { and, asc, count, eq, gte, ilike, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';
import { users } from '../identity/identity.table.ts';
import { policies, policyGroups } from '../policies/policy.table.ts';
import {
  deviceSubTypes,
  deviceTypes,
  partnerContacts,
  partnerPolicyRequests,
  partners,
  partnerTypes,
  signupAttempts,
  signupChallengeUses,
  userConsents,
} from './partner.table.ts';

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerTypeRow = typeof partnerTypes.$inferSelect;
export type PolicyRequestRow = typeof partnerPolicyRequests.$inferSelect;

// ---- reference data

export function listPartnerTypes(db: Db) {
  return db.select().from(partnerTypes).orderBy(asc(partnerTypes.code));
}

/** Case-insensitive lookup of a partner type code (MOSIP matches codes ignoring case). */
export async function findPartnerType(db: Db, code: string): Promise<PartnerTypeRow | undefined> {
  const [row] = await db.select().from(partnerTypes).where(sql`lower(${partnerTypes.code}) = lower(${code})`);
  return row;
}

export function listDeviceTypes(db: Db) {
  return db.select().from(deviceTypes).orderBy(asc(deviceTypes.code));
}

export function listDeviceSubTypes(db: Db, typeCode?: string) {
  return db
    .select()
    .from(deviceSubTypes)
    .where(typeCode ? sql`lower(${deviceSubTypes.deviceTypeCode}) = lower(${typeCode})` : undefined)
    .orderBy(asc(deviceSubTypes.deviceTypeCode), asc(deviceSubTypes.code));
}

export async function findPolicyGroupByName(db: Db, name: string) {
  const [row] = await db.select().from(policyGroups).where(sql`lower(${policyGroups.name}) = lower(${name})`);
  return row;
}

export async function findPolicyGroupById(db: Db, id: string) {
  const [row] = await db.select().from(policyGroups).where(eq(policyGroups.id, id));
  return row;
}

// ---- partners

export async function findPartner(db: Db, id: string, forUpdate = false): Promise<PartnerRow | undefined> {
  const query = db.select().from(partners).where(eq(partners.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function partnerIdTaken(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(sql`lower(${partners.id}) = lower(${id})`);
  return !!row;
}

export async function partnerEmailTaken(db: Db, email: string, exceptPartnerId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(
      and(
        sql`lower(${partners.emailId}) = lower(${email})`,
        exceptPartnerId ? sql`${partners.id} <> ${exceptPartnerId}` : undefined,
      ),
    );
  return !!row;
}

export async function insertPartner(db: Db, values: typeof partners.$inferInsert): Promise<PartnerRow> {
  const [row] = await db.insert(partners).values(values).returning();
  if (!row) throw new Error('insert partner returned nothing');
  return row;
}

export async function updatePartner(
  db: Db,
  id: string,
  values: Partial<typeof partners.$inferInsert>,
): Promise<PartnerRow | undefined> {
  const [row] = await db
    .update(partners)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(partners.id, id))
    .returning();
  return row;
}

export function partnersOfUser(db: Db, userId: string) {
  return db
    .select({ partner: partners, group: policyGroups })
    .from(partners)
    .leftJoin(policyGroups, eq(policyGroups.id, partners.policyGroupId))
    .where(eq(partners.userId, userId))
    .orderBy(asc(partners.createdAt), asc(partners.id));
}

export async function partnerWithGroup(db: Db, id: string) {
  const [row] = await db
    .select({ partner: partners, group: policyGroups, user: users })
    .from(partners)
    .leftJoin(policyGroups, eq(policyGroups.id, partners.policyGroupId))
    .leftJoin(users, eq(users.id, partners.userId))
    .where(eq(partners.id, id));
  return row;
}

export function allPartners(db: Db, partnerType?: string) {
  return db
    .select()
    .from(partners)
    .where(partnerType ? sql`lower(${partners.partnerTypeCode}) = lower(${partnerType})` : undefined)
    .orderBy(asc(partners.createdAt), asc(partners.id))
    .limit(10_000);
}

const certificateStatus = sql<string>`case when ${partners.certificateAlias} is null then 'not_uploaded' else 'uploaded' end`;

/** `GET /admin-partners`: filters, sort and paging all in SQL. */
export async function searchPartners(db: Db, query: AdminPartnersQuery, paging: Paging) {
  const where: (SQL | undefined)[] = [];
  if (query.partnerId) where.push(ilike(partners.id, containsPattern(query.partnerId)));
  if (query.partnerType) where.push(ilike(partners.partnerTypeCode, containsPattern(query.partnerType)));
  if (query.orgName) where.push(ilike(partners.name, containsPattern(query.orgName)));
  if (query.emailAddress) where.push(ilike(partners.emailId, containsPattern(query.emailAddress)));
  if (query.policyGroupName) where.push(ilike(policyGroups.name, containsPattern(query.policyGroupName)));
  if (query.isActive) where.push(eq(partners.isActive, query.isActive === 'true'));
  if (query.certificateUploadStatus === 'uploaded') where.push(isNotNull(partners.certificateAlias));
  if (query.certificateUploadStatus === 'not_uploaded') where.push(isNull(partners.certificateAlias));
  const condition = and(...where);
  const columns = {
    partnerId: partners.id,
    partnerType: partners.partnerTypeCode,
    orgName: partners.name,
    policyGroupId: partners.policyGroupId,
    policyGroupName: policyGroups.name,
    emailAddress: partners.emailId,
    certificateUploadStatus: certificateStatus,
    status: partners.approvalStatus,
    isActive: partners.isActive,
    createdDateTime: partners.createdAt,
  };
  const { limit, offset } = limitOffset(paging);
  const rows = await db
    .select({ partner: partners, groupName: policyGroups.name })
    .from(partners)
    .leftJoin(policyGroups, eq(policyGroups.id, partners.policyGroupId))
    .where(condition)
    .orderBy(...orderByOf(paging, columns, sql`${partners.createdAt} desc`, partners.id))
    .limit(limit)
    .offset(offset);
  const needsJoin = !!query.policyGroupName;
  const totalQuery = needsJoin
    ? db
        .select({ n: count() })
        .from(partners)
        .leftJoin(policyGroups, eq(policyGroups.id, partners.policyGroupId))
        .where(condition)
    : db.select({ n: count() }).from(partners).where(condition);
  const [total] = await totalQuery;
  return { rows, total: total?.n ?? 0 };
}

// ---- contacts

export async function findContactByEmail(db: Db, partnerId: string, email: string) {
  const [row] = await db
    .select()
    .from(partnerContacts)
    .where(
      and(eq(partnerContacts.partnerId, partnerId), sql`lower(${partnerContacts.emailId}) = lower(${email})`),
    );
  return row;
}

export async function insertContact(db: Db, values: typeof partnerContacts.$inferInsert) {
  const [row] = await db.insert(partnerContacts).values(values).returning();
  return row;
}

export async function updateContact(
  db: Db,
  id: string,
  values: Partial<typeof partnerContacts.$inferInsert>,
) {
  const [row] = await db
    .update(partnerContacts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(partnerContacts.id, id))
    .returning();
  return row;
}

export function deactivateContacts(db: Db, partnerId: string) {
  return db
    .update(partnerContacts)
    .set({ isActive: false, updatedAt: new Date() })
    .where(and(eq(partnerContacts.partnerId, partnerId), eq(partnerContacts.isActive, true)));
}

// ---- consent

export async function findConsent(db: Db, userId: string) {
  const [row] = await db.select().from(userConsents).where(eq(userConsents.userId, userId));
  return row;
}

export async function upsertConsent(db: Db, id: string, userId: string, at: Date) {
  const [row] = await db
    .insert(userConsents)
    .values({ id, userId, consentGiven: true, consentGivenAt: at })
    .onConflictDoUpdate({
      target: userConsents.userId,
      set: { consentGiven: true, consentGivenAt: at, updatedAt: at },
    })
    .returning();
  return row;
}

// ---- policies and requests

/** Policies of that name (any group), newest first. */
export function policiesNamed(db: Db, name: string) {
  return db
    .select({ policy: policies, group: policyGroups })
    .from(policies)
    .innerJoin(policyGroups, eq(policyGroups.id, policies.policyGroupId))
    .where(sql`lower(${policies.name}) = lower(${name})`);
}

export async function findPolicyById(db: Db, id: string) {
  const [row] = await db
    .select({ policy: policies, group: policyGroups })
    .from(policies)
    .innerJoin(policyGroups, eq(policyGroups.id, policies.policyGroupId))
    .where(eq(policies.id, id));
  return row;
}

export function liveRequestsFor(db: Db, partnerId: string, policyId: string) {
  return db
    .select()
    .from(partnerPolicyRequests)
    .where(
      and(
        eq(partnerPolicyRequests.partnerId, partnerId),
        eq(partnerPolicyRequests.policyId, policyId),
        inArray(partnerPolicyRequests.status, ['InProgress', 'approved']),
      ),
    );
}

export async function insertPolicyRequest(db: Db, values: typeof partnerPolicyRequests.$inferInsert) {
  const [row] = await db.insert(partnerPolicyRequests).values(values).returning();
  if (!row) throw new Error('insert policy request returned nothing');
  return row;
}

export async function findPolicyRequest(db: Db, id: string, forUpdate = false) {
  const query = db.select().from(partnerPolicyRequests).where(eq(partnerPolicyRequests.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updatePolicyRequest(
  db: Db,
  id: string,
  values: Partial<typeof partnerPolicyRequests.$inferInsert>,
) {
  const [row] = await db
    .update(partnerPolicyRequests)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(partnerPolicyRequests.id, id))
    .returning();
  return row;
}

/** Pending requests of a partner are closed as rejected when it is deactivated. */
export function rejectPendingRequests(db: Db, partnerId: string, by: string, comment: string) {
  const now = new Date();
  return db
    .update(partnerPolicyRequests)
    .set({ status: 'rejected', decidedBy: by, decidedAt: now, decisionComment: comment, updatedAt: now })
    .where(
      and(eq(partnerPolicyRequests.partnerId, partnerId), eq(partnerPolicyRequests.status, 'InProgress')),
    )
    .returning({ id: partnerPolicyRequests.id });
}

export function requestsOfPartner(db: Db, partnerId: string) {
  return db
    .select()
    .from(partnerPolicyRequests)
    .where(eq(partnerPolicyRequests.partnerId, partnerId))
    .orderBy(asc(partnerPolicyRequests.createdAt), asc(partnerPolicyRequests.id));
}

/** `GET /partner-policy-requests`; `ownerUserId` restricts to that user's partners. */
export async function searchPolicyRequests(
  db: Db,
  query: PolicyRequestsQuery,
  paging: Paging,
  ownerUserId: string | undefined,
) {
  const where: (SQL | undefined)[] = [];
  if (ownerUserId) where.push(eq(partners.userId, ownerUserId));
  if (query.partnerId) where.push(ilike(partners.id, containsPattern(query.partnerId)));
  if (query.partnerType) where.push(ilike(partners.partnerTypeCode, containsPattern(query.partnerType)));
  if (query.orgName) where.push(ilike(partners.name, containsPattern(query.orgName)));
  if (query.policyId) where.push(ilike(sql`${policies.id}::text`, containsPattern(query.policyId)));
  if (query.policyName) where.push(ilike(policies.name, containsPattern(query.policyName)));
  if (query.policyGroupName) where.push(ilike(policyGroups.name, containsPattern(query.policyGroupName)));
  if (query.partnerComment)
    where.push(ilike(partnerPolicyRequests.requestDetail, containsPattern(query.partnerComment)));
  if (query.status) where.push(eq(partnerPolicyRequests.status, query.status));
  const condition = and(...where);
  const columns = {
    partnerId: partners.id,
    partnerType: partners.partnerTypeCode,
    orgName: partners.name,
    policyId: policies.id,
    policyGroupName: policyGroups.name,
    policyName: policies.name,
    status: partnerPolicyRequests.status,
    requestDetail: partnerPolicyRequests.requestDetail,
    createdDateTime: partnerPolicyRequests.createdAt,
  };
  const { limit, offset } = limitOffset(paging);
  const base = () =>
    db
      .select({ request: partnerPolicyRequests, partner: partners, policy: policies, group: policyGroups })
      .from(partnerPolicyRequests)
      .innerJoin(partners, eq(partners.id, partnerPolicyRequests.partnerId))
      .innerJoin(policies, eq(policies.id, partnerPolicyRequests.policyId))
      .innerJoin(policyGroups, eq(policyGroups.id, policies.policyGroupId));
  const rows = await base()
    .where(condition)
    .orderBy(
      ...orderByOf(paging, columns, sql`${partnerPolicyRequests.createdAt} desc`, partnerPolicyRequests.id),
    )
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(partnerPolicyRequests)
    .innerJoin(partners, eq(partners.id, partnerPolicyRequests.partnerId))
    .innerJoin(policies, eq(policies.id, partnerPolicyRequests.policyId))
    .innerJoin(policyGroups, eq(policyGroups.id, policies.policyGroupId))
    .where(condition);
  return { rows, total: total?.n ?? 0 };
}

// ---- sign-up throttling

export async function recordSignupAttempt(db: Db, id: string, address: string) {
  await db.insert(signupAttempts).values({ id, address });
}

export async function countSignupAttempts(db: Db, address: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(signupAttempts)
    .where(and(eq(signupAttempts.address, address), gte(signupAttempts.occurredAt, since)));
  return row?.n ?? 0;
}

/** Spends a challenge nonce; false when it was already spent. */
export async function spendChallengeNonce(db: Db, nonce: string): Promise<boolean> {
  const rows = await db
    .insert(signupChallengeUses)
    .values({ nonce })
    .onConflictDoNothing()
    .returning({ nonce: signupChallengeUses.nonce });
  return rows.length === 1;
}

/** Active policy groups, for the public sign-up form. */
export function activePolicyGroups(db: Db) {
  return db
    .select({ name: policyGroups.name, description: policyGroups.description })
    .from(policyGroups)
    .where(eq(policyGroups.isActive, true))
    .orderBy(asc(policyGroups.name))
    .limit(500);
}
