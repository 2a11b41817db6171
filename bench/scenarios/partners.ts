import { sql } from 'drizzle-orm';
import type { Db } from '../../apps/api/src/db/client.ts';
import { newId } from '../../apps/api/src/lib/ids.ts';
import { users } from '../../apps/api/src/modules/identity/identity.table.ts';
import { PARTNER_TYPE_SEED } from '../../apps/api/src/modules/partners/partner.seed.ts';
import { partners } from '../../apps/api/src/modules/partners/partner.table.ts';
import { policyGroups } from '../../apps/api/src/modules/policies/policy.table.ts';
import type { BenchScenario } from '../scenario.ts';

const PARTNERS = 100_000;
const OWNERS = 2_000;
const GROUPS = 20;
const BATCH = 1_000;
const WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
];
const SUFFIXES = ['Labs', 'Identity', 'Systems', 'Bank', 'Telecom', 'Health', 'Print', 'Devices'];

/**
 * 100,000 partners (bulk inserts straight into the database) owned by 2,000 users, of every self-service
 * partner type, spread over two years of creation dates, a tenth with a certificate and active. Then the
 * admin's partner list: filtered by organisation name (trigram GIN index) and sorted by creation time.
 */
async function seed(db: Db): Promise<void> {
  const now = Date.now();
  const ownerIds: string[] = [];
  for (let start = 0; start < OWNERS; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, OWNERS); i++) {
      const id = newId();
      ownerIds.push(id);
      rows.push({
        id,
        username: `bench-owner-${i}`,
        email: `bench-owner-${i}@bench.example`,
        roles: ['AUTH_PARTNER' as const],
        emailVerifiedAt: new Date(now),
        createdBy: 'bench',
      });
    }
    await db.insert(users).values(rows).onConflictDoNothing();
  }
  const groupIds = Array.from({ length: GROUPS }, () => newId());
  await db.insert(policyGroups).values(
    groupIds.map((id, g) => ({
      id,
      name: `bench-partner-group-${g}`,
      description: `Benchmark group ${g}`,
      createdBy: 'bench',
    })),
  );
  const types = PARTNER_TYPE_SEED.filter((t) => t.signupAllowed !== false);
  for (let start = 0; start < PARTNERS; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, PARTNERS); i++) {
      const type = types[i % types.length];
      const owner = ownerIds[i % OWNERS];
      if (!type || !owner) continue;
      const certified = i % 10 === 0;
      const org = `${WORDS[i % WORDS.length]} ${SUFFIXES[(i >> 3) % SUFFIXES.length]} ${i}`;
      rows.push({
        id: `bench-partner-${i}`,
        userId: owner,
        name: org,
        address: `${i} Bench Street`,
        contactNo: `+1${String(i).padStart(9, '0')}`,
        emailId: `bench-partner-${i}@bench.example`,
        partnerTypeCode: type.code,
        policyGroupId: type.isPolicyRequired ? (groupIds[i % GROUPS] ?? null) : null,
        approvalStatus: certified ? 'approved' : 'InProgress',
        isActive: certified,
        langCode: 'eng',
        certificateAlias: certified ? `bench-cert-${i}` : null,
        createdBy: 'bench',
        createdAt: new Date(now - ((i * 7919) % (2 * 365 * 24)) * 3_600_000),
      });
    }
    await db.insert(partners).values(rows).onConflictDoNothing();
  }
  // What autovacuum does after a bulk load: planner statistics and the visibility map (index-only counts).
  await db.execute(sql`vacuum analyze partners`);
  await db.execute(sql`vacuum analyze users`);
  await db.execute(sql`vacuum analyze policy_groups`);
}

export const partnersScenario: BenchScenario = {
  name: 'partners',
  seed,
  requests: [
    {
      title: 'admin partners: orgName contains, newest first',
      method: 'GET',
      path: '/v1/partnermanager/admin-partners?orgName=wonka%20print&sortFieldName=createdDateTime&sortType=desc&pageNo=0&pageSize=8',
    },
    {
      title: 'admin partners: orgName contains (rare), oldest first',
      method: 'GET',
      path: '/v1/partnermanager/admin-partners?orgName=tyrell%20bank%2099&sortFieldName=createdDateTime&sortType=asc&pageNo=0&pageSize=8',
    },
    {
      title: 'admin partners: first page, newest first',
      method: 'GET',
      path: '/v1/partnermanager/admin-partners?sortFieldName=createdDateTime&sortType=desc&pageNo=0&pageSize=8',
    },
    {
      title: 'admin partners: uploaded and active, page 50',
      method: 'GET',
      path: '/v1/partnermanager/admin-partners?certificateUploadStatus=uploaded&isActive=true&sortFieldName=createdDateTime&sortType=desc&pageNo=50&pageSize=20',
    },
  ],
};
