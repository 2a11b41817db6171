import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditColumns, createdAt, timestamps, ts } from '../../db/columns.ts';
import { users } from '../identity/identity.table.ts';
import { policies, policyGroups } from '../policies/policy.table.ts';

/**
 * Partner types (MOSIP `partner_type`, seeded). `role` is the role a user of this type holds;
 * `signupAllowed` says whether the public sign-up may create it (never for Partner_Admin or internal types).
 */
export const partnerTypes = pgTable('partner_types', {
  code: text('code').primaryKey(),
  description: text('description').notNull(),
  isPolicyRequired: boolean('is_policy_required').notNull(),
  role: text('role'),
  signupAllowed: boolean('signup_allowed').notNull().default(true),
  isActive: boolean('is_active').notNull().default(true),
  createdAt: createdAt(),
});

/** Approval status of a partner: InProgress at registration, approved on first accepted certificate. */
export const PARTNER_APPROVAL_STATUSES = ['InProgress', 'approved'] as const;

/**
 * Partner organisations (MOSIP `partner`). The id is chosen at registration (MOSIP partner id: no spaces,
 * at most 36 characters) and unique regardless of case. A user may hold several partners.
 */
export const partners = pgTable(
  'partners',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Organisation name (must equal the certificate's O=; immutable). */
    name: text('name').notNull(),
    address: text('address').notNull(),
    contactNo: text('contact_no').notNull(),
    emailId: text('email_id').notNull(),
    partnerTypeCode: text('partner_type_code')
      .notNull()
      .references(() => partnerTypes.code),
    policyGroupId: uuid('policy_group_id').references(() => policyGroups.id),
    /** One of PARTNER_APPROVAL_STATUSES. */
    approvalStatus: text('approval_status').notNull().default('InProgress'),
    isActive: boolean('is_active').notNull().default(false),
    langCode: text('lang_code').notNull().default('eng'),
    logoUrl: text('logo_url'),
    additionalInfo: jsonb('additional_info'),
    /** Set by the certificates module when a partner certificate is accepted (null = not uploaded). */
    certificateAlias: text('certificate_alias'),
    certificateUploadedAt: ts('certificate_uploaded_at'),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('partners__id_lower_key').on(sql`lower(${t.id})`),
    uniqueIndex('partners__email_id_key').on(sql`lower(${t.emailId})`),
    index('partners__user_id_idx').on(t.userId),
    index('partners__partner_type_code_idx').on(t.partnerTypeCode),
    index('partners__policy_group_id_idx').on(t.policyGroupId),
    index('partners__created_at_idx').on(t.createdAt),
    index('partners__is_active_created_at_idx').on(t.isActive, t.createdAt),
    index('partners__name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('partners__id_trgm_idx').using('gin', sql`${t.id} gin_trgm_ops`),
    index('partners__email_id_trgm_idx').using('gin', sql`${t.emailId} gin_trgm_ops`),
    check('partners__approval_status_check', sql`${t.approvalStatus} in ('InProgress', 'approved')`),
    check('partners__id_check', sql`${t.id} !~ '\\s' and length(${t.id}) between 1 and 36`),
  ],
);

/** Extra contacts of a partner (MOSIP `partner_contact`). */
export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    contactNo: text('contact_no').notNull(),
    emailId: text('email_id').notNull(),
    address: text('address').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('partner_contacts__partner_id_email_id_key').on(t.partnerId, sql`lower(${t.emailId})`),
    uniqueIndex('partner_contacts__partner_id_contact_no_key').on(t.partnerId, t.contactNo),
  ],
);

export const POLICY_REQUEST_STATUSES = ['InProgress', 'approved', 'rejected'] as const;

/**
 * A partner's request to use a policy (MOSIP `partner_policy_request`). At most one open or approved
 * request per partner and policy (partial unique index); a rejected request does not block a new one.
 */
export const partnerPolicyRequests = pgTable(
  'partner_policy_requests',
  {
    id: uuid('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id),
    /** The partner's use-case description (MOSIP `request_detail`, "partnerComment"). */
    requestDetail: text('request_detail').notNull(),
    /** One of POLICY_REQUEST_STATUSES. */
    status: text('status').notNull().default('InProgress'),
    decisionComment: text('decision_comment'),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('partner_policy_requests__partner_id_policy_id_key')
      .on(t.partnerId, t.policyId)
      .where(sql`${t.status} in ('InProgress', 'approved')`),
    index('partner_policy_requests__partner_id_idx').on(t.partnerId, t.createdAt),
    index('partner_policy_requests__policy_id_idx').on(t.policyId),
    index('partner_policy_requests__status_idx').on(t.status, t.createdAt),
    check(
      'partner_policy_requests__status_check',
      sql`${t.status} in ('InProgress', 'approved', 'rejected')`,
    ),
  ],
);

/** A user's consent to the portal's terms (MOSIP `user_details`). One row per user. */
export const userConsents = pgTable(
  'user_consents',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    consentGiven: boolean('consent_given').notNull().default(false),
    consentGivenAt: ts('consent_given_at'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('user_consents__user_id_key').on(t.userId)],
);

/** Biometric device types (MOSIP `reg_device_type`, seeded): Finger, Face, Iris. */
export const deviceTypes = pgTable('device_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  createdAt: createdAt(),
});

/** Device sub-types per type (MOSIP `reg_device_sub_type`, seeded). */
export const deviceSubTypes = pgTable(
  'device_sub_types',
  {
    code: text('code').notNull(),
    deviceTypeCode: text('device_type_code')
      .notNull()
      .references(() => deviceTypes.code),
    name: text('name').notNull(),
    description: text('description').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'device_sub_types__pkey', columns: [t.code, t.deviceTypeCode] })],
);

/** Sign-up attempts per client address, for a rate limit that holds across instances. */
export const signupAttempts = pgTable(
  'signup_attempts',
  {
    id: uuid('id').primaryKey(),
    address: text('address').notNull(),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
  },
  (t) => [index('signup_attempts__address_idx').on(t.address, t.occurredAt)],
);

/** Nonces of sign-up challenges already spent: a challenge works once. */
export const signupChallengeUses = pgTable('signup_challenge_uses', {
  nonce: text('nonce').primaryKey(),
  usedAt: ts('used_at').notNull().defaultNow(),
});
