import type { Profile } from '@pms/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const profileKeys = { me: ['profile', 'me'] as const };

export const profileQuery = queryOptions({
  queryKey: profileKeys.me,
  queryFn: () => api<Profile>('/v1/authmanager/users/me'),
});

export function changePassword(currentPassword: string, newPassword: string) {
  return api('/v1/authmanager/users/me/password', { method: 'PUT', body: { currentPassword, newPassword } });
}
