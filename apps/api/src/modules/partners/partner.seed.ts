import type { Db } from '../../db/client.ts';
import { deviceSubTypes, deviceTypes, partnerTypes } from './partner.table.ts';

/**
 * MOSIP's partner types (dml `partner_type`), with the role a user of the type holds. The public sign-up
 * never creates Partner_Admin or Internal_Partner partners.
 */
export const PARTNER_TYPE_SEED: (typeof partnerTypes.$inferInsert)[] = [
  {
    code: 'Auth_Partner',
    description: 'Authentication partner',
    isPolicyRequired: true,
    role: 'AUTH_PARTNER',
  },
  {
    code: 'Device_Provider',
    description: 'Device provider',
    isPolicyRequired: false,
    role: 'DEVICE_PROVIDER',
  },
  {
    code: 'Credential_Partner',
    description: 'Credential partner',
    isPolicyRequired: true,
    role: 'CREDENTIAL_PARTNER',
  },
  {
    code: 'Partner_Admin',
    description: 'Partner administrator',
    isPolicyRequired: false,
    role: 'PARTNER_ADMIN',
    signupAllowed: false,
  },
  { code: 'FTM_Provider', description: 'FTM chip provider', isPolicyRequired: false, role: 'FTM_PROVIDER' },
  {
    code: 'Online_Verification_Partner',
    description: 'Online verification partner',
    isPolicyRequired: true,
    role: 'ONLINE_VERIFICATION_PARTNER',
  },
  { code: 'ABIS_Partner', description: 'ABIS partner', isPolicyRequired: true, role: 'ABIS_PARTNER' },
  {
    code: 'Manual_Adjudication',
    description: 'Manual adjudication partner',
    isPolicyRequired: true,
    role: 'MANUAL_ADJUDICATION',
  },
  { code: 'MISP_Partner', description: 'MISP partner', isPolicyRequired: false, role: 'MISP_PARTNER' },
  {
    code: 'Internal_Partner',
    description: 'Used internally to share certs',
    isPolicyRequired: true,
    role: 'CREDENTIAL_PARTNER',
    signupAllowed: false,
  },
  { code: 'SDK_Partner', description: 'SDK partner', isPolicyRequired: false, role: 'SDK_PARTNER' },
  { code: 'Print_Partner', description: 'Print partner', isPolicyRequired: true, role: 'CREDENTIAL_PARTNER' },
  { code: 'Binding_Partner', description: 'Binding partner', isPolicyRequired: true, role: 'AUTH_PARTNER' },
];

export const DEVICE_TYPE_SEED: (typeof deviceTypes.$inferInsert)[] = [
  { code: 'Finger', name: 'Finger', description: 'Fingerprint biometric device' },
  { code: 'Face', name: 'Face', description: 'Face biometric device' },
  { code: 'Iris', name: 'Iris', description: 'Iris biometric device' },
];

export const DEVICE_SUB_TYPE_SEED: (typeof deviceSubTypes.$inferInsert)[] = [
  { code: 'Slap', deviceTypeCode: 'Finger', name: 'Slap', description: 'Slap fingerprint scanner' },
  { code: 'Single', deviceTypeCode: 'Finger', name: 'Single', description: 'Single fingerprint scanner' },
  {
    code: 'Touchless',
    deviceTypeCode: 'Finger',
    name: 'Touchless',
    description: 'Touchless fingerprint scanner',
  },
  { code: 'Single', deviceTypeCode: 'Iris', name: 'Single', description: 'Single iris scanner' },
  { code: 'Double', deviceTypeCode: 'Iris', name: 'Double', description: 'Double iris scanner' },
  { code: 'Full face', deviceTypeCode: 'Face', name: 'Full face', description: 'Full face camera' },
];

/** Idempotent: inserts the reference rows that are missing, never changes existing ones. */
export async function seedPartnerReferenceData(db: Db): Promise<void> {
  await db.insert(partnerTypes).values(PARTNER_TYPE_SEED).onConflictDoNothing();
  await db.insert(deviceTypes).values(DEVICE_TYPE_SEED).onConflictDoNothing();
  await db.insert(deviceSubTypes).values(DEVICE_SUB_TYPE_SEED).onConflictDoNothing();
}
