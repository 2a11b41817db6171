import type {
  contactAddSchema,
  partnerDetailsSchema,
  partnerUpdateSchema,
  partnerV3ItemSchema,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

const BASE = '/v1/partnermanager';
const partnerPath = (id: string) => `${BASE}/partners/${encodeURIComponent(id)}`;

export type OwnPartner = z.infer<typeof partnerV3ItemSchema> & { approvalStatus: string };
export type PartnerDetails = z.infer<typeof partnerDetailsSchema>;
export type PartnerUpdate = z.infer<typeof partnerUpdateSchema>;
export type ContactAdd = z.infer<typeof contactAddSchema>;
export interface ActivePolicyGroup {
  id: string;
  name: string;
  description: string;
  isActive: boolean;
}

export const partnerProfileKeys = {
  all: ['partner-profile'] as const,
  own: () => [...partnerProfileKeys.all, 'own'] as const,
  details: (id: string) => [...partnerProfileKeys.all, 'details', id] as const,
  groups: () => [...partnerProfileKeys.all, 'active-groups'] as const,
};

/** Statuses a partner of the caller can be in (a deactivated partner keeps `approved`). */
const APPROVAL_STATUSES = ['InProgress', 'approved'] as const;

/** The caller's own partner IDs (`GET /partners/v3`, once per approval status), with their group. */
export const ownPartnersQuery = queryOptions({
  queryKey: partnerProfileKeys.own(),
  queryFn: async ({ signal }) => {
    const lists = await Promise.all(
      APPROVAL_STATUSES.map(async (status) => {
        const items = await api<z.infer<typeof partnerV3ItemSchema>[]>(`${BASE}/partners/v3`, {
          query: { status },
          signal,
        });
        return items.map((p): OwnPartner => ({ ...p, approvalStatus: status }));
      }),
    );
    return lists.flat().sort((a, b) => a.partnerId.localeCompare(b.partnerId));
  },
});

export const partnerDetailsQuery = (partnerId: string) =>
  queryOptions({
    queryKey: partnerProfileKeys.details(partnerId),
    queryFn: ({ signal }) => api<PartnerDetails>(partnerPath(partnerId), { signal }),
  });

/** Active policy groups, with descriptions (for the group choosers). */
export const activeGroupsQuery = queryOptions({
  queryKey: partnerProfileKeys.groups(),
  queryFn: ({ signal }) => api<ActivePolicyGroup[]>('/v1/policymanager/policies/policy-groups', { signal }),
});

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: partnerProfileKeys.all });
}

export function useUpdatePartner(partnerId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PartnerUpdate) => api(partnerPath(partnerId), { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}

export function useAddContact(partnerId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ContactAdd) =>
      api<string>(`${partnerPath(partnerId)}/contact/add`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useMapPolicyGroup(partnerId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (groupName: string) =>
      api<string>(`${partnerPath(partnerId)}/policygroup/${encodeURIComponent(groupName)}`, {
        method: 'PUT',
      }),
    onSuccess: invalidate,
  });
}
