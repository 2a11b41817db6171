import type { TFunction } from 'i18next';

const known = new Set([
  'auth_partner',
  'device_provider',
  'credential_partner',
  'ftm_provider',
  'online_verification_partner',
  'abis_partner',
  'manual_adjudication',
  'misp_partner',
  'sdk_partner',
  'print_partner',
  'binding_partner',
]);

/** Localised name and description of a partner type code (MOSIP spelling, any case). */
export function partnerTypeText(t: TFunction, code: string): { title: string; description: string } {
  const key = code.toLowerCase();
  if (!known.has(key))
    return {
      title: t('signup.types.other.title', { code }),
      description: t('signup.types.other.description', { code }),
    };
  return { title: t(`signup.types.${key}.title`), description: t(`signup.types.${key}.description`) };
}
