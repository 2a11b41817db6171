import { MAX_PAGE_SIZE, type Page, type PagingQuery, type SortType } from '@pms/contracts';
import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../errors/app-error.ts';

export interface Paging<F extends string = string> {
  pageNo: number;
  pageSize: number;
  sort?: { field: F; type: SortType };
}

const INTEGER = /^-?\d+$/;

/**
 * Validates MOSIP's paging and sorting parameters, each rule with its own code:
 * PMS_PS_ERROR_006 (pageNo/pageSize together), PMS_PS_ERROR_007 (sortFieldName/sortType together),
 * PMS_PS_ERROR_008 (sort needs paging), PMS_PRT_357 (unknown sort field: only `sortFields` are accepted),
 * PMS_PRT_358 (sort type), PMS_PRT_360 (page number), PMS_PRT_361 (page size 1..MAX_PAGE_SIZE).
 * Without paging parameters the first page of `defaultPageSize` is served (never an unbounded list).
 */
export function parsePaging<F extends string>(
  query: PagingQuery,
  sortFields: readonly F[],
  defaultPageSize = 10,
): Paging<F> {
  const { pageNo, pageSize, sortFieldName, sortType } = query;
  const hasPage = pageNo !== undefined || pageSize !== undefined;
  const hasSort = sortFieldName !== undefined || sortType !== undefined;
  if (hasPage && (pageNo === undefined || pageSize === undefined)) throw new AppError('PMS_PS_ERROR_006');
  if (hasSort && (sortFieldName === undefined || sortType === undefined))
    throw new AppError('PMS_PS_ERROR_007');
  if (hasSort && !hasPage) throw new AppError('PMS_PS_ERROR_008');
  const problems: AppError[] = [];
  let sort: Paging<F>['sort'];
  if (sortFieldName !== undefined && sortType !== undefined) {
    const field = sortFields.find((f) => f === sortFieldName);
    const type = sortType.toLowerCase();
    if (!field) problems.push(new AppError('PMS_PRT_357', { field: sortFieldName }, 'sortFieldName'));
    if (type !== 'asc' && type !== 'desc')
      problems.push(new AppError('PMS_PRT_358', { sortType }, 'sortType'));
    if (field && (type === 'asc' || type === 'desc')) sort = { field, type };
  }
  const page = pageNo === undefined ? 0 : INTEGER.test(pageNo) ? Number(pageNo) : Number.NaN;
  const size =
    pageSize === undefined ? defaultPageSize : INTEGER.test(pageSize) ? Number(pageSize) : Number.NaN;
  if (!(page >= 0)) problems.push(new AppError('PMS_PRT_360', {}, 'pageNo'));
  if (!(size >= 1 && size <= MAX_PAGE_SIZE))
    problems.push(new AppError('PMS_PRT_361', { max: MAX_PAGE_SIZE }, 'pageSize'));
  if (problems.length) throw AppError.many(problems.flatMap((p) => p.problems));
  return { pageNo: page, pageSize: size, ...(sort ? { sort } : {}) };
}

/**
 * ORDER BY for a page: the requested sort column (from a whitelist mapping alias → column) or the
 * default, always followed by a unique tie-breaker so pages never overlap or skip rows.
 */
export function orderByOf<F extends string>(
  paging: Paging<F>,
  columns: Record<F, AnyColumn | SQL>,
  fallback: SQL | AnyColumn,
  tieBreaker: AnyColumn,
): SQL[] {
  const first = paging.sort
    ? (paging.sort.type === 'asc' ? asc : desc)(columns[paging.sort.field])
    : sql`${fallback}`;
  return [first, asc(tieBreaker)];
}

export function limitOffset(paging: Paging): { limit: number; offset: number } {
  return { limit: paging.pageSize, offset: paging.pageNo * paging.pageSize };
}

export function toPage<T>(paging: Paging, totalResults: number, data: T[]): Page<T> {
  return { pageNo: paging.pageNo, pageSize: paging.pageSize, totalResults, data };
}

/** `ILIKE` pattern matching `value` anywhere, with `%`, `_` and `\` taken literally. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
