/** Every table, for Drizzle's relational queries and for drizzle-kit. Each module adds its *.table.ts here. */

export * from '../modules/certificates/certificates.table.ts';
export * from '../modules/identity/identity.table.ts';
export * from '../modules/partners/partner.table.ts';
export * from '../modules/policies/policy.table.ts';
export * from '../platform/audit/audit.table.ts';
export * from '../platform/outbox/outbox.table.ts';
