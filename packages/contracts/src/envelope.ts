import { z } from 'zod';

/**
 * MOSIP request envelope around a request schema. Both spellings of the time field are accepted
 * (v1 `requesttime`, v2 `requestTime`); unknown top-level fields are refused.
 */
export function requestEnvelope<T extends z.ZodType>(request: T) {
  return z.strictObject({
    id: z.string().max(128).optional(),
    version: z.string().max(16).optional(),
    requesttime: z.string().max(40).optional(),
    requestTime: z.string().max(40).optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
    request,
  });
}

export const envelopeErrorSchema = z.object({
  errorCode: z.string(),
  message: z.string(),
  field: z.string().optional(),
});

/** Response envelope, v1 (`responsetime`) spelling. */
export function responseEnvelope<T extends z.ZodType>(response: T) {
  return z.object({
    id: z.string().nullable(),
    version: z.string().nullable(),
    responsetime: z.string().optional(),
    responseTime: z.string().optional(),
    metadata: z.unknown().nullable().optional(),
    response: response.nullable(),
    errors: z.array(envelopeErrorSchema),
  });
}

export type EnvelopeSpelling = 'v1' | 'v2';

export interface ResponseEnvelope<T> {
  id: string | null;
  version: string | null;
  responsetime?: string;
  responseTime?: string;
  metadata?: unknown;
  response: T | null;
  errors: { errorCode: string; message: string; field?: string }[];
}
