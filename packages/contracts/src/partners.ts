import { z } from 'zod';
import { pageSchema, pagingQuerySchema } from './paging.ts';

/** MOSIP limits of the partner registration body (`pmp.partner.*`). */
export const partnerLimits = {
  partnerId: 36,
  organizationName: 128,
  address: 2000,
  contactNumber: 16,
  emailId: 254,
  policyGroup: 128,
  partnerType: 36,
  logoUrl: 256,
  useCaseDescription: 4000,
  comment: 1000,
  reason: 1000,
} as const;

/** MOSIP's `pmp.partner.valid.email.address.regex`. */
export const PARTNER_EMAIL_REGEX = /^[\w+-]+(\.[\w]+)*@[\w-]+(\.[\w]+)*(\.[a-z]{2,})$/;

/**
 * Registration body (`POST /partners`). Only lengths are checked by the schema: the rules with their own
 * MOSIP codes (spaces, id length, contact length, e-mail format) are checked by the service in MOSIP's order.
 */
export const partnerRegistrationSchema = z.strictObject({
  partnerId: z.string().min(1).max(256),
  organizationName: z.string().trim().min(1).max(partnerLimits.organizationName),
  address: z.string().trim().min(1).max(partnerLimits.address),
  contactNumber: z.string().min(1).max(64),
  emailId: z.string().min(1).max(partnerLimits.emailId),
  partnerType: z.string().min(1).max(partnerLimits.partnerType),
  policyGroup: z.string().max(partnerLimits.policyGroup).nullish(),
  langCode: z.string().max(8).nullish(),
});
export type PartnerRegistration = z.infer<typeof partnerRegistrationSchema>;

/** `POST /partners/v2` adds a logo and free JSON. */
export const partnerRegistrationV2Schema = partnerRegistrationSchema.extend({
  logoUrl: z.string().max(partnerLimits.logoUrl).nullish(),
  additionalInfo: z.unknown().optional(),
});
export type PartnerRegistrationV2 = z.infer<typeof partnerRegistrationV2Schema>;

export const partnerRegistrationResponseSchema = z.object({ partnerId: z.string(), status: z.string() });

/** Public sign-up: account and partner in one go. */
export const partnerSignupSchema = z.strictObject({
  userName: z.string().min(3).max(64),
  password: z.string().min(1).max(128),
  firstName: z.string().trim().min(1).max(128),
  lastName: z.string().trim().min(1).max(128),
  partnerId: z.string().min(1).max(256),
  organizationName: z.string().trim().min(1).max(partnerLimits.organizationName),
  address: z.string().trim().min(1).max(partnerLimits.address),
  contactNumber: z.string().min(1).max(64),
  emailId: z.string().min(1).max(partnerLimits.emailId),
  partnerType: z.string().min(1).max(partnerLimits.partnerType),
  policyGroup: z.string().max(partnerLimits.policyGroup).nullish(),
  langCode: z.string().max(8).nullish(),
  /** The signed challenge from `GET /partners/signup/challenge`. */
  challenge: z.string().min(1).max(1024),
  /** Honeypot: a hidden field people leave empty. */
  website: z.string().max(256).optional(),
});
export type PartnerSignup = z.infer<typeof partnerSignupSchema>;

export const signupChallengeSchema = z.object({
  challenge: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  minFillSeconds: z.number().int(),
  honeypotField: z.literal('website'),
});

export const partnerSignupResponseSchema = z.object({
  partnerId: z.string(),
  userName: z.string(),
  status: z.string(),
  emailVerificationSent: z.boolean(),
});

export const emailVerifyRequestSchema = z.strictObject({
  emailId: z.string().min(1).max(partnerLimits.emailId),
});
export const emailVerifyResponseSchema = z.object({
  emailExists: z.boolean(),
  policyRequiredPartnerTypes: z.array(z.string()),
});

export const partnerUpdateSchema = z.strictObject({
  address: z.string().trim().min(1).max(partnerLimits.address),
  contactNumber: z.string().min(1).max(64),
});
export const partnerUpdateV2Schema = partnerUpdateSchema.extend({
  logoUrl: z.string().max(partnerLimits.logoUrl).nullish(),
  additionalInfo: z.unknown().optional(),
});

/** Legacy partner details (`GET /partners/{partnerId}`). */
export const partnerDetailsSchema = z.object({
  partnerID: z.string(),
  status: z.string(),
  organizationName: z.string(),
  contactNumber: z.string(),
  emailId: z.string(),
  address: z.string(),
  partnerType: z.string(),
  policyGroup: z.string().nullable(),
  isActive: z.boolean(),
});

export const contactAddSchema = z.strictObject({
  address: z.string().trim().min(1).max(partnerLimits.address),
  contactNumber: z.string().min(1).max(64),
  emailId: z.string().min(1).max(partnerLimits.emailId),
  is_Active: z.boolean(),
});

export const partnerV3QuerySchema = z.object({
  status: z.string().max(36),
  policyGroupAvailable: z.enum(['true', 'false']).optional(),
  partnerType: z.string().max(36).optional(),
});
export const partnerV3ItemSchema = z.object({
  partnerId: z.string(),
  partnerType: z.string(),
  policyGroupId: z.string().nullable().optional(),
  policyGroupName: z.string().nullable().optional(),
  policyGroupDescription: z.string().nullable().optional(),
});

export const userConsentSchema = z.object({
  userId: z.string(),
  consentGiven: z.boolean(),
  consentGivenDateTime: z.string().nullable(),
});

/** Sort aliases and filters of `GET /admin-partners`. */
/** Partner filters shared by the admin partner list and the policy-request list. */
const partnerFilterFields = {
  partnerId: z.string().max(128).optional(),
  partnerType: z.string().max(128).optional(),
  orgName: z.string().max(128).optional(),
};

export const adminPartnerSortFields = [
  'partnerId',
  'partnerType',
  'orgName',
  'policyGroupId',
  'policyGroupName',
  'emailAddress',
  'certificateUploadStatus',
  'status',
  'isActive',
  'createdDateTime',
] as const;
export const adminPartnersQuerySchema = pagingQuerySchema.extend({
  ...partnerFilterFields,
  emailAddress: z.string().max(254).optional(),
  policyGroupName: z.string().max(128).optional(),
  isActive: z.enum(['true', 'false']).optional(),
  certificateUploadStatus: z.enum(['uploaded', 'not_uploaded']).optional(),
});
export type AdminPartnersQuery = z.infer<typeof adminPartnersQuerySchema>;
export const adminPartnerItemSchema = z.object({
  partnerId: z.string(),
  partnerType: z.string(),
  orgName: z.string(),
  policyGroupId: z.string().nullable(),
  policyGroupName: z.string().nullable(),
  emailAddress: z.string(),
  certificateUploadStatus: z.enum(['uploaded', 'not_uploaded']),
  status: z.string(),
  isActive: z.boolean(),
  createdDateTime: z.string(),
});
export const adminPartnersPageSchema = pageSchema(adminPartnerItemSchema);

export const adminPartnerDetailSchema = z.object({
  partnerId: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  approvalStatus: z.string(),
  createdDateTime: z.string(),
  partnerType: z.string(),
  organizationName: z.string(),
  contactNumber: z.string(),
  policyGroupId: z.string().nullable(),
  policyGroupName: z.string().nullable(),
  policyGroupDescription: z.string().nullable(),
  emailId: z.string(),
  certificateUploadDateTime: z.string().nullable(),
  certificateExpiryDateTime: z.string().nullable(),
  isCertificateAvailable: z.boolean(),
  isActive: z.boolean(),
});

/** `PATCH /partners/{partnerId}`: `Active` | `De-Active` (case-insensitive) and, ours, a reason. */
export const partnerStatusSchema = z.strictObject({
  status: z.string().min(1).max(16),
  reason: z.string().trim().max(partnerLimits.reason).optional(),
});
export const partnerMessageSchema = z.object({ message: z.string() });

/** Legacy lists for other systems (`GET /partners`, `/partners/v2`). */
export const legacyPartnerSchema = z.object({
  partnerID: z.string(),
  status: z.string(),
  organizationName: z.string(),
  contactNumber: z.string(),
  emailId: z.string(),
  address: z.string(),
  partnerType: z.string(),
});
export const legacyPartnerV2Schema = legacyPartnerSchema.extend({
  logoUrl: z.string().nullable(),
  additionalInfo: z.unknown(),
});

export const partnerTypeSchema = z.object({
  code: z.string(),
  partnerDescription: z.string(),
  isPolicyRequired: z.boolean(),
  isActive: z.boolean(),
  signupAllowed: z.boolean(),
});
export const deviceTypeSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  isActive: z.boolean(),
});
export const deviceSubTypeSchema = deviceTypeSchema.extend({ deviceTypeCode: z.string() });

export const policyMapRequestSchema = z.strictObject({
  policyName: z.string().trim().min(1).max(128),
  useCaseDescription: z.string().trim().min(1).max(partnerLimits.useCaseDescription),
});
export const policyMapResponseSchema = z.object({ mappingkey: z.string(), message: z.string() });

/** `PUT /partners/policy/{mappingkey}`: approved | rejected and, ours, a comment. */
export const policyDecisionSchema = z.strictObject({
  status: z.string().min(1).max(16),
  comment: z.string().trim().max(partnerLimits.comment).optional(),
});

export const policyRequestSortFields = [
  'partnerId',
  'partnerType',
  'orgName',
  'policyId',
  'policyGroupName',
  'policyName',
  'status',
  'requestDetail',
  'createdDateTime',
] as const;
export const policyRequestsQuerySchema = pagingQuerySchema.extend({
  ...partnerFilterFields,
  policyId: z.string().max(128).optional(),
  policyName: z.string().max(128).optional(),
  policyGroupName: z.string().max(128).optional(),
  partnerComment: z.string().max(256).optional(),
  status: z.enum(['approved', 'rejected', 'InProgress']).optional(),
});
export type PolicyRequestsQuery = z.infer<typeof policyRequestsQuerySchema>;
export const policyRequestItemSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerStatus: z.string(),
  orgName: z.string(),
  partnerType: z.string(),
  policyGroupId: z.string().nullable(),
  policyGroupName: z.string().nullable(),
  policyGroupDescription: z.string().nullable(),
  policyId: z.string(),
  policyName: z.string(),
  policyDescription: z.string(),
  partnerComment: z.string(),
  status: z.string(),
  decisionComment: z.string().nullable(),
  createdDateTime: z.string(),
  updatedDateTime: z.string().nullable(),
});
export const policyRequestsPageSchema = pageSchema(policyRequestItemSchema);

/** Legacy `GET /partners/{partnerId}/apikey/request` item. */
export const legacyPolicyRequestSchema = z.object({
  apiKeyReqID: z.string(),
  apiKeyRequestStatus: z.string(),
  partnerApiKey: z.string().nullable(),
  apikeyStatus: z.string().nullable(),
  validityTill: z.string().nullable(),
});

/** Legacy search body (MOSIP SearchDto) of `POST /partners/partnertype/search`. */
export const partnerTypeSearchSchema = z.strictObject({
  filters: z
    .array(
      z.object({
        columnName: z.string().min(1).max(64),
        type: z.enum(['contains', 'startsWith', 'equals', 'in']),
        value: z.string().max(128).optional(),
        values: z.array(z.string().max(128)).max(50).optional(),
      }),
    )
    .max(10)
    .default([]),
  sort: z
    .array(z.object({ sortField: z.string().min(1).max(64), sortType: z.string().max(8) }))
    .max(3)
    .default([]),
  pagination: z.object({
    pageStart: z.number().int().min(0).max(100_000),
    pageFetch: z.number().int().min(1).max(500),
  }),
  languageCode: z.string().max(8).optional(),
});
export type PartnerTypeSearch = z.infer<typeof partnerTypeSearchSchema>;

/**
 * Policy types a partner type may request (MOSIP checks nothing here; we refuse e.g. an Auth partner asking
 * for a DataShare policy). Types absent from the map use no policies. Shared by the API rule and the portal.
 */
export const POLICY_TYPES_BY_PARTNER_TYPE: Readonly<Record<string, readonly string[]>> = {
  auth_partner: ['Auth'],
  online_verification_partner: ['Auth'],
  binding_partner: ['Auth'],
  credential_partner: ['DataShare', 'CredentialIssuance'],
  abis_partner: ['DataShare', 'CredentialIssuance'],
  manual_adjudication: ['DataShare', 'CredentialIssuance'],
  print_partner: ['DataShare', 'CredentialIssuance'],
  internal_partner: ['DataShare', 'CredentialIssuance'],
  misp_partner: ['MISP'],
};

export function policyTypesOfPartnerType(partnerTypeCode: string): readonly string[] {
  return POLICY_TYPES_BY_PARTNER_TYPE[partnerTypeCode.toLowerCase()] ?? [];
}

export function policyFitsPartnerType(policyType: string, partnerTypeCode: string): boolean {
  return policyTypesOfPartnerType(partnerTypeCode).includes(policyType);
}
