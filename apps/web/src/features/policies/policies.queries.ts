import type {
  PolicyCreateRequest,
  PolicyCreateResponse,
  PolicyHistoryEntry,
  PolicyListItem,
  PolicyResponse,
  PolicyUpdateRequest,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { fetchPage } from '../../api/list.ts';
import { policyGroupKeys } from '../policy-groups/policy-groups.queries.ts';

const BASE = '/v1/policymanager';
const path = (id: string) => `${BASE}/policies/${encodeURIComponent(id)}`;

export const policyKeys = {
  all: ['policies'] as const,
  list: () => [...policyKeys.all, 'list'] as const,
  detail: (id: string) => [...policyKeys.all, 'detail', id] as const,
  history: (id: string) => [...policyKeys.all, 'history', id] as const,
};

/** `GET /policies/v2`: paged, filtered by type, status, name, group (state from the URL). */
export const fetchPolicies = fetchPage<PolicyListItem>(`${BASE}/policies/v2`);

export const policyQuery = (id: string) =>
  queryOptions({
    queryKey: policyKeys.detail(id),
    queryFn: ({ signal }) => api<PolicyResponse>(path(id), { signal }),
  });

/**
 * The policy's changes from the audit log (the policy API has no history endpoint). The audit log is
 * PARTNER_ADMIN only; a POLICYMANAGER sees the milestones the policy itself records.
 */
/** The policy's own history (who created, edited, published, deactivated it, and when). */
export const policyHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: policyKeys.history(id),
    queryFn: ({ signal }) =>
      api<PolicyHistoryEntry[]>(`/v1/policymanager/policies/${encodeURIComponent(id)}/history`, { signal }),
  });

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: policyKeys.all }),
      client.invalidateQueries({ queryKey: policyGroupKeys.all }),
    ]);
}

export function useCreatePolicy() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PolicyCreateRequest) =>
      api<PolicyCreateResponse>(`${BASE}/policies`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdatePolicy(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PolicyUpdateRequest) => api<PolicyCreateResponse>(path(id), { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}

export function usePublishPolicy() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (p: { policyId: string; policyGroupId: string }) =>
      api<PolicyResponse>(`${path(p.policyId)}/group/${encodeURIComponent(p.policyGroupId)}/publish`, {
        method: 'POST',
      }),
    onSuccess: invalidate,
  });
}

export function useDeactivatePolicy() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ policyId: string; isActive: boolean }>(path(id), {
        method: 'PATCH',
        body: { status: 'De-Activate' },
      }),
    onSuccess: invalidate,
  });
}
