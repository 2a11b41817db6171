import { type ErrorCode, errorRegistry } from '@pms/contracts';

/** One reported problem: a registry code, its message params, and optionally the input field it concerns. */
export interface Problem {
  code: ErrorCode;
  params?: Record<string, unknown>;
  field?: string;
}

/**
 * The only error a service throws towards clients. The HTTP status comes from the registry; the message
 * is rendered in the caller's language by the error handler. Several problems can travel together
 * (validation reports every issue, not only the first).
 */
export class AppError extends Error {
  readonly problems: Problem[];

  constructor(code: ErrorCode, params?: Record<string, unknown>, field?: string) {
    super(code);
    this.name = 'AppError';
    this.problems = [{ code, params, field }];
  }

  static many(problems: Problem[]): AppError {
    const [first, ...rest] = problems;
    if (!first) throw new Error('AppError.many needs at least one problem');
    const error = new AppError(first.code, first.params, first.field);
    error.problems.push(...rest);
    return error;
  }

  get code(): ErrorCode {
    return this.problems[0]?.code ?? 'PMS_COR_500';
  }

  get status(): number {
    return errorRegistry[this.code].status;
  }
}

/** Throws `code` unless `condition` holds. Reads like the rule it enforces. */
export function assertThat(
  condition: unknown,
  code: ErrorCode,
  params?: Record<string, unknown>,
  field?: string,
): asserts condition {
  if (!condition) throw new AppError(code, params, field);
}
