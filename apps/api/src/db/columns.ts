import { text, timestamp } from 'drizzle-orm/pg-core';

/** A `timestamptz` column read as a `Date` (every time column of the schema). */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** `created_at` set by the database on insert. */
export const createdAt = () => ts('created_at').notNull().defaultNow();

/** `created_at` and `updated_at`, both set by the database on insert (the repo sets `updatedAt` on update). */
export const timestamps = () => ({
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Who created and last changed a row, and when: `created_by`, `created_at`, `updated_by`, `updated_at`. */
export const auditColumns = () => ({
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  updatedBy: text('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
