import type { Page } from '@pms/contracts';
import type { ListParams } from '../hooks/use-list-params.ts';
import { api, type QueryValue } from './client.ts';

/** The query of a MOSIP list endpoint: page, sort, and the filters as they are. */
export function listQuery(params: ListParams): Record<string, QueryValue> {
  return {
    pageNo: params.pageNo,
    pageSize: params.pageSize,
    sortFieldName: params.sortFieldName,
    sortType: params.sortType,
    ...params.filters,
  };
}

/** The `fetchPage` of a DataTable over the MOSIP list endpoint at `path`. */
export function fetchPage<T>(path: string) {
  return (params: ListParams, signal: AbortSignal) =>
    api<Page<T>>(path, { query: listQuery(params), signal });
}
