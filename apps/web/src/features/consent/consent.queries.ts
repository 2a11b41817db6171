import type { userConsentSchema } from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

type UserConsent = z.infer<typeof userConsentSchema>;

const PATH = '/v1/partnermanager/users/user-consent';

export const consentKeys = {
  all: ['consent'] as const,
  mine: (userId: string) => [...consentKeys.all, userId] as const,
};

/** The signed-in user's consent; asked once per user, cached for the session. */
export const consentQuery = (userId: string) =>
  queryOptions({
    queryKey: consentKeys.mine(userId),
    queryFn: ({ signal }) => api<UserConsent>(PATH, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useGiveConsent(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<UserConsent>(PATH, { method: 'POST' }),
    onSuccess: (answer) => client.setQueryData(consentKeys.mine(userId), answer),
  });
}
