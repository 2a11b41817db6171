import { z } from 'zod';

/** Roles that govern PMS itself. */
export const adminRoles = ['PARTNER_ADMIN', 'POLICYMANAGER'] as const;

/** One role per partner type (MOSIP naming). */
export const partnerRoles = [
  'AUTH_PARTNER',
  'CREDENTIAL_PARTNER',
  'ONLINE_VERIFICATION_PARTNER',
  'DEVICE_PROVIDER',
  'FTM_PROVIDER',
  'ABIS_PARTNER',
  'MANUAL_ADJUDICATION',
  'SDK_PARTNER',
  'MISP_PARTNER',
] as const;

/** Roles held by other MOSIP systems calling through service accounts. */
export const serviceRoles = [
  'ID_AUTHENTICATION',
  'CREDENTIAL_ISSUANCE',
  'REGISTRATION_PROCESSOR',
  'RESIDENT',
  'ID_REPOSITORY',
  'CREATE_SHARE',
  'PMS_USER',
] as const;

export const allRoles = [...adminRoles, ...partnerRoles, ...serviceRoles] as const;
export const roleSchema = /* @__PURE__ */ z.enum(allRoles);
export type Role = z.infer<typeof roleSchema>;
export type PartnerRole = (typeof partnerRoles)[number];

export function isPartnerRole(role: string): role is PartnerRole {
  return (partnerRoles as readonly string[]).includes(role);
}

/** Every role of a partner organisation user. */
export const ANY_PARTNER: readonly Role[] = partnerRoles;
