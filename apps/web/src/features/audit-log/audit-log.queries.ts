import type { AuditEvent, Page } from '@pms/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { listQuery } from '../../api/list.ts';
import type { ListParams } from '../../hooks/use-list-params.ts';

const BASE = '/v1/partnermanager/audit-events';

export const auditKeys = {
  all: ['audit-log'] as const,
  list: () => [...auditKeys.all, 'list'] as const,
  event: (id: string) => [...auditKeys.all, 'event', id] as const,
};

/**
 * The time filters are kept in the URL as the browser's local `YYYY-MM-DDTHH:mm` (what a date-time input
 * shows); the API takes ISO 8601 with an offset, so they are converted here. A minute-precision "until"
 * includes the whole minute.
 */
export function toIsoInstant(local: string | undefined, endOfMinute = false): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return undefined;
  if (endOfMinute && /T\d{2}:\d{2}$/.test(local)) date.setSeconds(59, 999);
  return date.toISOString();
}

export function fetchAuditEvents(params: ListParams, signal: AbortSignal) {
  const { from, to, ...filters } = params.filters;
  return api<Page<AuditEvent>>(BASE, {
    query: {
      ...listQuery({ ...params, filters }),
      from: toIsoInstant(from),
      to: toIsoInstant(to, true),
    },
    signal,
  });
}

export const auditEventQuery = (id: string) =>
  queryOptions({
    queryKey: auditKeys.event(id),
    queryFn: ({ signal }) => api<AuditEvent>(`${BASE}/${encodeURIComponent(id)}`, { signal }),
  });
