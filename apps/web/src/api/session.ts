import type { CurrentUser, LanguageCode, UpdateProfileRequest } from '@pms/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api } from './client.ts';

/** Query key of the signed-in user; `null` data means "nobody is signed in". */
export const sessionKey = ['session'] as const;

/** Who am I. A 401 is an answer here (signed out), not an error. Calling it slides the idle timeout. */
export async function fetchSession(): Promise<CurrentUser | null> {
  try {
    return await api<CurrentUser>('/v1/authmanager/authorize/admin/validateToken', {
      allowUnauthorized: true,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function signIn(userName: string, password: string) {
  return api<{ status: string; expiresAt: string }>('/v1/authmanager/authenticate/useridPwd', {
    method: 'POST',
    body: { userName, password },
    allowUnauthorized: true,
  });
}

export function signOut() {
  return api<{ status: string }>('/v1/authmanager/logout/user', { method: 'POST', allowUnauthorized: true });
}

export function updateMe(request: UpdateProfileRequest) {
  return api<unknown>('/v1/authmanager/users/me', { method: 'PATCH', body: request });
}

export function saveLanguage(locale: LanguageCode) {
  return updateMe({ locale });
}
