import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { onUnauthorized } from '../api/client.ts';
import { sessionKey } from '../api/session.ts';
import { changeLanguage, currentLanguage } from '../i18n/i18n.ts';
import { loginPathFor, useSession } from './session.tsx';

/**
 * Top of the router: sends the user to sign-in when any call answers 401, and applies the language saved
 * on the account once per sign-in.
 */
export function RootLayout() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;
  const { user } = useSession();
  const appliedFor = useRef<string | null>(null);

  useEffect(
    () =>
      onUnauthorized(() => {
        client.clear();
        client.setQueryData(sessionKey, null);
        navigate(loginPathFor(locationRef.current, 'expired'), { replace: true });
      }),
    [client, navigate],
  );

  useEffect(() => {
    if (!user) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === user.userId) return;
    appliedFor.current = user.userId;
    if (user.langCode !== currentLanguage()) void changeLanguage(user.langCode);
  }, [user]);

  return <Outlet />;
}
