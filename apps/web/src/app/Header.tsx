import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { useFormat } from '../i18n/format.ts';
import { useCurrentUser, useSignOut } from './session.tsx';

/** App name, who is signed in (name, organisation, role), language, sign-out. */
export function Header({ burger }: { burger: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const format = useFormat();
  const mainRole = user.roles[0];
  const roleLabel = format.list(user.roles.map((r) => t(`shell.roles.${r}`)));
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        {burger}
        <Anchor component={Link} to="/" fw={700} size="lg" c="inherit" underline="never">
          {t('common.app_name')}
        </Anchor>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Stack gap={0} align="flex-end" visibleFrom="sm" data-testid="header-user">
          <Text size="sm" fw={600}>
            {user.name || user.userId}
          </Text>
          <Text size="xs" c="dimmed">
            {[user.organizationName, mainRole ? roleLabel : null].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <LanguageSwitcher signedIn />
        <Button variant="default" size="xs" onClick={() => void signOut()}>
          {t('common.sign_out')}
        </Button>
      </Group>
    </Group>
  );
}
