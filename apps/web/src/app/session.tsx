import type { CurrentUser } from '@pms/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { sessionKey, sessionQuery, signOut } from '../api/session.ts';

/** The signed-in user (`null` when signed out, `undefined` while the first check runs). */
export function useSession() {
  const query = useQuery(sessionQuery);
  return { user: query.data, isPending: query.isPending, error: query.error, refetch: query.refetch };
}

/** The signed-in user inside the protected shell (the guard guarantees one). */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser outside the signed-in shell');
  return user;
}

/** `/login?next=<where we are>` so that signing in returns here. */
export function loginPathFor(location: { pathname: string; search: string }, reason?: string): string {
  const params = new URLSearchParams();
  const here = `${location.pathname}${location.search}`;
  if (here !== '/' && !here.startsWith('/login')) params.set('next', here);
  if (reason) params.set('reason', reason);
  const qs = params.toString();
  return qs ? `/login?${qs}` : '/login';
}

/** Only same-origin in-app paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** Ends the session on the server (if any), forgets every cached answer, and goes to sign-in. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(
    async (reason?: 'idle' | 'expired') => {
      if (!reason) {
        try {
          await signOut();
        } catch {
          // the session may already be gone; signing out locally is what matters
        }
      }
      client.clear();
      client.setQueryData(sessionKey, null);
      navigate(reason ? loginPathFor(location, reason) : '/login?reason=signed_out', { replace: true });
    },
    [client, navigate, location],
  );
}
