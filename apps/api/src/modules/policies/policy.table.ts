import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { auditColumns, ts } from '../../db/columns.ts';

/**
 * Policy groups (MOSIP `policy_group`). A partner of a policy-requiring type belongs to one group and may
 * request only the activated policies of that group. Names are unique regardless of case (MOSIP compares
 * them exactly, a weakness). Groups are created active and may be deactivated once they hold no draft and
 * no activated policy; there is no re-activation.
 */
export const policyGroups = pgTable(
  'policy_groups',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    /** Rows created by the first-start seed (MOSIP's default groups). */
    isSeeded: boolean('is_seeded').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('policy_groups__name_key').on(sql`lower(${t.name})`),
    index('policy_groups__name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('policy_groups__created_at_idx').on(t.createdAt),
  ],
);

/** The policy types MOSIP knows (`pmp.allowed.policy.types`); each has its JSON schema. */
export const POLICY_TYPES = ['Auth', 'DataShare', 'CredentialIssuance', 'MISP'] as const;
/** draft (editable) → activated (published, immutable) → deactivated (terminal). */
export const POLICY_STATUSES = ['draft', 'activated', 'deactivated'] as const;

/**
 * Policies of every type (MOSIP `auth_policy`). The document is the policy JSON itself, validated against
 * the schema of its type. MOSIP derives the status from `policy_schema`/`is_active`; here it is an explicit
 * column with a CHECK constraint, and `published_at` records when the draft became immutable.
 */
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey(),
    policyGroupId: uuid('policy_group_id')
      .notNull()
      .references(() => policyGroups.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    /** One of POLICY_TYPES; fixed at creation. */
    policyType: text('policy_type').notNull(),
    version: text('version').notNull(),
    document: jsonb('document').notNull(),
    /** One of POLICY_STATUSES. */
    status: text('status').notNull().default('draft'),
    validFrom: ts('valid_from').notNull().defaultNow(),
    validTo: ts('valid_to').notNull(),
    publishedAt: ts('published_at'),
    deactivatedAt: ts('deactivated_at'),
    isSeeded: boolean('is_seeded').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('policies__policy_group_id_name_key').on(t.policyGroupId, sql`lower(${t.name})`),
    index('policies__policy_group_id_idx').on(t.policyGroupId, t.status),
    index('policies__status_idx').on(t.status, t.createdAt),
    index('policies__policy_type_idx').on(t.policyType, t.createdAt),
    index('policies__created_at_idx').on(t.createdAt),
    index('policies__name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    check('policies__status_check', sql`${t.status} in ('draft', 'activated', 'deactivated')`),
    check(
      'policies__policy_type_check',
      sql`${t.policyType} in ('Auth', 'DataShare', 'CredentialIssuance', 'MISP')`,
    ),
    check('policies__published_check', sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`),
  ],
);

/**
 * One row per change of a policy (created, updated, published, deactivated) with a snapshot of what it
 * was after the change (MOSIP `auth_policy_h`, which this fixes: deactivation is recorded too).
 */
export const policyHistory = pgTable(
  'policy_history',
  {
    id: uuid('id').primaryKey(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    /** `created`, `updated`, `published`, `deactivated`. */
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    version: text('version').notNull(),
    document: jsonb('document').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: ts('changed_at').notNull().defaultNow(),
  },
  (t) => [index('policy_history__policy_idx').on(t.policyId, t.changedAt)],
);
