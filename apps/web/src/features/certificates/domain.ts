import type { PartnerDomain } from '@pms/contracts';

/** The certificate domain of a partner type (MOSIP: device → DEVICE, FTM → FTM, every other type → AUTH). */
export function domainOfPartnerType(partnerType: string): PartnerDomain {
  const code = partnerType.toLowerCase();
  if (code === 'device_provider') return 'DEVICE';
  if (code === 'ftm_provider') return 'FTM';
  return 'AUTH';
}
