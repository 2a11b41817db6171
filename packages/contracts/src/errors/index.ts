import { certificateErrors } from './certificates.ts';
import { commonErrors } from './common.ts';
import { identityErrors } from './identity.ts';
import { partnerErrors } from './partners.ts';
import { platformErrors } from './platform.ts';
import { policyErrors } from './policies.ts';

export type { ErrorDefinition } from './define.ts';
export { defineErrors } from './define.ts';
export { certificateErrors, commonErrors, identityErrors, partnerErrors, platformErrors, policyErrors };

/**
 * The one registry of error codes: code → HTTP status. Each module adds its own file and spreads it here;
 * @pms/phrases must give every code a message in every language (the compiler checks it).
 */
export const errorRegistry = {
  ...certificateErrors,
  ...commonErrors,
  ...identityErrors,
  ...partnerErrors,
  ...platformErrors,
  ...policyErrors,
} as const;

export type ErrorCode = keyof typeof errorRegistry;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorRegistry, value);
}

/** One entry of a MOSIP envelope's `errors` array; `field` is ours, naming the offending input path. */
export interface EnvelopeError {
  errorCode: string;
  message: string;
  field?: string;
}
