import { Button, Group, Modal, Text } from '@mantine/core';
import type { CurrentUser } from '@pms/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onApiActivity } from '../api/client.ts';
import { sessionKey } from '../api/session.ts';
import { useFormat } from '../i18n/format.ts';
import { useSignOut } from './session.tsx';

/** How long before the idle end the warning shows (capped at a third of the idle window). */
const WARN_BEFORE_MS = 2 * 60 * 1000;
const CHANNEL = 'pms-session';

/**
 * Warns before the server ends an idle session and offers "stay signed in" (a validateToken call slides
 * the idle timeout). Every answered API call slides it too, so the deadline moves with them; open tabs
 * share their activity through a BroadcastChannel. At the deadline (or the absolute session end) the
 * user goes to sign-in with `next` set to where they were.
 */
export function IdleWarning({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const signOut = useSignOut();
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;
  const windowMs = useRef(Math.max(60_000, Date.parse(user.idleExpiresAt) - Date.now()));
  const [deadline, setDeadline] = useState(() => Date.parse(user.idleExpiresAt));
  const [warning, setWarning] = useState(false);
  const absoluteEnd = Date.parse(user.sessionExpiresAt);

  useEffect(() => {
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    const stopActivity = onApiActivity(() => {
      const next = Date.now() + windowMs.current;
      setDeadline(next);
      channel?.postMessage({ deadline: next });
    });
    if (channel) {
      channel.onmessage = (event: MessageEvent<{ deadline?: number }>) => {
        if (typeof event.data?.deadline === 'number') setDeadline(event.data.deadline);
      };
    }
    return () => {
      stopActivity();
      channel?.close();
    };
  }, []);

  useEffect(() => {
    const end = Math.min(deadline, absoluteEnd);
    const warnAt = end - Math.min(WARN_BEFORE_MS, windowMs.current / 3);
    const now = Date.now();
    setWarning(now >= warnAt && now < end);
    const timers = [
      window.setTimeout(() => setWarning(true), Math.max(0, warnAt - now)),
      window.setTimeout(() => void signOutRef.current('idle'), Math.max(0, end - now)),
    ];
    return () => {
      for (const id of timers) window.clearTimeout(id);
    };
  }, [deadline, absoluteEnd]);

  async function stay() {
    await client.refetchQueries({ queryKey: sessionKey });
    setWarning(false);
  }

  return (
    <Modal
      opened={warning}
      onClose={() => void stay()}
      title={t('shell.idle.title')}
      centered
      closeOnClickOutside={false}
    >
      <Text mb="lg">
        {t('shell.idle.text', { time: format.time(new Date(Math.min(deadline, absoluteEnd))) })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void signOutRef.current()}>
          {t('shell.idle.sign_out_now')}
        </Button>
        <Button onClick={() => void stay()} data-autofocus>
          {t('shell.idle.stay')}
        </Button>
      </Group>
    </Modal>
  );
}
