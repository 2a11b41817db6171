import { sql } from 'drizzle-orm';
import type { Db } from '../../apps/api/src/db/client.ts';
import { newId } from '../../apps/api/src/lib/ids.ts';
import {
  credentialPolicy,
  sampleAuthPolicy,
  sampleDataSharePolicy,
} from '../../apps/api/src/modules/policies/policy.samples.ts';
import { policies, policyGroups } from '../../apps/api/src/modules/policies/policy.table.ts';
import type { BenchScenario } from '../scenario.ts';

const GROUPS = 200;
const POLICIES = 10_000;
const BATCH = 500;
const STATUSES = ['draft', 'activated', 'deactivated'] as const;
const TYPES = ['Auth', 'DataShare', 'CredentialIssuance', 'MISP'] as const;

function documentOf(type: (typeof TYPES)[number], i: number) {
  if (type === 'Auth') return sampleAuthPolicy();
  if (type === 'MISP') {
    return {
      allowAuthRequestDelegation: i % 2 === 0,
      allowKycRequestDelegation: true,
      allowKeyBindingDelegation: false,
    };
  }
  return i % 2 ? sampleDataSharePolicy() : credentialPolicy([{ name: 'fullName' }, { name: 'dateOfBirth' }]);
}

/**
 * 10,000 policies across 200 groups (bulk inserts straight into the database, spread over a year of
 * creation dates and all types and statuses), then the policy manager's list screens: the paged policy
 * list filtered by type, status, group and name, sorted by creation date or group name, and the group list.
 */
async function seed(db: Db): Promise<void> {
  const now = Date.now();
  const groupRows = Array.from({ length: GROUPS }, (_, g) => ({
    id: newId(),
    name: `bench-group-${String(g).padStart(3, '0')}`,
    description: `Benchmark policy group ${g}`,
    isActive: g % 10 !== 9,
    createdBy: 'bench',
    createdAt: new Date(now - (GROUPS - g) * 3_600_000),
  }));
  await db.insert(policyGroups).values(groupRows).onConflictDoNothing();
  const validTo = new Date(now + 200 * 365 * 86_400_000);
  for (let start = 0; start < POLICIES; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, POLICIES); i++) {
      const group = groupRows[i % GROUPS];
      if (!group) continue;
      const type = TYPES[i % TYPES.length] ?? 'Auth';
      const status = STATUSES[i % STATUSES.length] ?? 'draft';
      const createdAt = new Date(now - ((i * 7919) % (365 * 24)) * 3_600_000);
      rows.push({
        id: newId(),
        policyGroupId: group.id,
        name: `bench-policy-${String(i).padStart(5, '0')}`,
        description: `Benchmark ${type} policy number ${i}`,
        policyType: type,
        version: '1.0',
        document: documentOf(type, i),
        status,
        validFrom: createdAt,
        validTo,
        publishedAt: status === 'draft' ? null : createdAt,
        deactivatedAt: status === 'deactivated' ? createdAt : null,
        createdBy: 'bench',
        createdAt,
        updatedAt: createdAt,
      });
    }
    await db.insert(policies).values(rows).onConflictDoNothing();
  }
  // What autovacuum would have done on a live system: planner statistics for the new rows.
  await db.execute(sql`analyze policy_groups`);
  await db.execute(sql`analyze policies`);
}

const LIST = '/v1/policymanager/policies/v2';

export const policiesScenario: BenchScenario = {
  name: 'policies',
  seed,
  requests: [
    {
      title: 'policies: Auth tab, newest first (portal default)',
      method: 'GET',
      path: `${LIST}?policyType=Auth&sortFieldName=createdDateTime&sortType=desc&pageNo=0&pageSize=8`,
    },
    {
      title: 'policies: DataShare activated, by group name, page 20',
      method: 'GET',
      path: `${LIST}?policyType=DataShare&status=activated&sortFieldName=policyGroupName&sortType=asc&pageNo=20&pageSize=10`,
    },
    {
      title: 'policies: name contains, sorted by name',
      method: 'GET',
      path: `${LIST}?policyName=policy-012&sortFieldName=policyName&sortType=asc&pageNo=0&pageSize=10`,
    },
    {
      title: 'policies: group name contains + draft',
      method: 'GET',
      path: `${LIST}?policyGroupName=group-17&status=draft&sortFieldName=createdDateTime&sortType=desc&pageNo=0&pageSize=10`,
    },
    {
      title: 'policy groups: paged, by name',
      method: 'GET',
      path: '/v1/policymanager/policy-groups?sortFieldName=policyGroupName&sortType=asc&pageNo=3&pageSize=20',
    },
    {
      title: 'active policies of a group (partner chooser)',
      method: 'GET',
      path: '/v1/policymanager/policies/active/group/bench-group-042',
    },
  ],
};

export default policiesScenario;
