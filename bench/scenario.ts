import type { Db } from '../apps/api/src/db/client.ts';

/** One request pattern that autocannon drives. */
export interface BenchRequest {
  title: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Inner MOSIP `request`; wrapped in the envelope by the harness. */
  request?: unknown;
  /** Send the admin's bearer token (default true). */
  authenticated?: boolean;
}

/**
 * A benchmark scenario: optional bulk seeding straight through the database (before the server starts,
 * since PGlite allows one process), then the requests to measure.
 */
export interface BenchScenario {
  name: string;
  seed?: (db: Db) => Promise<void>;
  requests: BenchRequest[];
}
