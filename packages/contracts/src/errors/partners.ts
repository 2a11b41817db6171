import { defineErrors } from './define.ts';

/** Partners, partner types, sign-up, contacts, consent and partner–policy requests (MOSIP codes where MOSIP has one). */
export const partnerErrors = defineErrors({
  /** Policy group named at registration or mapping does not exist. */
  PMS_PRT_002: { status: 404 },
  /** Partner does not exist (or is not the caller's). */
  PMS_PRT_005: { status: 404 },
  /** No policy request exists for the partner. */
  PMS_PRT_006: { status: 404 },
  /** Unknown partner type. */
  PMS_PRT_010: { status: 400 },
  /** E-mail address already used by another partner. */
  PMS_PRT_011: { status: 409 },
  /** Invalid e-mail address. */
  PMS_PRT_012: { status: 400 },
  /** Contact number too long. */
  PMS_PRT_013: { status: 400 },
  /** Partner has no policy group. */
  PMS_PRT_047: { status: 422 },
  /** The partner's type does not use policy groups. */
  PMS_PRT_048: { status: 422 },
  /** The policy group can be changed only while the partner is inactive. */
  PMS_PRT_050: { status: 409 },
  /** Partner id already taken. */
  PMS_PRT_051: { status: 409 },
  /** Partner id too long. */
  PMS_PRT_052: { status: 400 },
  /** A request for this policy is already pending. */
  PMS_PRT_053: { status: 409 },
  /** The caller's e-mail address already belongs to a partner. */
  PMS_PRT_055: { status: 409 },
  /** Language not supported. */
  PMS_PRT_056: { status: 400 },
  /** A request for this policy is already approved. */
  PMS_PRT_060: { status: 409 },
  /** Partner id contains whitespace. */
  PMS_PRT_066: { status: 400 },
  /** No active policy of that name. */
  PMS_PRT_073: { status: 404 },
  /** additionalInfo is not valid JSON. */
  PMS_PRT_096: { status: 400 },
  /** The policy is not in the partner's policy group. */
  PMS_PRT_098: { status: 422 },
  /** A policy group is mandatory for this partner type. */
  PMS_PRT_108: { status: 400 },
  /** The policy's type does not suit the partner's type (ours; MOSIP has no such check). */
  PMS_PRT_130: { status: 422 },
  /** Partner id does not exist (activation/deactivation). */
  PMS_PMP_005: { status: 404 },
  /** Policy request does not exist. */
  PMS_PMP_007: { status: 404 },
  /** Partner is not active. */
  PMS_PMP_016: { status: 409 },
  /** Policy expired. */
  PMS_PMP_018: { status: 409 },
  /** Policy is not active. */
  PMS_PMP_019: { status: 409 },
  /** Policy group is not active. */
  PMS_PMP_023: { status: 422 },
  /** The partner has no accepted certificate, so it cannot be activated. */
  PMS_PMP_052: { status: 409 },
  /** Policy request already approved. */
  PMS_PM_034: { status: 409 },
  /** Policy request already rejected. */
  PMS_PM_035: { status: 409 },
  /** Decision must be approved or rejected. */
  PMS_PM_045: { status: 400 },
  /** Status must be Active or De-Active. */
  PMS_PM_058: { status: 400 },
  /** Partner already deactivated. */
  PMS_PM_063: { status: 409 },
  /** Partner already active (ours). */
  PMS_PM_065: { status: 409 },
  /** Sign-up: the bot check failed (challenge missing, forged, expired, reused, filled too fast, or honeypot). */
  PMS_SGN_001: { status: 400 },
  /** Sign-up: too many sign-ups from this address. */
  PMS_SGN_002: { status: 429 },
  /** Sign-up: this partner type cannot be chosen at sign-up. */
  PMS_SGN_003: { status: 400 },
});
