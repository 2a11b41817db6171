import {
  ANY_PARTNER,
  activePolicyGroupSchema,
  adminRoles,
  deactivateRequestSchema,
  policyCreateRequestSchema,
  policyCreateResponseSchema,
  policyDeactivateResponseSchema,
  policyDetailsSchema,
  policyGroupCreateRequestSchema,
  policyGroupDeactivateResponseSchema,
  policyGroupListQuerySchema,
  policyGroupPageSchema,
  policyGroupResponseSchema,
  policyGroupUpdateRequestSchema,
  policyGroupWithPoliciesSchema,
  policyHistoryEntrySchema,
  policyListQuerySchema,
  policyPageSchema,
  policyRefSchema,
  policyResponseSchema,
  policyUpdateRequestSchema,
  type Role,
} from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import {
  presentGroup,
  presentGroupWithPolicies,
  presentPolicy,
  presentPolicyCreated,
  presentPolicyDetails,
} from './policy.presenter.ts';
import {
  createGroup,
  createPolicy,
  deactivateGroup,
  deactivatePolicy,
  getActiveGroups,
  getActivePoliciesOfGroup,
  getAllGroupsWithPolicies,
  getGroupWithPolicies,
  getPolicy,
  getPolicyForPartner,
  getPolicyHistory,
  listGroupsPage,
  listPoliciesPage,
  publishPolicy,
  updateDraftPolicy,
  updateGroupDetails,
} from './policy.service.ts';

const BASE = '/v1/policymanager';
const tags = ['Policy manager'];
/** PARTNER_ADMIN and POLICYMANAGER (`mosip.role.pms.*` for every policy-writing endpoint). */
const MANAGERS: readonly Role[] = adminRoles;
/** Partners pick a policy group and request policies: every partner role plus the managers. */
const PARTNERS_AND_MANAGERS: readonly Role[] = [...ANY_PARTNER, ...adminRoles];

const groupIdParams = z.object({ policyGroupId: policyRefSchema });
const policyIdParams = z.object({ policyId: policyRefSchema });

/** MOSIP policy service (`/v1/policymanager`): policy groups and policies. */
export function registerPolicyRoutes(app: FastifyInstance, deps: AppDeps): void {
  // ---- policy groups -------------------------------------------------------------------------------
  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/policies/group/new`,
    summary: 'Create a policy group (active)',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.group.create',
    body: policyGroupCreateRequestSchema,
    response: policyGroupResponseSchema,
    handler: async ({ ctx, body }) => presentGroup(await createGroup(deps, ctx, body)),
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/policies/group/:policyGroupId`,
    summary: 'Rename or re-describe a policy group; isActive=false deactivates it like PATCH',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.group.update',
    params: groupIdParams,
    body: policyGroupUpdateRequestSchema,
    response: policyGroupResponseSchema,
    handler: async ({ ctx, params, body }) =>
      presentGroup(await updateGroupDetails(deps, ctx, params.policyGroupId, body)),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: `${BASE}/policies/group/:policyGroupId`,
    summary: 'Deactivate a policy group that holds no draft and no active policy',
    tags,
    access: MANAGERS,
    envelope: 'v2',
    apiId: 'mosip.pms.deactivate.policy.group.patch',
    params: groupIdParams,
    body: deactivateRequestSchema,
    response: policyGroupDeactivateResponseSchema,
    handler: ({ ctx, params, body }) => deactivateGroup(deps, ctx, params.policyGroupId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/group/all`,
    summary: 'Every policy group with its policies',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.group.retrieve',
    response: z.array(policyGroupWithPoliciesSchema),
    handler: async () =>
      (await getAllGroupsWithPolicies(deps)).map((g) => presentGroupWithPolicies(g.group, g.policies)),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/group/:policyGroupId`,
    summary: 'A policy group with all its policies',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.group.retrieve',
    params: groupIdParams,
    response: policyGroupWithPoliciesSchema,
    handler: async ({ params }) => {
      const { group, policies } = await getGroupWithPolicies(deps, params.policyGroupId);
      return presentGroupWithPolicies(group, policies);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/policy-groups`,
    summary: 'Active policy groups (for the policy-group choosers of partners and managers)',
    tags,
    access: PARTNERS_AND_MANAGERS,
    envelope: 'v2',
    apiId: 'mosip.pms.policy.groups.get',
    response: z.array(activePolicyGroupSchema),
    handler: async () =>
      (await getActiveGroups(deps)).map((g) => ({
        id: g.id,
        name: g.name,
        description: g.description,
        isActive: g.isActive,
      })),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policy-groups`,
    summary: 'Paged, filtered and sorted list of policy groups',
    tags,
    access: MANAGERS,
    envelope: 'v2',
    apiId: 'mosip.pms.policy.groups.get',
    querystring: policyGroupListQuerySchema,
    response: policyGroupPageSchema,
    handler: ({ query }) => listGroupsPage(deps, query),
  });

  // ---- policies ------------------------------------------------------------------------------------
  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/policies`,
    summary: 'Create a draft policy (also how the portal clones one)',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.create',
    body: policyCreateRequestSchema,
    response: policyCreateResponseSchema,
    handler: async ({ ctx, body }) => {
      const { policy, group } = await createPolicy(deps, ctx, body);
      return presentPolicyCreated(policy, group);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/v2`,
    summary: 'Paged, filtered and sorted list of policies',
    tags,
    access: MANAGERS,
    envelope: 'v2',
    apiId: 'mosip.pms.policies.get',
    querystring: policyListQuerySchema,
    response: policyPageSchema,
    handler: ({ query }) => listPoliciesPage(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/active/group/:groupName`,
    summary:
      'Activated policies of an active group (what a partner may request); partners see only their groups',
    tags,
    access: PARTNERS_AND_MANAGERS,
    apiId: 'mosip.partnermanagement.policy.retrieve',
    params: z.object({ groupName: z.string().min(1).max(128) }),
    response: z.array(policyDetailsSchema),
    handler: async ({ ctx, params }) => {
      const { group, policies } = await getActivePoliciesOfGroup(deps, ctx, params.groupName);
      return policies.map((p) => presentPolicyDetails(p, group));
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/policies/:policyId`,
    summary: 'Update a draft policy (published policies are immutable)',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.update',
    params: policyIdParams,
    body: policyUpdateRequestSchema,
    response: policyCreateResponseSchema,
    handler: async ({ ctx, params, body }) => {
      const { policy, group } = await updateDraftPolicy(deps, ctx, params.policyId, body);
      return presentPolicyCreated(policy, group);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/policies/:policyId/group/:policyGroupId/publish`,
    summary: 'Publish a draft policy: it becomes activated and immutable',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.publish',
    params: z.object({ policyId: policyRefSchema, policyGroupId: policyRefSchema }),
    response: policyResponseSchema,
    handler: async ({ ctx, params }) => {
      const { policy, group } = await publishPolicy(deps, ctx, params.policyId, params.policyGroupId);
      return presentPolicy(policy, group);
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: `${BASE}/policies/:policyId`,
    summary: 'Deactivate an activated policy (refused while partner requests on it are open or approved)',
    tags,
    access: MANAGERS,
    envelope: 'v2',
    apiId: 'mosip.pms.deactivate.policy.patch',
    params: policyIdParams,
    body: deactivateRequestSchema,
    response: policyDeactivateResponseSchema,
    handler: ({ ctx, params, body }) => deactivatePolicy(deps, ctx, params.policyId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/:policyId/history`,
    summary: 'History of a policy: creation, draft updates, publication, deactivation, with who and when',
    tags,
    access: MANAGERS,
    apiId: 'mosip.pms.policy.history.get',
    params: policyIdParams,
    response: z.array(policyHistoryEntrySchema),
    handler: ({ params }) => getPolicyHistory(deps, params.policyId),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/:policyId`,
    summary: 'One policy with its group and document',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.retrieve',
    params: policyIdParams,
    response: policyResponseSchema,
    handler: async ({ params }) => {
      const { policy, group } = await getPolicy(deps, params.policyId);
      return presentPolicy(policy, group);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/policies/:policyId/partner/:partnerId`,
    summary: 'The policy as a partner holding an active API key on it uses it',
    tags,
    access: MANAGERS,
    apiId: 'mosip.partnermanagement.policy.retrieve',
    params: z.object({ policyId: policyRefSchema, partnerId: z.string().min(1).max(64) }),
    response: policyResponseSchema,
    handler: ({ params }) => getPolicyForPartner(deps, params.policyId, params.partnerId),
  });
}
