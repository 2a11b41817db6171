import type { PartnerSignup, partnerSignupResponseSchema, signupChallengeSchema } from '@pms/contracts';
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

const BASE = '/v1/partnermanager/partners/signup';

export type SignupChallenge = z.infer<typeof signupChallengeSchema>;
export type SignupResult = z.infer<typeof partnerSignupResponseSchema>;
export interface SignupOptions {
  partnerTypes: { code: string; isPolicyRequired: boolean }[];
  policyGroups: { name: string; description: string }[];
}

export const signupKeys = {
  all: ['signup'] as const,
  options: () => [...signupKeys.all, 'options'] as const,
  challenge: () => [...signupKeys.all, 'challenge'] as const,
};

/** Partner types open to sign-up and the active policy groups (public). */
export const signupOptionsQuery = queryOptions({
  queryKey: signupKeys.options(),
  queryFn: ({ signal }) => api<SignupOptions>(`${BASE}/options`, { signal, allowUnauthorized: true }),
});

/** A fresh signed bot-check challenge; never cached (single use). */
export const signupChallengeQuery = queryOptions({
  queryKey: signupKeys.challenge(),
  queryFn: ({ signal }) => api<SignupChallenge>(`${BASE}/challenge`, { signal, allowUnauthorized: true }),
  staleTime: 0,
  gcTime: 0,
  refetchOnWindowFocus: false,
});

export function useSignup() {
  return useMutation({
    mutationFn: (body: PartnerSignup) =>
      api<SignupResult>(BASE, { method: 'POST', body, allowUnauthorized: true }),
  });
}
