import type {
  CreateServiceAccountRequest,
  ServiceAccount,
  ServiceAccountWithSecret,
  UpdateServiceAccountRequest,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { fetchPage } from '../../api/list.ts';

const BASE = '/v1/partnermanager/service-accounts';

export const serviceAccountsKeys = {
  all: ['service-accounts'] as const,
  list: () => [...serviceAccountsKeys.all, 'list'] as const,
  account: (id: string) => [...serviceAccountsKeys.all, 'account', id] as const,
};

export const fetchServiceAccounts = fetchPage<ServiceAccount>(BASE);

export const serviceAccountQuery = (id: string) =>
  queryOptions({
    queryKey: serviceAccountsKeys.account(id),
    queryFn: ({ signal }) => api<ServiceAccount>(`${BASE}/${encodeURIComponent(id)}`, { signal }),
  });

/** Strips the secret before anything is cached: it lives only in the dialog that shows it once. */
function withoutSecret({ secretKey: _secret, ...account }: ServiceAccountWithSecret): ServiceAccount {
  return account;
}

export function useCreateServiceAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateServiceAccountRequest) =>
      api<ServiceAccountWithSecret>(BASE, { method: 'POST', body: request }),
    onSuccess: (account) => {
      client.setQueryData(serviceAccountsKeys.account(account.id), withoutSecret(account));
      void client.invalidateQueries({ queryKey: serviceAccountsKeys.list() });
    },
  });
}

export function useUpdateServiceAccount(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateServiceAccountRequest) =>
      api<ServiceAccount>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PATCH', body: request }),
    onSuccess: (account) => {
      client.setQueryData(serviceAccountsKeys.account(id), account);
      void client.invalidateQueries({ queryKey: serviceAccountsKeys.list() });
    },
  });
}

export function useRotateServiceAccountSecret(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ServiceAccountWithSecret>(`${BASE}/${encodeURIComponent(id)}/secret`, { method: 'POST' }),
    onSuccess: (account) => {
      client.setQueryData(serviceAccountsKeys.account(id), withoutSecret(account));
      void client.invalidateQueries({ queryKey: serviceAccountsKeys.list() });
    },
  });
}
