import type {
  AuditEvent,
  adminPartnerDetailSchema,
  adminPartnerItemSchema,
  Page,
  partnerTypeSchema,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import type { ListParams } from '../../hooks/use-list-params.ts';

const BASE = '/v1/partnermanager';

export type AdminPartnerItem = z.infer<typeof adminPartnerItemSchema>;
export type AdminPartnerDetail = z.infer<typeof adminPartnerDetailSchema>;
export type PartnerType = z.infer<typeof partnerTypeSchema>;

export const partnerKeys = {
  all: ['partners'] as const,
  list: () => [...partnerKeys.all, 'list'] as const,
  detail: (id: string) => [...partnerKeys.all, 'detail', id] as const,
  history: (id: string) => [...partnerKeys.all, 'history', id] as const,
  types: () => [...partnerKeys.all, 'types'] as const,
};

/** `GET /admin-partners`: paged, every filter and sort from the URL. */
export function fetchAdminPartners(params: ListParams, signal: AbortSignal) {
  return api<Page<AdminPartnerItem>>(`${BASE}/admin-partners`, {
    query: {
      pageNo: params.pageNo,
      pageSize: params.pageSize,
      sortFieldName: params.sortFieldName,
      sortType: params.sortType,
      ...params.filters,
    },
    signal,
  });
}

export const adminPartnerQuery = (partnerId: string) =>
  queryOptions({
    queryKey: partnerKeys.detail(partnerId),
    queryFn: ({ signal }) =>
      api<AdminPartnerDetail>(`${BASE}/admin-partners/${encodeURIComponent(partnerId)}`, { signal }),
  });

export const partnerTypesQuery = queryOptions({
  queryKey: partnerKeys.types(),
  queryFn: ({ signal }) => api<PartnerType[]>(`${BASE}/partner-types`, { signal }),
  staleTime: 10 * 60_000,
});

/** The partner's status history, from the audit log. */
export const partnerHistoryQuery = (partnerId: string) =>
  queryOptions({
    queryKey: partnerKeys.history(partnerId),
    queryFn: ({ signal }) =>
      api<Page<AuditEvent>>(`${BASE}/audit-events`, {
        query: {
          entityType: 'partner',
          entityId: partnerId,
          sortFieldName: 'occurredAt',
          sortType: 'desc',
          pageNo: 0,
          pageSize: 100,
        },
        signal,
      }),
  });

export function useChangePartnerStatus(partnerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { status: 'Active' | 'De-Active'; reason?: string }) =>
      api<{ message: string }>(`${BASE}/partners/${encodeURIComponent(partnerId)}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}
