import type { Page, PolicyDetails, policyRequestItemSchema } from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import type { ListParams } from '../../hooks/use-list-params.ts';
import { partnerKeys } from '../partners/partners.queries.ts';

const BASE = '/v1/partnermanager';

export type PolicyRequestItem = z.infer<typeof policyRequestItemSchema>;

export const policyRequestKeys = {
  all: ['policy-requests'] as const,
  list: (scope: string) => [...policyRequestKeys.all, 'list', scope] as const,
  one: (id: string, partnerId: string, policyId: string) =>
    [...policyRequestKeys.all, 'one', id, partnerId, policyId] as const,
  pending: () => [...policyRequestKeys.all, 'pending-count'] as const,
  policies: (group: string) => [...policyRequestKeys.all, 'active-policies', group] as const,
};

/** `GET /partner-policy-requests`: the admin sees every request, a partner user only its own. */
export function fetchPolicyRequests(params: ListParams, signal: AbortSignal) {
  return api<Page<PolicyRequestItem>>(`${BASE}/partner-policy-requests`, {
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

/**
 * One request. The API has no read-by-id, so the list is narrowed by partner and policy (kept in the
 * link) and the row is picked by its id; a request of another partner is simply not found.
 */
export const policyRequestQuery = (id: string, partnerId: string, policyId: string) =>
  queryOptions({
    queryKey: policyRequestKeys.one(id, partnerId, policyId),
    queryFn: async ({ signal }) => {
      const page = await api<Page<PolicyRequestItem>>(`${BASE}/partner-policy-requests`, {
        query: { partnerId, policyId, pageNo: 0, pageSize: 100 },
        signal,
      });
      return page.data.find((r) => r.id === id) ?? null;
    },
  });

/** Pending requests, for the dashboard badge (only the total is read). */
export const pendingCountQuery = queryOptions({
  queryKey: policyRequestKeys.pending(),
  queryFn: async ({ signal }) => {
    const page = await api<Page<PolicyRequestItem>>(`${BASE}/partner-policy-requests`, {
      query: { status: 'InProgress', pageNo: 0, pageSize: 1 },
      signal,
    });
    return page.totalResults;
  },
  staleTime: 30_000,
});

/** Published, active policies of a group (what a partner of the group may request). */
export const activePoliciesQuery = (groupName: string) =>
  queryOptions({
    queryKey: policyRequestKeys.policies(groupName),
    queryFn: ({ signal }) =>
      api<PolicyDetails[]>(`/v1/policymanager/policies/active/group/${encodeURIComponent(groupName)}`, {
        signal,
      }),
  });

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: policyRequestKeys.all }),
      client.invalidateQueries({ queryKey: partnerKeys.all }),
    ]);
}

export function useRequestPolicy() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      partnerId,
      ...body
    }: {
      partnerId: string;
      policyName: string;
      useCaseDescription: string;
    }) =>
      api<{ mappingkey: string; message: string }>(
        `${BASE}/partners/${encodeURIComponent(partnerId)}/policy/map`,
        {
          method: 'POST',
          body,
        },
      ),
    onSuccess: invalidate,
  });
}

export function useDecidePolicyRequest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; status: 'approved' | 'rejected'; comment?: string }) =>
      api<string>(`${BASE}/partners/policy/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}

/** Policy types a partner type may request (the API refuses the others). */
export { policyFitsPartnerType } from '@pms/contracts';
