import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, timestamps, ts } from '../../db/columns.ts';

/** People and service accounts. Service accounts have a client id and a hashed secret, no password. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    /** `user` or `service`. */
    kind: text('kind').notNull().default('user'),
    username: text('username').notNull(),
    email: text('email'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    phone: text('phone'),
    organisation: text('organisation'),
    roles: text('roles').array().notNull(),
    locale: text('locale').notNull().default('eng'),
    /** argon2id hash; null for service accounts and for users who must set one through a link. */
    passwordHash: text('password_hash'),
    /** Service accounts: argon2id hash of the secret key. */
    secretHash: text('secret_hash'),
    enabled: boolean('enabled').notNull().default(true),
    emailVerifiedAt: ts('email_verified_at'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    lastLoginAt: ts('last_login_at'),
    createdBy: text('created_by'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users__username_key').on(sql`lower(${t.username})`),
    uniqueIndex('users__email_key').on(sql`lower(${t.email})`).where(sql`${t.email} is not null`),
    index('users__username_trgm_idx').using('gin', sql`${t.username} gin_trgm_ops`),
    index('users__created_at_idx').on(t.createdAt),
  ],
);

/** Server-side sessions; only the SHA-256 of the token is stored, so a database leak yields no tokens. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    idleExpiresAt: ts('idle_expires_at').notNull(),
    absoluteExpiresAt: ts('absolute_expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    address: text('address'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions__token_hash_key').on(t.tokenHash), index('sessions__user_idx').on(t.userId)],
);

/** Failed sign-ins per client address, for throttling that holds across instances. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey(),
    address: text('address').notNull(),
    username: text('username'),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
  },
  (t) => [index('login_failures__address_idx').on(t.address, t.occurredAt)],
);

/** Single-use tokens mailed to users: password reset and e-mail verification. */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** `password_reset` or `email_verification`. */
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_tokens__token_hash_key').on(t.tokenHash)],
);

/**
 * Requests counted per client address for throttling that holds across instances (e.g. forgot-password
 * requests), separate from failed sign-ins so that one does not lock the other.
 */
export const throttleEvents = pgTable(
  'throttle_events',
  {
    id: uuid('id').primaryKey(),
    /** What is throttled, e.g. `password_forgot`. */
    scope: text('scope').notNull(),
    /** Who is counted: the client address. */
    key: text('key').notNull(),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
  },
  (t) => [index('throttle_events__scope_key_idx').on(t.scope, t.key, t.occurredAt)],
);
