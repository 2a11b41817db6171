import { defineErrors } from './define.ts';

/**
 * Policy groups, policies and policy-document validation (MOSIP policy service codes). MOSIP answers every
 * one of them with HTTP 200; here each has its real status.
 */
export const policyErrors = defineErrors({
  /** Policy id unknown (MOSIP "Policy ID does not exist"). */
  PMS_POL_008: { status: 404 },
  /** A policy with this name already exists in the group. */
  PMS_POL_009: { status: 409 },
  /** A policy group with this name already exists. */
  PMS_POL_014: { status: 409 },
  /** The policy does not belong to the given group. */
  PMS_POL_015: { status: 404 },
  /** Policy group id unknown. */
  PMS_POL_016: { status: 404 },
  /** No policy available for the given partner (no active API key on it). */
  PMS_POL_017: { status: 404 },
  /** Policy group name unknown. */
  PMS_POL_019: { status: 404 },
  /** The policy is already published. */
  PMS_POL_020: { status: 409 },
  /** Policy type not allowed. */
  PMS_POL_023: { status: 400 },
  /** The policy group is not active. */
  PMS_POL_053: { status: 409 },
  /** A published policy cannot be updated. */
  PMS_POL_055: { status: 409 },
  /** Active policies exist under the policy group. */
  PMS_POL_056: { status: 409 },
  /** The policy is already deactivated. */
  PMS_POL_062: { status: 409 },
  /** An approved partner policy request is associated with the policy. */
  PMS_POL_063: { status: 409 },
  /** A pending partner policy request is associated with the policy. */
  PMS_POL_064: { status: 409 },
  /** The policy to deactivate does not exist. */
  PMS_POL_065: { status: 404 },
  /** The policy group is already deactivated. */
  PMS_POL_067: { status: 409 },
  /** The policy group to deactivate does not exist. */
  PMS_POL_068: { status: 404 },
  /** Active and draft policies exist under the policy group. */
  PMS_POL_069: { status: 409 },
  /** Draft policies exist under the policy group. */
  PMS_POL_070: { status: 409 },
  /** Only an activated policy can be deactivated (drafts cannot). */
  PMS_POL_072: { status: 409 },
  /** The requested status must be `De-Activate`. */
  PMS_POL_073: { status: 400 },
  /** The policy document is larger than allowed (ours; MOSIP truncates at 5,120 characters). */
  PMS_POL_101: { status: 400 },
  /** Policy document: a value has the wrong type, is not allowed, or is an unknown field. */
  PMS_PV_005: { status: 400 },
  /** Policy document: a required field is missing. */
  PMS_PV_006: { status: 400 },
  /** Policy document: a value does not have the expected format. */
  PMS_PV_007: { status: 400 },
  /** Policy document: an array must not be empty. */
  PMS_PV_008: { status: 400 },
  /** Policy document: a string must not be empty. */
  PMS_PV_009: { status: 400 },
});
