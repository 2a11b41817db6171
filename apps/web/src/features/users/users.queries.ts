import type { CreateUserRequest, UpdateUserRequest, User } from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { fetchPage } from '../../api/list.ts';

const BASE = '/v1/partnermanager/users';

export const usersKeys = {
  all: ['users'] as const,
  list: () => [...usersKeys.all, 'list'] as const,
  user: (id: string) => [...usersKeys.all, 'user', id] as const,
};

export const fetchUsers = fetchPage<User>(BASE);

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: usersKeys.user(id),
    queryFn: ({ signal }) => api<User>(`${BASE}/${encodeURIComponent(id)}`, { signal }),
  });

/**
 * Creates a user. MOSIP's create body takes one role; when more are chosen the others are added right
 * after with the roles update (the answer tells whether that second step failed).
 */
export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ request }: { request: CreateUserRequest }): Promise<{ user: User }> => ({
      user: await api<User>(BASE, { method: 'POST', body: request }),
    }),
    onSuccess: ({ user }) => {
      client.setQueryData(usersKeys.user(user.id), user);
      void client.invalidateQueries({ queryKey: usersKeys.list() });
    },
  });
}

export function useUpdateUser(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateUserRequest) =>
      api<User>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PATCH', body: request }),
    onSuccess: (user) => {
      client.setQueryData(usersKeys.user(id), user);
      void client.invalidateQueries({ queryKey: usersKeys.list() });
    },
  });
}

export function useSendPasswordReset(id: string) {
  return useMutation({
    mutationFn: () =>
      api<{ status: 'success'; message: string; emailID: string }>(
        `${BASE}/${encodeURIComponent(id)}/password-reset`,
        { method: 'POST' },
      ),
  });
}
