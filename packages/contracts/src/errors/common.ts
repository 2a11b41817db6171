import { defineErrors } from './define.ts';

/** Request, envelope, paging and catch-all errors shared by every module (MOSIP codes where MOSIP has one). */
export const commonErrors = defineErrors({
  /** A field failed validation (MOSIP answers this for bean-validation failures). */
  PMS_COR_001: { status: 400 },
  /** The body is not valid JSON or not an object. */
  PMS_COR_002: { status: 400 },
  /** Unknown route. */
  PMS_COR_404: { status: 404 },
  /** Method not allowed on that route. */
  PMS_COR_405: { status: 405 },
  /** Content-Type not supported. */
  PMS_COR_415: { status: 415 },
  /** Body larger than the configured limit. */
  PMS_COR_413: { status: 413 },
  /** Unexpected failure; the message carries the request id. */
  PMS_COR_500: { status: 500 },
  /** Service not ready (database unreachable or migrations missing). */
  PMS_COR_503: { status: 503 },
  /** Too many requests from this address for a rate-limited endpoint. */
  PMS_COR_429: { status: 429 },
  /** Request envelope: missing or malformed `request`. */
  PMS_REQUEST_ERROR_005: { status: 400 },
  /** Paging: pageNo and pageSize must come together. */
  PMS_PS_ERROR_006: { status: 400 },
  /** Paging: sortFieldName and sortType must come together. */
  PMS_PS_ERROR_007: { status: 400 },
  /** Paging: sorting needs paging. */
  PMS_PS_ERROR_008: { status: 400 },
  /** Unknown sort field. */
  PMS_PRT_357: { status: 400 },
  /** Unknown sort type. */
  PMS_PRT_358: { status: 400 },
  /** Negative page number. */
  PMS_PRT_360: { status: 400 },
  /** Page size not positive (or above the maximum). */
  PMS_PRT_361: { status: 400 },
  /** A record the caller may see was not found. */
  PMS_COR_NOT_FOUND: { status: 404 },
  /** The write conflicts with the current state (concurrent change or unique value). */
  PMS_COR_409: { status: 409 },
});
