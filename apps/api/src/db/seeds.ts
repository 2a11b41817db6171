import { seedPartnerReferenceData } from '../modules/partners/partner.seed.ts';
import { seedPolicies } from '../modules/policies/policy.seed.ts';
import type { Db } from './client.ts';

/**
 * Reference data every database needs (MOSIP's dml seeds), applied after the migrations on every start and
 * in every test database. Each seed must be idempotent (insert … on conflict do nothing). A module adds
 * one line here.
 */
export const seeds: ((db: Db) => Promise<void>)[] = [seedPolicies, seedPartnerReferenceData];

export async function runSeeds(db: Db): Promise<void> {
  for (const seed of seeds) await seed(db);
}
