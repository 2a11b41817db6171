import type { SortType } from '@pms/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** Paging, sorting and filters of a server list, as MOSIP names them. */
export interface ListParams {
  pageNo: number;
  pageSize: number;
  sortFieldName?: string;
  sortType?: SortType;
  filters: Record<string, string>;
}

export interface ListDefaults {
  pageSize: number;
  sortFieldName?: string;
  sortType?: SortType;
}

function toInt(value: string | null, fallback: number, min: number, max: number): number {
  const n = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

/**
 * List state kept in the URL search params (`?pageNo=1&pageSize=20&sortFieldName=…&sortType=desc&to=…`),
 * so every view of a list is a link and survives reload and back/forward.
 */
export function useListParams(filterNames: readonly string[], defaults: ListDefaults) {
  const [search, setSearch] = useSearchParams();
  const filterKey = filterNames.join(',');

  const params = useMemo<ListParams>(() => {
    const sortType = search.get('sortType');
    const filters: Record<string, string> = {};
    for (const name of filterKey ? filterKey.split(',') : []) {
      const value = search.get(name);
      if (value) filters[name] = value;
    }
    return {
      pageNo: toInt(search.get('pageNo'), 0, 0, 1_000_000),
      pageSize: toInt(search.get('pageSize'), defaults.pageSize, 1, 500),
      sortFieldName: search.get('sortFieldName') ?? defaults.sortFieldName,
      sortType: sortType === 'asc' || sortType === 'desc' ? sortType : defaults.sortType,
      filters,
    };
  }, [search, filterKey, defaults.pageSize, defaults.sortFieldName, defaults.sortType]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>, options: { replace?: boolean } = {}) => {
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearch],
  );

  return { params, update };
}
