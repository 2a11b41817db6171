import { z } from 'zod';
import { pageSchema, pagingQuerySchema } from './paging.ts';

/** Policy types MOSIP knows (`pmp.allowed.policy.types`); each has its JSON schema. */
export const policyTypes = ['Auth', 'DataShare', 'CredentialIssuance', 'MISP'] as const;
export const policyTypeSchema = z.enum(policyTypes);
export type PolicyType = z.infer<typeof policyTypeSchema>;

/** draft (editable) → activated (published, immutable) → deactivated (terminal). */
export const policyStatuses = ['draft', 'activated', 'deactivated'] as const;
export const policyStatusSchema = z.enum(policyStatuses);
export type PolicyStatus = z.infer<typeof policyStatusSchema>;

/** Policy group status filter of the paged group list. */
export const policyGroupStatuses = ['active', 'deactivated'] as const;

/** Shared limits for the forms, the API and the database. */
export const policyLimits = {
  name: 128,
  description: 256,
  version: 8,
  /** Serialised size of a policy document (MOSIP truncates at 5,120 characters; real documents fit 64 KiB). */
  documentBytes: 64 * 1024,
} as const;

/** MOSIP marker stored in `schema` once a policy is published (`pmp.policy.schema.url`). */
export const PUBLISHED_POLICY_SCHEMA = 'https://schemas.mosip.io/v1/auth-policy';

const name = z.string().trim().min(1).max(policyLimits.name);
const description = z.string().trim().min(1).max(policyLimits.description);
/** A policy document: a JSON object (arrays, strings and null are refused). */
export const policyDocumentSchema = z.record(z.string().max(256), z.unknown());
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

/** Path parameter of a policy or group id: a uuid, or the name of a MOSIP default (seeded) policy. */
export const policyRefSchema = z.string().min(1).max(128);

// ---- Policy groups ---------------------------------------------------------------------------------

/** `POST /policies/group/new` (MOSIP PolicyGroupCreateRequestDto). */
export const policyGroupCreateRequestSchema = z.strictObject({ name, desc: description });
export type PolicyGroupCreateRequest = z.infer<typeof policyGroupCreateRequestSchema>;

/** `PUT /policies/group/{id}`: rename, re-describe, and optionally (de)activate. */
export const policyGroupUpdateRequestSchema = z.strictObject({
  name,
  desc: description,
  isActive: z.boolean().optional(),
});
export type PolicyGroupUpdateRequest = z.infer<typeof policyGroupUpdateRequestSchema>;

/** `PATCH /policies/group/{id}` and `PATCH /policies/{id}`: `{ status: "De-Activate" }`. */
export const deactivateRequestSchema = z.strictObject({ status: z.string().max(32) });
export type DeactivateRequest = z.infer<typeof deactivateRequestSchema>;

/** MOSIP PolicyGroupCreateResponseDto (create and update answers). */
export const policyGroupResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  desc: z.string(),
  is_Active: z.boolean(),
  cr_by: z.string(),
  cr_dtimes: z.string(),
  up_by: z.string().nullable(),
  upd_dtimes: z.string().nullable(),
});
export type PolicyGroupResponse = z.infer<typeof policyGroupResponseSchema>;

/** Group entity as MOSIP's legacy endpoints show it (`/policies/group/{id}`, `/policies/group/all`). */
export const policyGroupEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  desc: z.string(),
  userId: z.string(),
  isActive: z.boolean(),
  isDeleted: z.boolean(),
  isSeeded: z.boolean(),
  crBy: z.string(),
  crDtimes: z.string(),
  updBy: z.string().nullable(),
  updDtimes: z.string().nullable(),
  delDtimes: z.string().nullable(),
});

/** A policy inside a group answer (MOSIP AuthPolicy entity fields the portal reads). */
export const groupPolicySchema = z.object({
  id: z.string(),
  name: z.string(),
  descr: z.string(),
  policyType: policyTypeSchema,
  version: z.string(),
  status: policyStatusSchema,
  schema: z.string().nullable(),
  is_Active: z.boolean(),
  validFromDate: z.string(),
  validToDate: z.string(),
  cr_by: z.string(),
  cr_dtimes: z.string(),
  up_by: z.string().nullable(),
  upd_dtimes: z.string().nullable(),
});

export const policyGroupWithPoliciesSchema = z.object({
  policyGroup: policyGroupEntitySchema,
  policies: z.array(groupPolicySchema),
});
export type PolicyGroupWithPolicies = z.infer<typeof policyGroupWithPoliciesSchema>;

/** `PATCH /policies/group/{id}` answer. */
export const policyGroupDeactivateResponseSchema = z.object({
  policyGroupId: z.string(),
  isActive: z.boolean(),
});

/** `GET /policies/policy-groups`: active groups for dropdowns (MOSIP PolicyGroup). */
export const activePolicyGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  isActive: z.boolean(),
});

/** `GET /policy-groups` filters (paged list for policy managers). */
export const policyGroupListQuerySchema = pagingQuerySchema.extend({
  policyGroupId: z.string().max(128).optional(),
  policyGroupName: z.string().max(policyLimits.name).optional(),
  policyGroupDescription: z.string().max(policyLimits.description).optional(),
  status: z.enum(policyGroupStatuses).optional(),
});
export type PolicyGroupListQuery = z.infer<typeof policyGroupListQuerySchema>;
export const policyGroupSortFields = [
  'policyGroupId',
  'policyGroupName',
  'policyGroupDescription',
  'createdDateTime',
  'status',
] as const;

export const policyGroupListItemSchema = z.object({
  policyGroupId: z.string(),
  policyGroupName: z.string(),
  policyGroupDescription: z.string(),
  isActive: z.boolean(),
  status: z.enum(policyGroupStatuses),
  isSeeded: z.boolean(),
  createdDateTime: z.string(),
});
export type PolicyGroupListItem = z.infer<typeof policyGroupListItemSchema>;
export const policyGroupPageSchema = pageSchema(policyGroupListItemSchema);

// ---- Policies --------------------------------------------------------------------------------------

/**
 * `POST /policies` (MOSIP PolicyCreateRequestDto). `policyType` is checked case-insensitively in the
 * service (MOSIP code PMS_POL_023); MOSIP's caller-chosen `policyId` is not accepted (ids are ours).
 */
export const policyCreateRequestSchema = z.strictObject({
  policyGroupName: name,
  policyType: z.string().trim().min(1).max(policyLimits.name),
  name,
  desc: description,
  version: z.string().trim().min(1).max(policyLimits.version),
  policies: policyDocumentSchema,
});
export type PolicyCreateRequest = z.infer<typeof policyCreateRequestSchema>;

/** `PUT /policies/{id}` (MOSIP PolicyUpdateRequestDto); the type cannot change. */
export const policyUpdateRequestSchema = z.strictObject({
  policyGroupName: name,
  name,
  desc: description,
  version: z.string().trim().min(1).max(policyLimits.version),
  policies: policyDocumentSchema,
});
export type PolicyUpdateRequest = z.infer<typeof policyUpdateRequestSchema>;

/** MOSIP PolicyCreateResponseDto plus type, version and status. */
export const policyCreateResponseSchema = z.object({
  id: z.string(),
  policyGroupId: z.string(),
  policyGroupName: z.string(),
  name: z.string(),
  desc: z.string(),
  policyType: policyTypeSchema,
  version: z.string(),
  status: policyStatusSchema,
  is_Active: z.boolean(),
  cr_by: z.string(),
  cr_dtimes: z.string(),
  up_by: z.string().nullable(),
  upd_dtimes: z.string().nullable(),
});
export type PolicyCreateResponse = z.infer<typeof policyCreateResponseSchema>;

/**
 * MOSIP PolicyResponseDto (GET one, publish). `status` keeps MOSIP's words (`DRAFTED`/`PUBLISHED`; a
 * deactivated policy is still `PUBLISHED`, unlike MOSIP's bug); `policyStatus` is the normalised state.
 */
export const policyResponseSchema = z.object({
  policyGroupId: z.string(),
  policyGroupName: z.string(),
  policyGroupDesc: z.string(),
  policyGroupStatus: z.boolean(),
  policyGroup_cr_by: z.string(),
  policyGroup_cr_dtimes: z.string(),
  policyGroup_up_by: z.string().nullable(),
  policyGroup_upd_dtimes: z.string().nullable(),
  policyId: z.string(),
  policyName: z.string(),
  policyDesc: z.string(),
  policyType: policyTypeSchema,
  publishDate: z.string().nullable(),
  validTill: z.string(),
  status: z.enum(['DRAFTED', 'PUBLISHED']),
  policyStatus: policyStatusSchema,
  version: z.string(),
  schema: z.string().nullable(),
  is_Active: z.boolean(),
  cr_by: z.string(),
  cr_dtimes: z.string(),
  up_by: z.string().nullable(),
  upd_dtimes: z.string().nullable(),
  policies: policyDocumentSchema,
});
export type PolicyResponse = z.infer<typeof policyResponseSchema>;

/** `PATCH /policies/{id}` answer. */
export const policyDeactivateResponseSchema = z.object({ policyId: z.string(), isActive: z.boolean() });

/** `GET /policies/active/group/{name}` item (MOSIP PolicyDetailsDto). */
export const policyDetailsSchema = z.object({
  policyGroupId: z.string(),
  policyGroupName: z.string(),
  id: z.string(),
  name: z.string(),
  descr: z.string(),
  policyType: policyTypeSchema,
});
export type PolicyDetails = z.infer<typeof policyDetailsSchema>;

/** `GET /policies/v2` filters: text filters match anywhere (case-insensitive), type and status exactly. */
export const policyListQuerySchema = pagingQuerySchema.extend({
  policyType: z.string().max(64).optional(),
  policyId: z.string().max(128).optional(),
  policyName: z.string().max(policyLimits.name).optional(),
  policyDescription: z.string().max(policyLimits.description).optional(),
  policyGroupName: z.string().max(policyLimits.name).optional(),
  status: policyStatusSchema.optional(),
});
export type PolicyListQuery = z.infer<typeof policyListQuerySchema>;
export const policySortFields = [
  'policyId',
  'policyName',
  'policyDescription',
  'policyGroupId',
  'policyGroupName',
  'policyType',
  'status',
  'createdDateTime',
] as const;

export const policyListItemSchema = z.object({
  policyId: z.string(),
  policyName: z.string(),
  policyDescription: z.string(),
  policyGroupId: z.string(),
  policyGroupName: z.string(),
  policyType: policyTypeSchema,
  status: policyStatusSchema,
  createdDateTime: z.string(),
});
export type PolicyListItem = z.infer<typeof policyListItemSchema>;
export const policyPageSchema = pageSchema(policyListItemSchema);

/** One entry of `GET /v1/policymanager/policies/{policyId}/history`. */
export const policyHistoryEntrySchema = z.object({
  action: z.enum(['created', 'updated', 'published', 'deactivated']),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  version: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type PolicyHistoryEntry = z.infer<typeof policyHistoryEntrySchema>;
