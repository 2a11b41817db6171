import type { users } from '../identity/identity.table.ts';
import type { policies, policyGroups } from '../policies/policy.table.ts';
import type { PartnerRow, PartnerTypeRow, PolicyRequestRow } from './partner.repo.ts';
import type { deviceSubTypes, deviceTypes } from './partner.table.ts';

type GroupRow = typeof policyGroups.$inferSelect;
type PolicyRow = typeof policies.$inferSelect;
type UserRow = typeof users.$inferSelect;

/** MOSIP's legacy status word of a partner. */
export function legacyStatus(partner: PartnerRow): string {
  return partner.isActive ? 'active' : 'De-active';
}

/** Derived status of list APIs: approved+active → activated, approved+inactive → deactivated, else raw. */
export function derivedPartnerStatus(partner: PartnerRow): string {
  if (partner.approvalStatus === 'approved') return partner.isActive ? 'activated' : 'deactivated';
  return partner.approvalStatus;
}

export function presentPartnerType(row: PartnerTypeRow) {
  return {
    code: row.code,
    partnerDescription: row.description,
    isPolicyRequired: row.isPolicyRequired,
    isActive: row.isActive,
    signupAllowed: row.signupAllowed,
  };
}

export function presentDeviceType(row: typeof deviceTypes.$inferSelect) {
  return { code: row.code, name: row.name, description: row.description, isActive: row.isActive };
}

export function presentDeviceSubType(row: typeof deviceSubTypes.$inferSelect) {
  return { ...presentDeviceType(row), deviceTypeCode: row.deviceTypeCode };
}

export function presentPartnerDetails(partner: PartnerRow, group: GroupRow | null) {
  return {
    partnerID: partner.id,
    status: legacyStatus(partner),
    organizationName: partner.name,
    contactNumber: partner.contactNo,
    emailId: partner.emailId,
    address: partner.address,
    partnerType: partner.partnerTypeCode,
    policyGroup: group?.name ?? null,
    isActive: partner.isActive,
  };
}

export function presentLegacyPartner(partner: PartnerRow) {
  return {
    partnerID: partner.id,
    status: legacyStatus(partner),
    organizationName: partner.name,
    contactNumber: partner.contactNo,
    emailId: partner.emailId,
    address: partner.address,
    partnerType: partner.partnerTypeCode,
  };
}

export function presentLegacyPartnerV2(partner: PartnerRow) {
  return {
    ...presentLegacyPartner(partner),
    logoUrl: partner.logoUrl,
    additionalInfo: partner.additionalInfo ?? [],
  };
}

export function presentAdminPartner(partner: PartnerRow, groupName: string | null) {
  return {
    partnerId: partner.id,
    partnerType: partner.partnerTypeCode,
    orgName: partner.name,
    policyGroupId: partner.policyGroupId,
    policyGroupName: groupName,
    emailAddress: partner.emailId,
    certificateUploadStatus: partner.certificateAlias ? ('uploaded' as const) : ('not_uploaded' as const),
    status: partner.approvalStatus,
    isActive: partner.isActive,
    createdDateTime: partner.createdAt.toISOString(),
  };
}

export function presentAdminPartnerDetail(
  partner: PartnerRow,
  group: GroupRow | null,
  user: UserRow | null,
  certificateExpiry: Date | null,
) {
  return {
    partnerId: partner.id,
    firstName: user?.firstName ?? null,
    lastName: user?.lastName ?? null,
    approvalStatus: partner.approvalStatus,
    createdDateTime: partner.createdAt.toISOString(),
    partnerType: partner.partnerTypeCode,
    organizationName: partner.name,
    contactNumber: partner.contactNo,
    policyGroupId: group?.id ?? null,
    policyGroupName: group?.name ?? null,
    policyGroupDescription: group?.description ?? null,
    emailId: partner.emailId,
    certificateUploadDateTime: partner.certificateUploadedAt?.toISOString() ?? null,
    certificateExpiryDateTime: certificateExpiry?.toISOString() ?? null,
    isCertificateAvailable: !!partner.certificateAlias,
    isActive: partner.isActive,
  };
}

export function presentPolicyRequest(row: {
  request: PolicyRequestRow;
  partner: PartnerRow;
  policy: PolicyRow;
  group: GroupRow;
}) {
  return {
    id: row.request.id,
    partnerId: row.partner.id,
    partnerStatus: derivedPartnerStatus(row.partner),
    orgName: row.partner.name,
    partnerType: row.partner.partnerTypeCode,
    policyGroupId: row.group.id,
    policyGroupName: row.group.name,
    policyGroupDescription: row.group.description,
    policyId: row.policy.id,
    policyName: row.policy.name,
    policyDescription: row.policy.description,
    partnerComment: row.request.requestDetail,
    status: row.request.status,
    decisionComment: row.request.decisionComment,
    createdDateTime: row.request.createdAt.toISOString(),
    updatedDateTime: row.request.updatedAt?.toISOString() ?? null,
  };
}

/** Audit view of a partner: what changed, without noise. */
export function partnerAuditView(partner: PartnerRow) {
  return {
    partnerId: partner.id,
    organizationName: partner.name,
    address: partner.address,
    contactNumber: partner.contactNo,
    emailId: partner.emailId,
    partnerType: partner.partnerTypeCode,
    policyGroupId: partner.policyGroupId,
    approvalStatus: partner.approvalStatus,
    isActive: partner.isActive,
    langCode: partner.langCode,
    logoUrl: partner.logoUrl,
  };
}
