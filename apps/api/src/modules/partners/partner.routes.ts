import {
  ANY_PARTNER,
  adminPartnerDetailSchema,
  adminPartnersPageSchema,
  adminPartnersQuerySchema,
  contactAddSchema,
  deviceSubTypeSchema,
  deviceTypeSchema,
  emailVerifyRequestSchema,
  emailVerifyResponseSchema,
  legacyPartnerSchema,
  legacyPartnerV2Schema,
  legacyPolicyRequestSchema,
  partnerDetailsSchema,
  partnerMessageSchema,
  partnerRegistrationResponseSchema,
  partnerRegistrationSchema,
  partnerRegistrationV2Schema,
  partnerSignupResponseSchema,
  partnerSignupSchema,
  partnerStatusSchema,
  partnerTypeSchema,
  partnerTypeSearchSchema,
  partnerUpdateSchema,
  partnerUpdateV2Schema,
  partnerV3ItemSchema,
  partnerV3QuerySchema,
  policyDecisionSchema,
  policyMapRequestSchema,
  policyMapResponseSchema,
  policyRequestsPageSchema,
  policyRequestsQuerySchema,
  type Role,
  signupChallengeSchema,
  userConsentSchema,
} from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { registerUniqueViolation } from '../../platform/errors/db-errors.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { publicBaseUrl } from '../identity/base-url.ts';
import {
  presentDeviceSubType,
  presentDeviceType,
  presentLegacyPartner,
  presentLegacyPartnerV2,
  presentPartnerDetails,
  presentPartnerType,
} from './partner.presenter.ts';
import * as service from './partner.service.ts';

const tags = ['Partners'];
const BASE = '/v1/partnermanager';

/** Roles per endpoint, from MOSIP's `mosip.role.pms.*` (PARTNER/PARTNERMANAGER legacy roles dropped). */
const ADMIN: readonly Role[] = ['PARTNER_ADMIN'];
/** putpartners / postpartnerscontactadd: partner roles and the admin. */
const PROFILE_WRITERS: readonly Role[] = [
  'AUTH_PARTNER',
  'CREDENTIAL_PARTNER',
  'PARTNER_ADMIN',
  'ONLINE_VERIFICATION_PARTNER',
  'DEVICE_PROVIDER',
  'FTM_PROVIDER',
  'ABIS_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];
/** getpartnerspartnerid: the same plus RESIDENT and SDK. */
const PROFILE_READERS: readonly Role[] = [...PROFILE_WRITERS, 'SDK_PARTNER', 'RESIDENT'];
/** putpartnerspolicygroup (+ the other policy-using partner types, which MOSIP forgot). */
const GROUP_MAPPERS: readonly Role[] = [
  'PMS_USER',
  'AUTH_PARTNER',
  'CREDENTIAL_PARTNER',
  'PARTNER_ADMIN',
  'ONLINE_VERIFICATION_PARTNER',
  'ABIS_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];
/** getpartnersv3 and userconsent: every partner role, the admin (consent: and the policy manager). */
const OWN_PARTNER_READERS: readonly Role[] = [...ANY_PARTNER, 'PARTNER_ADMIN'];
const CONSENT_ROLES: readonly Role[] = [...ANY_PARTNER, 'PARTNER_ADMIN', 'POLICYMANAGER'];
/** getpartners / getpartnersnew: the admin and other MOSIP systems. */
const SYSTEM_READERS: readonly Role[] = [
  'PARTNER_ADMIN',
  'ID_AUTHENTICATION',
  'REGISTRATION_PROCESSOR',
  'RESIDENT',
  'CREDENTIAL_ISSUANCE',
  'ID_REPOSITORY',
];
/** postpartnerspolicymap (+ MANUAL_ADJUDICATION and MISP_PARTNER, whose types use policies). */
const POLICY_REQUESTERS: readonly Role[] = [
  'AUTH_PARTNER',
  'ABIS_PARTNER',
  'CREDENTIAL_PARTNER',
  'CREDENTIAL_ISSUANCE',
  'ONLINE_VERIFICATION_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
  'PARTNER_ADMIN',
];
/** getallpartnerpolicymappingrequests (+ MANUAL_ADJUDICATION and MISP_PARTNER). */
const POLICY_REQUEST_READERS: readonly Role[] = [
  'PARTNER_ADMIN',
  'AUTH_PARTNER',
  'ABIS_PARTNER',
  'SDK_PARTNER',
  'CREDENTIAL_PARTNER',
  'ONLINE_VERIFICATION_PARTNER',
  'MANUAL_ADJUDICATION',
  'MISP_PARTNER',
];
/** getpartnersapikeyrequest. */
const LEGACY_REQUEST_READERS: readonly Role[] = [
  'AUTH_PARTNER',
  'ABIS_PARTNER',
  'CREDENTIAL_PARTNER',
  'PARTNER_ADMIN',
  'ONLINE_VERIFICATION_PARTNER',
];

/** postpartnerspartnertypesearch (+ every partner role: the list is reference data). */
const TYPE_SEARCHERS: readonly Role[] = [...ANY_PARTNER, 'PARTNER_ADMIN', 'PMS_USER'];

const partnerIdParams = z.object({ partnerId: z.string().min(1).max(256) });

/** Two requests racing past the service checks get the same code as the checks give. */
registerUniqueViolation('partners_pkey', 'PMS_PRT_051', 'partnerId');
registerUniqueViolation('partners__id_lower_key', 'PMS_PRT_051', 'partnerId');
registerUniqueViolation('partners__email_id_key', 'PMS_PRT_011', 'emailId');
registerUniqueViolation('partner_policy_requests__partner_id_policy_id_key', 'PMS_PRT_053');

export function registerPartnerRoutes(app: FastifyInstance, deps: AppDeps): void {
  // ---- reference data
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partner-types`,
    summary: 'Partner types (MOSIP partner_type), with whether each needs a policy group',
    tags,
    access: 'public',
    response: z.array(partnerTypeSchema),
    handler: async () => (await service.listPartnerTypes(deps)).map(presentPartnerType),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/partnertype/search`,
    summary: 'Search partner types (MOSIP legacy search body)',
    tags,
    access: TYPE_SEARCHERS,
    body: partnerTypeSearchSchema,
    response: z.object({
      fromRecord: z.number().int(),
      toRecord: z.number().int(),
      totalRecord: z.number().int(),
      data: z.array(partnerTypeSchema),
    }),
    handler: async ({ body }) => {
      const page = await service.searchPartnerTypes(deps, body);
      return { ...page, data: page.data.map(presentPartnerType) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/device-types`,
    summary: 'Biometric device types',
    tags,
    access: 'authenticated',
    response: z.array(deviceTypeSchema),
    handler: async () => (await service.listDeviceTypes(deps)).map(presentDeviceType),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/device-types/:deviceTypeCode/sub-types`,
    summary: 'Sub-types of a biometric device type',
    tags,
    access: 'authenticated',
    params: z.object({ deviceTypeCode: z.string().min(1).max(36) }),
    response: z.array(deviceSubTypeSchema),
    handler: async ({ params }) =>
      (await service.listDeviceSubTypes(deps, params.deviceTypeCode)).map(presentDeviceSubType),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/device-sub-types`,
    summary: 'Every biometric device sub-type',
    tags,
    access: 'authenticated',
    response: z.array(deviceSubTypeSchema),
    handler: async () => (await service.listDeviceSubTypes(deps)).map(presentDeviceSubType),
  });

  // ---- public sign-up
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/signup/challenge`,
    summary: 'A signed, single-use challenge for the sign-up form (bot check)',
    tags,
    access: 'public',
    response: signupChallengeSchema,
    handler: () => service.signupChallenge(deps),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/signup/options`,
    summary: 'Partner types open to sign-up and active policy groups',
    tags,
    access: 'public',
    response: z.object({
      partnerTypes: z.array(z.object({ code: z.string(), isPolicyRequired: z.boolean() })),
      policyGroups: z.array(z.object({ name: z.string(), description: z.string() })),
    }),
    handler: () => service.signupOptions(deps),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/signup`,
    summary: 'Sign up: creates the user account and the partner, then mails the e-mail verification link',
    tags,
    access: 'public',
    body: partnerSignupSchema,
    response: partnerSignupResponseSchema,
    status: 201,
    handler: ({ body, ctx, request }) => service.signUp(deps, ctx, body, publicBaseUrl(deps, request)),
  });

  // ---- MOSIP registration
  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/partners/email/verify`,
    summary: 'Is this e-mail address registered for a partner; which partner types need a policy group',
    tags,
    access: 'authenticated',
    body: emailVerifyRequestSchema,
    response: emailVerifyResponseSchema,
    handler: ({ body }) => service.verifyPartnerEmail(deps, body.emailId),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners`,
    summary: 'Register a partner for the signed-in user (MOSIP self-registration)',
    tags,
    access: 'authenticated',
    apiId: 'mosip.partnermanagement.partners.create',
    body: partnerRegistrationSchema,
    response: partnerRegistrationResponseSchema,
    handler: ({ body, ctx }) => service.registerPartner(deps, ctx, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/v2`,
    summary: 'Register a partner with logo and additional information',
    tags,
    access: 'authenticated',
    apiId: 'mosip.partnermanagement.partners.create',
    body: partnerRegistrationV2Schema,
    response: partnerRegistrationResponseSchema,
    handler: ({ body, ctx }) => service.registerPartner(deps, ctx, body),
  });

  // ---- lists (static paths before /partners/:partnerId)
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/v3`,
    summary: "The caller's own partners with the given approval status",
    tags,
    access: OWN_PARTNER_READERS,
    envelope: 'v2',
    apiId: 'mosip.pms.partners.v3.get',
    querystring: partnerV3QuerySchema,
    response: z.array(partnerV3ItemSchema),
    handler: ({ ctx, query }) => service.listOwnPartners(deps, ctx, query),
  });

  const partnerTypeQuery = z.object({ partnerType: z.string().max(36).optional() });
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners`,
    summary: 'All partners, optionally of one type (for other MOSIP systems)',
    tags,
    access: SYSTEM_READERS,
    querystring: partnerTypeQuery,
    response: z.object({ partners: z.array(legacyPartnerSchema) }),
    handler: async ({ query }) => ({
      partners: (await service.listAllPartners(deps, query.partnerType)).map(presentLegacyPartner),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/v2`,
    summary: 'All partners with logo and additional information (for other MOSIP systems)',
    tags,
    access: SYSTEM_READERS,
    querystring: partnerTypeQuery,
    response: z.object({ partners: z.array(legacyPartnerV2Schema) }),
    handler: async ({ query }) => ({
      partners: (await service.listAllPartners(deps, query.partnerType)).map(presentLegacyPartnerV2),
    }),
  });

  // ---- profile
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/:partnerId`,
    summary: 'Partner details',
    tags,
    access: PROFILE_READERS,
    params: partnerIdParams,
    response: partnerDetailsSchema,
    handler: async ({ ctx, params }) => {
      const { partner, group } = await service.getPartnerDetails(deps, ctx, params.partnerId);
      return presentPartnerDetails(partner, group);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/partners/:partnerId`,
    summary: 'Update the address and contact number of a partner',
    tags,
    access: PROFILE_WRITERS,
    params: partnerIdParams,
    body: partnerUpdateSchema,
    response: partnerRegistrationResponseSchema,
    handler: ({ ctx, params, body }) => service.updatePartnerProfile(deps, ctx, params.partnerId, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/partners/v2/:partnerId`,
    summary: 'Update address, contact number, logo and additional information of a partner',
    tags,
    access: PROFILE_WRITERS,
    params: partnerIdParams,
    body: partnerUpdateV2Schema,
    response: partnerRegistrationResponseSchema,
    handler: ({ ctx, params, body }) => service.updatePartnerProfile(deps, ctx, params.partnerId, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/:partnerId/contact/add`,
    summary: 'Add or update an extra contact of a partner',
    tags,
    access: PROFILE_WRITERS,
    params: partnerIdParams,
    body: contactAddSchema,
    response: z.string(),
    handler: ({ ctx, params, body }) => service.addContact(deps, ctx, params.partnerId, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/partners/:partnerId/policygroup/:policygroupName`,
    summary: 'Map a policy group to a partner that is not active yet',
    tags,
    access: GROUP_MAPPERS,
    params: partnerIdParams.extend({ policygroupName: z.string().min(1).max(128) }),
    response: z.string(),
    handler: ({ ctx, params }) => service.mapPolicyGroup(deps, ctx, params.partnerId, params.policygroupName),
  });

  // ---- consent
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/users/user-consent`,
    summary: "The caller's consent to the terms of use",
    tags,
    access: CONSENT_ROLES,
    envelope: 'v2',
    apiId: 'mosip.pms.user.consent.get',
    response: userConsentSchema,
    handler: ({ ctx }) => service.getConsent(deps, ctx),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/users/user-consent`,
    summary: 'Record the caller’s consent to the terms of use',
    tags,
    access: CONSENT_ROLES,
    envelope: 'v2',
    apiId: 'mosip.pms.user.consent.post',
    response: userConsentSchema,
    handler: ({ ctx }) => service.giveConsent(deps, ctx),
  });

  // ---- partner admin
  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/admin-partners`,
    summary: 'Every partner, paged, filtered and sorted',
    tags,
    access: ADMIN,
    envelope: 'v2',
    apiId: 'mosip.pms.admin.partners.get',
    querystring: adminPartnersQuerySchema,
    response: adminPartnersPageSchema,
    handler: ({ query }) => service.searchAdminPartners(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/admin-partners/:partnerId`,
    summary: 'Full details of one partner',
    tags,
    access: ADMIN,
    envelope: 'v2',
    apiId: 'mosip.pms.partner.details.get',
    params: partnerIdParams,
    response: adminPartnerDetailSchema,
    handler: ({ params }) => service.getAdminPartner(deps, params.partnerId),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: `${BASE}/partners/:partnerId`,
    summary: 'Activate or deactivate a partner (with a reason)',
    tags,
    access: ADMIN,
    params: partnerIdParams,
    body: partnerStatusSchema,
    response: partnerMessageSchema,
    handler: ({ ctx, params, body }) => service.changePartnerStatus(deps, ctx, params.partnerId, body),
  });

  // ---- policy requests
  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/partners/:partnerId/policy/map`,
    summary: 'Request a policy of the partner’s policy group',
    tags,
    access: POLICY_REQUESTERS,
    params: partnerIdParams,
    body: policyMapRequestSchema,
    response: policyMapResponseSchema,
    handler: ({ ctx, params, body }) => service.requestPolicy(deps, ctx, params.partnerId, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/partners/policy/:mappingkey`,
    summary: 'Approve or reject a policy request (with a comment)',
    tags,
    access: ADMIN,
    params: z.object({ mappingkey: z.string().min(1).max(64) }),
    body: policyDecisionSchema,
    response: z.string(),
    handler: ({ ctx, params, body }) => service.decidePolicyRequest(deps, ctx, params.mappingkey, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partner-policy-requests`,
    summary: 'Policy requests, paged (admin: all; partner users: their own partners’)',
    tags,
    access: POLICY_REQUEST_READERS,
    envelope: 'v2',
    apiId: 'mosip.pms.all.partner.policy.mapping.requests.get',
    querystring: policyRequestsQuerySchema,
    response: policyRequestsPageSchema,
    handler: ({ ctx, query }) => service.searchPolicyRequests(deps, ctx, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/partners/:partnerId/apikey/request`,
    summary: 'Policy requests of a partner (legacy)',
    tags,
    access: LEGACY_REQUEST_READERS,
    params: partnerIdParams,
    response: z.array(legacyPolicyRequestSchema),
    handler: ({ ctx, params }) => service.legacyPolicyRequests(deps, ctx, params.partnerId),
  });
}
