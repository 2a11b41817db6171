import {
  adminRoles,
  type DeactivateRequest,
  type Page,
  type PolicyCreateRequest,
  type PolicyGroupCreateRequest,
  type PolicyGroupListItem,
  type PolicyGroupListQuery,
  type PolicyGroupUpdateRequest,
  type PolicyHistoryEntry,
  type PolicyListItem,
  type PolicyListQuery,
  type PolicyType,
  type PolicyUpdateRequest,
  policyGroupSortFields,
  policyLimits,
  policySortFields,
  policyTypes,
} from '@pms/contracts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, assertThat } from '../../platform/errors/app-error.ts';
import { registerUniqueViolation } from '../../platform/errors/db-errors.ts';
import { type AuthedContext, hasRole } from '../../platform/http/context.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { publishEvent } from '../../platform/outbox/outbox.ts';
import { policyEventData, presentGroupListItem, presentPolicyListItem } from './policy.presenter.ts';
import {
  countGroupPolicies,
  countPolicyRequests,
  findGroup,
  findGroupByName,
  findPolicy,
  findPolicyByName,
  insertGroup,
  insertHistory,
  insertPolicy,
  listActiveGroups,
  listAllPolicies,
  listGroupPolicies,
  listGroups,
  listPolicyHistory,
  type PolicyGroupRow,
  type PolicyRow,
  pageGroups,
  pagePolicies,
  updateGroup,
  updatePolicy,
  userHasPartnerInGroup,
} from './policy.repo.ts';
import { validatePolicyDocument } from './policy.validator.ts';

// The race where two requests create the same name at once answers like the checks below.
registerUniqueViolation('policy_groups__name_key', 'PMS_POL_014', 'request.name');
registerUniqueViolation('policies__policy_group_id_name_key', 'PMS_POL_009', 'request.name');

/** The only status the deactivation endpoints accept (MOSIP's spelling). */
const DEACTIVATE = 'De-Activate';
/** MOSIP: a policy is valid for 200 years from its creation. */
const VALIDITY_YEARS = 200;

const actorName = (ctx: AuthedContext) => ctx.actor.username;

function snapshotGroup(g: PolicyGroupRow) {
  return { name: g.name, description: g.description, isActive: g.isActive };
}

function snapshotPolicy(p: PolicyRow, withDocument = false) {
  return {
    name: p.name,
    description: p.description,
    policyType: p.policyType,
    version: p.version,
    status: p.status,
    policyGroupId: p.policyGroupId,
    ...(withDocument ? { document: p.document } : {}),
  };
}

/** `auth` → `Auth`: MOSIP compares policy types case-insensitively. @throws PMS_POL_023 */
export function canonicalPolicyType(value: string): PolicyType {
  const found = policyTypes.find((t) => t.toLowerCase() === value.trim().toLowerCase());
  if (!found) {
    throw new AppError('PMS_POL_023', { type: value, allowed: policyTypes.join(', ') }, 'request.policyType');
  }
  return found;
}

/** Size and schema checks of a policy document, every violation reported. @throws PMS_POL_101, PMS_PV_00x */
export function assertValidDocument(type: PolicyType, document: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(document), 'utf8');
  if (bytes > policyLimits.documentBytes) {
    throw new AppError('PMS_POL_101', { max: policyLimits.documentBytes }, 'request.policies');
  }
  const problems = validatePolicyDocument(type, document);
  if (problems.length) throw AppError.many(problems);
}

function assertDeactivateStatus(body: DeactivateRequest): void {
  assertThat(body.status === DEACTIVATE, 'PMS_POL_073', {}, 'request.status');
}

// ---- policy groups ---------------------------------------------------------------------------------

/** @throws PMS_POL_014 name taken (regardless of case) */
export async function createGroup(deps: AppDeps, ctx: AuthedContext, body: PolicyGroupCreateRequest) {
  return deps.db.transaction(async (tx) => {
    assertThat(!(await findGroupByName(tx, body.name)), 'PMS_POL_014', { name: body.name }, 'request.name');
    const group = await insertGroup(tx, {
      name: body.name,
      description: body.desc,
      createdBy: actorName(ctx),
    });
    await recordAudit(tx, ctx, {
      action: 'policy_group.create',
      entityType: 'policy_group',
      entityId: group.id,
      after: snapshotGroup(group),
    });
    return group;
  });
}

/** The group-deactivation rule shared by PATCH and PUT: no draft and no activated policy inside. */
async function assertGroupCanDeactivate(tx: Db, groupId: string): Promise<void> {
  const counts = await countGroupPolicies(tx, groupId);
  if (counts.activated > 0 && counts.draft > 0) throw new AppError('PMS_POL_069');
  if (counts.activated > 0) throw new AppError('PMS_POL_056');
  if (counts.draft > 0) throw new AppError('PMS_POL_070');
}

/**
 * Renames/re-describes a group; `isActive` may deactivate it (same rules as PATCH) or re-activate it.
 * @throws PMS_POL_016 unknown group, PMS_POL_014 name taken, PMS_POL_056/069/070 policies still open
 */
export async function updateGroupDetails(
  deps: AppDeps,
  ctx: AuthedContext,
  groupRef: string,
  body: PolicyGroupUpdateRequest,
) {
  return deps.db.transaction(async (tx) => {
    const group = await findGroup(tx, groupRef, 'update');
    assertThat(group, 'PMS_POL_016');
    const sameName = await findGroupByName(tx, body.name);
    assertThat(!sameName || sameName.id === group.id, 'PMS_POL_014', { name: body.name }, 'request.name');
    const isActive = body.isActive ?? group.isActive;
    if (group.isActive && !isActive) await assertGroupCanDeactivate(tx, group.id);
    const updated = await updateGroup(tx, group.id, {
      name: body.name,
      description: body.desc,
      isActive,
      updatedBy: actorName(ctx),
    });
    await recordAudit(tx, ctx, {
      action: 'policy_group.update',
      entityType: 'policy_group',
      entityId: group.id,
      before: snapshotGroup(group),
      after: snapshotGroup(updated),
    });
    return updated;
  });
}

/**
 * Deactivates a group that holds no draft and no activated policy (terminal through this endpoint).
 * @throws PMS_POL_073 status, PMS_POL_068 unknown, PMS_POL_067 already inactive, PMS_POL_069/056/070
 */
export async function deactivateGroup(
  deps: AppDeps,
  ctx: AuthedContext,
  groupRef: string,
  body: DeactivateRequest,
) {
  assertDeactivateStatus(body);
  return deps.db.transaction(async (tx) => {
    // The row lock makes policy creation and publication in this group wait for the decision.
    const group = await findGroup(tx, groupRef, 'update');
    assertThat(group, 'PMS_POL_068');
    assertThat(group.isActive, 'PMS_POL_067');
    await assertGroupCanDeactivate(tx, group.id);
    const updated = await updateGroup(tx, group.id, { isActive: false, updatedBy: actorName(ctx) });
    await recordAudit(tx, ctx, {
      action: 'policy_group.deactivate',
      entityType: 'policy_group',
      entityId: group.id,
      before: snapshotGroup(group),
      after: snapshotGroup(updated),
    });
    return { policyGroupId: updated.id, isActive: updated.isActive };
  });
}

/** @throws PMS_POL_016 */
export async function getGroupWithPolicies(deps: AppDeps, groupRef: string) {
  const group = await findGroup(deps.db, groupRef);
  assertThat(group, 'PMS_POL_016');
  return { group, policies: await listGroupPolicies(deps.db, group.id) };
}

/** Every group with its policies: two queries, grouped in memory (MOSIP runs one query per group). */
export async function getAllGroupsWithPolicies(deps: AppDeps) {
  const groups = await listGroups(deps.db);
  const byGroup = new Map<string, PolicyRow[]>();
  for (const p of await listAllPolicies(deps.db)) {
    const list = byGroup.get(p.policyGroupId) ?? [];
    list.push(p);
    byGroup.set(p.policyGroupId, list);
  }
  return groups.map((group) => ({ group, policies: byGroup.get(group.id) ?? [] }));
}

export async function getActiveGroups(deps: AppDeps) {
  return listActiveGroups(deps.db);
}

export async function listGroupsPage(
  deps: AppDeps,
  query: PolicyGroupListQuery,
): Promise<Page<PolicyGroupListItem>> {
  const paging = parsePaging(query, policyGroupSortFields, 8);
  const { total, rows } = await pageGroups(deps.db, query, paging);
  return toPage(paging, total, rows.map(presentGroupListItem));
}

// ---- policies --------------------------------------------------------------------------------------

/**
 * Creates a draft policy in an active group.
 * @throws PMS_POL_023 type, PMS_POL_101 size, PMS_PV_00x schema, PMS_POL_019 unknown group,
 *   PMS_POL_053 inactive group, PMS_POL_009 name taken in the group
 */
export async function createPolicy(deps: AppDeps, ctx: AuthedContext, body: PolicyCreateRequest) {
  const type = canonicalPolicyType(body.policyType);
  assertValidDocument(type, body.policies);
  return deps.db.transaction(async (tx) => {
    const group = await findGroupByName(tx, body.policyGroupName, 'share');
    assertThat(group, 'PMS_POL_019', {}, 'request.policyGroupName');
    assertThat(group.isActive, 'PMS_POL_053', {}, 'request.policyGroupName');
    assertThat(
      !(await findPolicyByName(tx, group.id, body.name)),
      'PMS_POL_009',
      { name: body.name },
      'request.name',
    );
    const now = new Date();
    const validTo = new Date(now);
    validTo.setUTCFullYear(validTo.getUTCFullYear() + VALIDITY_YEARS);
    const policy = await insertPolicy(tx, {
      policyGroupId: group.id,
      name: body.name,
      description: body.desc,
      policyType: type,
      version: body.version,
      document: body.policies,
      status: 'draft',
      validFrom: now,
      validTo,
      createdBy: actorName(ctx),
    });
    await insertHistory(tx, policy, 'created', null, actorName(ctx));
    await recordAudit(tx, ctx, {
      action: 'policy.create',
      entityType: 'policy',
      entityId: policy.id,
      after: snapshotPolicy(policy),
    });
    return { policy, group };
  });
}

/**
 * Updates a draft (name, description, version, document); the type and the group never change.
 * Publishes POLICY_UPDATED as MOSIP does.
 * @throws PMS_POL_008 unknown policy, PMS_POL_019 unknown group, PMS_POL_015 not in that group,
 *   PMS_POL_053 inactive group, PMS_POL_055 not a draft, PMS_POL_009 name taken, PMS_POL_101, PMS_PV_00x
 */
export async function updateDraftPolicy(
  deps: AppDeps,
  ctx: AuthedContext,
  policyRef: string,
  body: PolicyUpdateRequest,
) {
  return deps.db.transaction(async (tx) => {
    const policy = await findPolicy(tx, policyRef, 'update');
    assertThat(policy, 'PMS_POL_008');
    const group = await findGroupByName(tx, body.policyGroupName, 'share');
    assertThat(group, 'PMS_POL_019', {}, 'request.policyGroupName');
    assertThat(group.id === policy.policyGroupId, 'PMS_POL_015', {}, 'request.policyGroupName');
    assertThat(group.isActive, 'PMS_POL_053', {}, 'request.policyGroupName');
    assertThat(policy.status === 'draft', 'PMS_POL_055');
    assertThat(
      !(await findPolicyByName(tx, group.id, body.name, policy.id)),
      'PMS_POL_009',
      { name: body.name },
      'request.name',
    );
    assertValidDocument(policy.policyType as PolicyType, body.policies);
    const updated = await updatePolicy(tx, policy.id, {
      name: body.name,
      description: body.desc,
      version: body.version,
      document: body.policies,
      updatedBy: actorName(ctx),
    });
    await insertHistory(tx, updated, 'updated', policy.status, actorName(ctx));
    await recordAudit(tx, ctx, {
      action: 'policy.update',
      entityType: 'policy',
      entityId: policy.id,
      before: snapshotPolicy(policy, true),
      after: snapshotPolicy(updated, true),
    });
    await publishEvent(tx, deps.outbox, {
      topic: 'POLICY_UPDATED',
      entityType: 'policy',
      entityId: policy.id,
      data: policyEventData(updated),
    });
    return { policy: updated, group };
  });
}

/**
 * Publishes a draft: it becomes activated and immutable; POLICY_UPDATED goes out.
 * @throws PMS_POL_016 unknown group, PMS_POL_053 inactive group, PMS_POL_008 unknown policy,
 *   PMS_POL_015 not in that group, PMS_POL_020 already published
 */
export async function publishPolicy(deps: AppDeps, ctx: AuthedContext, policyRef: string, groupRef: string) {
  return deps.db.transaction(async (tx) => {
    const group = await findGroup(tx, groupRef, 'share');
    assertThat(group, 'PMS_POL_016');
    assertThat(group.isActive, 'PMS_POL_053');
    const policy = await findPolicy(tx, policyRef, 'update');
    assertThat(policy, 'PMS_POL_008');
    assertThat(policy.policyGroupId === group.id, 'PMS_POL_015');
    assertThat(policy.status === 'draft', 'PMS_POL_020');
    const now = new Date();
    const published = await updatePolicy(tx, policy.id, {
      status: 'activated',
      publishedAt: now,
      updatedBy: actorName(ctx),
    });
    await insertHistory(tx, published, 'published', policy.status, actorName(ctx));
    await recordAudit(tx, ctx, {
      action: 'policy.publish',
      entityType: 'policy',
      entityId: policy.id,
      before: snapshotPolicy(policy),
      after: snapshotPolicy(published),
    });
    await publishEvent(tx, deps.outbox, {
      topic: 'POLICY_UPDATED',
      entityType: 'policy',
      entityId: policy.id,
      data: policyEventData(published),
    });
    return { policy: published, group };
  });
}

/**
 * Deactivates an activated policy (terminal) unless a partner request on it is approved or pending;
 * POLICY_UPDATED goes out (MOSIP publishes nothing here, so other systems kept using the policy).
 * @throws PMS_POL_073 status, PMS_POL_065 unknown, PMS_POL_072 draft, PMS_POL_062 already deactivated,
 *   PMS_POL_063 approved request, PMS_POL_064 pending request
 */
export async function deactivatePolicy(
  deps: AppDeps,
  ctx: AuthedContext,
  policyRef: string,
  body: DeactivateRequest,
) {
  assertDeactivateStatus(body);
  return deps.db.transaction(async (tx) => {
    const policy = await findPolicy(tx, policyRef, 'update');
    assertThat(policy, 'PMS_POL_065');
    assertThat(policy.status !== 'draft', 'PMS_POL_072');
    assertThat(policy.status !== 'deactivated', 'PMS_POL_062');
    const requests = await countPolicyRequests(tx, policy.id);
    assertThat(requests.approved === 0, 'PMS_POL_063');
    assertThat(requests.pending === 0, 'PMS_POL_064');
    const updated = await updatePolicy(tx, policy.id, {
      status: 'deactivated',
      deactivatedAt: new Date(),
      updatedBy: actorName(ctx),
    });
    await insertHistory(tx, updated, 'deactivated', policy.status, actorName(ctx));
    await recordAudit(tx, ctx, {
      action: 'policy.deactivate',
      entityType: 'policy',
      entityId: policy.id,
      before: snapshotPolicy(policy),
      after: snapshotPolicy(updated),
    });
    await publishEvent(tx, deps.outbox, {
      topic: 'POLICY_UPDATED',
      entityType: 'policy',
      entityId: policy.id,
      data: policyEventData(updated),
    });
    return { policyId: updated.id, isActive: false };
  });
}

/** @throws PMS_POL_008 */
export async function getPolicy(deps: AppDeps, policyRef: string) {
  const policy = await findPolicy(deps.db, policyRef);
  assertThat(policy, 'PMS_POL_008');
  const group = await findGroup(deps.db, policy.policyGroupId);
  assertThat(group, 'PMS_POL_008');
  return { policy, group };
}

/** The policy's history (created, updated, published, deactivated), oldest first. @throws PMS_POL_008 */
export async function getPolicyHistory(deps: AppDeps, policyRef: string) {
  const policy = await findPolicy(deps.db, policyRef);
  assertThat(policy, 'PMS_POL_008');
  const rows = await listPolicyHistory(deps.db, policy.id);
  return rows.map((r) => ({
    action: r.action as PolicyHistoryEntry['action'],
    fromStatus: r.fromStatus,
    toStatus: r.toStatus,
    version: r.version,
    changedBy: r.changedBy,
    changedAt: r.changedAt.toISOString(),
  }));
}

/**
 * Activated policies of an active group, for partners choosing a policy. A partner user sees only a group
 * one of its partners belongs to (MOSIP shows any group); other groups answer like unknown ones.
 * @throws PMS_POL_019 unknown (or not the caller's) group, PMS_POL_053 inactive group
 */
export async function getActivePoliciesOfGroup(deps: AppDeps, ctx: AuthedContext, groupName: string) {
  const group = await findGroupByName(deps.db, groupName);
  assertThat(group, 'PMS_POL_019');
  if (!hasRole(ctx.actor, ...adminRoles)) {
    assertThat(await userHasPartnerInGroup(deps.db, ctx.actor.userId, group.id), 'PMS_POL_019');
  }
  assertThat(group.isActive, 'PMS_POL_053');
  return { group, policies: await listGroupPolicies(deps.db, group.id, 'activated') };
}

/**
 * A policy as seen through a partner's API key (for other MOSIP systems). API keys are not built yet, so
 * no partner holds a key on any policy: the answer is MOSIP's "no policy for this partner".
 * @throws PMS_POL_008 unknown policy, PMS_POL_017 no active key of the partner on it
 */
export async function getPolicyForPartner(
  deps: AppDeps,
  policyRef: string,
  _partnerId: string,
): Promise<never> {
  const policy = await findPolicy(deps.db, policyRef);
  assertThat(policy, 'PMS_POL_008');
  throw new AppError('PMS_POL_017');
}

export async function listPoliciesPage(deps: AppDeps, query: PolicyListQuery): Promise<Page<PolicyListItem>> {
  const paging = parsePaging(query, policySortFields, 8);
  const { total, rows } = await pagePolicies(deps.db, query, paging);
  return toPage(paging, total, rows.map(presentPolicyListItem));
}
