import type { ErrorCode } from '@pms/contracts';
import { AppError } from './app-error.ts';

/**
 * Unique constraint name → error code. Services check first for a friendly answer; this map turns the race
 * where two requests insert the same value at once into the same code instead of a 500.
 */
const uniqueViolations: Record<string, { code: ErrorCode; field?: string }> = {
  users__username_key: { code: 'PMS_USR_001', field: 'userName' },
  users__email_key: { code: 'PMS_USR_002', field: 'emailID' },
};

/** Registers more constraint mappings from a module (keeps modules owning their constraint names). */
export function registerUniqueViolation(constraint: string, code: ErrorCode, field?: string): void {
  uniqueViolations[constraint] = { code, field };
}

interface PgError {
  code?: string;
  detail?: string;
  constraint?: string;
  constraint_name?: string;
  cause?: unknown;
}

function findPgError(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Maps a database error to an AppError where we know what it means, else undefined. */
export function mapDatabaseError(error: unknown): AppError | undefined {
  const pgError = findPgError(error);
  if (!pgError) return undefined;
  const constraint = pgError.constraint ?? pgError.constraint_name;
  if (pgError.code === '23505') {
    const known = constraint ? uniqueViolations[constraint] : undefined;
    // PostgreSQL's detail reads `Key (lower(email))=(a@b.org) already exists.`: the value fills the message.
    const value = /\)=\((.*)\) already exists/.exec(pgError.detail ?? '')?.[1] ?? '';
    const params = { value, email: value, userName: value, name: value, id: value };
    if (known) return new AppError(known.code, params, known.field);
    return new AppError('PMS_COR_409', { detail: constraint ?? 'unique value' });
  }
  if (pgError.code === '40001' || pgError.code === '40P01') {
    return new AppError('PMS_COR_409', { detail: 'concurrent update, try again' });
  }
  return undefined;
}
