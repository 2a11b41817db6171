/** One entry of the error registry: the HTTP status a code answers with. Messages live in @pms/phrases. */
export interface ErrorDefinition {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 503;
}

/** Identity helper that keeps literal keys while checking each entry's shape. */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(defs: T): T {
  return defs;
}
