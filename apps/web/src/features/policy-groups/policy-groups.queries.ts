import type {
  activePolicyGroupSchema,
  PolicyGroupCreateRequest,
  PolicyGroupListItem,
  PolicyGroupResponse,
  PolicyGroupUpdateRequest,
  PolicyGroupWithPolicies,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { fetchPage } from '../../api/list.ts';

const BASE = '/v1/policymanager';

export type ActivePolicyGroup = z.infer<typeof activePolicyGroupSchema>;

export const policyGroupKeys = {
  all: ['policy-groups'] as const,
  list: () => [...policyGroupKeys.all, 'list'] as const,
  detail: (id: string) => [...policyGroupKeys.all, 'detail', id] as const,
  active: () => [...policyGroupKeys.all, 'active'] as const,
};

/** `GET /policy-groups`: paged, filtered, sorted (state from the URL). */
export const fetchPolicyGroups = fetchPage<PolicyGroupListItem>(`${BASE}/policy-groups`);

/** A group with all its policies (`GET /policies/group/{id}`). */
export const policyGroupQuery = (id: string) =>
  queryOptions({
    queryKey: policyGroupKeys.detail(id),
    queryFn: ({ signal }) =>
      api<PolicyGroupWithPolicies>(`${BASE}/policies/group/${encodeURIComponent(id)}`, { signal }),
  });

/** Active groups for choosers (`GET /policies/policy-groups`). */
export const activePolicyGroupsQuery = () =>
  queryOptions({
    queryKey: policyGroupKeys.active(),
    queryFn: ({ signal }) => api<ActivePolicyGroup[]>(`${BASE}/policies/policy-groups`, { signal }),
    staleTime: 30_000,
  });

/** Counts of a group's policies that block its deactivation. */
export function blockingCounts(group: PolicyGroupWithPolicies): { activated: number; draft: number } {
  let activated = 0;
  let draft = 0;
  for (const p of group.policies) {
    if (p.status === 'activated') activated += 1;
    else if (p.status === 'draft') draft += 1;
  }
  return { activated, draft };
}

export function useCreatePolicyGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicyGroupCreateRequest) =>
      api<PolicyGroupResponse>(`${BASE}/policies/group/new`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: policyGroupKeys.all }),
  });
}

export function useUpdatePolicyGroup(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicyGroupUpdateRequest) =>
      api<PolicyGroupResponse>(`${BASE}/policies/group/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: policyGroupKeys.all }),
  });
}

export function useDeactivatePolicyGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ policyGroupId: string; isActive: boolean }>(`${BASE}/policies/group/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { status: 'De-Activate' },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: policyGroupKeys.all }),
  });
}
