import type { ErrorCode } from '@pms/contracts';
import { certificateErrorMessages } from './certificates.ts';
import { commonErrorMessages } from './common.ts';
import type { Translated } from './define.ts';
import { identityErrorMessages } from './identity.ts';
import { partnerErrorMessages } from './partners.ts';
import { platformErrorMessages } from './platform.ts';
import { policyErrorMessages } from './policies.ts';

export type { ErrorMessages, Translated } from './define.ts';

/** Every error code's message in every language; a code missing here fails to compile. */
export const errorMessages: Record<ErrorCode, Translated> = {
  ...certificateErrorMessages,
  ...commonErrorMessages,
  ...identityErrorMessages,
  ...partnerErrorMessages,
  ...platformErrorMessages,
  ...policyErrorMessages,
};
