import {
  type PolicyCreateResponse,
  type PolicyDetails,
  type PolicyDocument,
  type PolicyGroupListItem,
  type PolicyGroupResponse,
  type PolicyGroupWithPolicies,
  type PolicyListItem,
  type PolicyResponse,
  type PolicyStatus,
  type PolicyType,
  PUBLISHED_POLICY_SCHEMA,
} from '@pms/contracts';
import type { PolicyGroupRow, PolicyRow } from './policy.repo.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const status = (row: PolicyRow) => row.status as PolicyStatus;
const type = (row: PolicyRow) => row.policyType as PolicyType;
/** MOSIP's `policy_schema` marker: null while draft, the schema URL once published. */
const schemaOf = (row: PolicyRow) => (row.status === 'draft' ? null : PUBLISHED_POLICY_SCHEMA);

/** MOSIP PolicyGroupCreateResponseDto. */
export function presentGroup(g: PolicyGroupRow): PolicyGroupResponse {
  return {
    id: g.id,
    name: g.name,
    desc: g.description,
    is_Active: g.isActive,
    cr_by: g.createdBy,
    cr_dtimes: g.createdAt.toISOString(),
    up_by: g.updatedBy,
    upd_dtimes: g.updatedBy ? g.updatedAt.toISOString() : null,
  };
}

export function presentGroupWithPolicies(g: PolicyGroupRow, rows: PolicyRow[]): PolicyGroupWithPolicies {
  return {
    policyGroup: {
      id: g.id,
      name: g.name,
      desc: g.description,
      userId: g.createdBy,
      isActive: g.isActive,
      isDeleted: false,
      isSeeded: g.isSeeded,
      crBy: g.createdBy,
      crDtimes: g.createdAt.toISOString(),
      updBy: g.updatedBy,
      updDtimes: g.updatedBy ? g.updatedAt.toISOString() : null,
      delDtimes: null,
    },
    policies: rows.map((p) => ({
      id: p.id,
      name: p.name,
      descr: p.description,
      policyType: type(p),
      version: p.version,
      status: status(p),
      schema: schemaOf(p),
      is_Active: p.status === 'activated',
      validFromDate: p.validFrom.toISOString(),
      validToDate: p.validTo.toISOString(),
      cr_by: p.createdBy,
      cr_dtimes: p.createdAt.toISOString(),
      up_by: p.updatedBy,
      upd_dtimes: p.updatedBy ? p.updatedAt.toISOString() : null,
    })),
  };
}

export function presentGroupListItem(g: PolicyGroupRow): PolicyGroupListItem {
  return {
    policyGroupId: g.id,
    policyGroupName: g.name,
    policyGroupDescription: g.description,
    isActive: g.isActive,
    status: g.isActive ? 'active' : 'deactivated',
    isSeeded: g.isSeeded,
    createdDateTime: g.createdAt.toISOString(),
  };
}

/** MOSIP PolicyCreateResponseDto (+ type, version, status). */
export function presentPolicyCreated(p: PolicyRow, g: PolicyGroupRow): PolicyCreateResponse {
  return {
    id: p.id,
    policyGroupId: g.id,
    policyGroupName: g.name,
    name: p.name,
    desc: p.description,
    policyType: type(p),
    version: p.version,
    status: status(p),
    is_Active: p.status === 'activated',
    cr_by: p.createdBy,
    cr_dtimes: p.createdAt.toISOString(),
    up_by: p.updatedBy,
    upd_dtimes: p.updatedBy ? p.updatedAt.toISOString() : null,
  };
}

/** MOSIP PolicyResponseDto. */
export function presentPolicy(p: PolicyRow, g: PolicyGroupRow): PolicyResponse {
  return {
    policyGroupId: g.id,
    policyGroupName: g.name,
    policyGroupDesc: g.description,
    policyGroupStatus: g.isActive,
    policyGroup_cr_by: g.createdBy,
    policyGroup_cr_dtimes: g.createdAt.toISOString(),
    policyGroup_up_by: g.updatedBy,
    policyGroup_upd_dtimes: g.updatedBy ? g.updatedAt.toISOString() : null,
    policyId: p.id,
    policyName: p.name,
    policyDesc: p.description,
    policyType: type(p),
    publishDate: iso(p.publishedAt),
    validTill: p.validTo.toISOString(),
    status: p.status === 'draft' ? 'DRAFTED' : 'PUBLISHED',
    policyStatus: status(p),
    version: p.version,
    schema: schemaOf(p),
    is_Active: p.status === 'activated',
    cr_by: p.createdBy,
    cr_dtimes: p.createdAt.toISOString(),
    up_by: p.updatedBy,
    upd_dtimes: p.updatedBy ? p.updatedAt.toISOString() : null,
    policies: p.document as PolicyDocument,
  };
}

export function presentPolicyDetails(p: PolicyRow, g: PolicyGroupRow): PolicyDetails {
  return {
    policyGroupId: g.id,
    policyGroupName: g.name,
    id: p.id,
    name: p.name,
    descr: p.description,
    policyType: type(p),
  };
}

export function presentPolicyListItem(r: {
  id: string;
  name: string;
  description: string;
  policyType: string;
  status: string;
  createdAt: Date;
  groupId: string;
  groupName: string;
}): PolicyListItem {
  return {
    policyId: r.id,
    policyName: r.name,
    policyDescription: r.description,
    policyGroupId: r.groupId,
    policyGroupName: r.groupName,
    policyType: r.policyType as PolicyType,
    status: r.status as PolicyStatus,
    createdDateTime: r.createdAt.toISOString(),
  };
}

/** `data.policyData` of MOSIP's POLICY_UPDATED WebSub event. */
export function policyEventData(p: PolicyRow) {
  return {
    policyData: {
      policyId: p.id,
      policy: p.document,
      policyName: p.name,
      policyType: p.policyType,
      policyStatus: p.status === 'activated',
      policyDescription: p.description,
      policyCommenceOn: p.validFrom.toISOString(),
      policyExpiresOn: p.validTo.toISOString(),
    },
  };
}
