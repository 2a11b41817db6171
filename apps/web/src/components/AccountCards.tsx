import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Role } from '@pms/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessToggle } from '../features/users/AccountParts.tsx';
import { RoleCheckboxes } from '../features/users/RoleCheckboxes.tsx';
import { notifyError, notifySuccess } from './ui/notify.ts';
import { StatusBadge } from './ui/StatusBadge.tsx';

/** Phrase areas with the same account-detail keys (roles_*, access_title, status, enable/disable_*, reason*). */
export type AccountPhrases = 'users.detail' | 'service_accounts.detail';

type AccountStatus = 'enabled' | 'disabled';

/** The roles of an account (a person or a service account) as checkboxes, saved with one button. */
export function AccountRolesCard({
  idPrefix,
  phrases,
  choices,
  current,
  pending,
  save,
}: {
  /** Prefix of the heading id (`<prefix>-roles-title`). */
  idPrefix: string;
  phrases: AccountPhrases;
  choices: readonly Role[];
  current: Role[];
  pending: boolean;
  save: (roles: Role[]) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(current);
  useEffect(() => setRoles(current), [current]);
  const changed = roles.length !== current.length || roles.some((r) => !current.includes(r));
  const titleId = `${idPrefix}-roles-title`;

  async function saveRoles() {
    try {
      await save(roles);
      notifySuccess(t(`${phrases}.roles_saved`));
    } catch (error) {
      notifyError(error, t);
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="md" id={titleId}>
        {t(`${phrases}.roles_title`)}
      </Title>
      <RoleCheckboxes roles={choices} value={roles} onChange={setRoles} label={t(`${phrases}.roles_label`)} />
      <Group justify="flex-end" mt="md">
        <Button onClick={saveRoles} disabled={!changed || roles.length === 0} loading={pending}>
          {t(`${phrases}.roles_save`)}
        </Button>
      </Group>
    </Card>
  );
}

/** The access card of an account: its status and enable/disable with a reason (required to disable). */
export function AccountStatusCard({
  idPrefix,
  phrases,
  name,
  status,
  pending,
  save,
  children,
}: {
  /** Prefix of the heading id (`<prefix>-access-title`). */
  idPrefix: string;
  phrases: AccountPhrases;
  /** Shown in the confirm titles and the success toast. */
  name: string;
  status: AccountStatus;
  pending: boolean;
  save: (change: { status: AccountStatus; reason: string | undefined }) => Promise<unknown>;
  /** Extra lines under the status (a lock notice, say). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `${idPrefix}-access-title`;

  async function changeStatus(next: AccountStatus, reason: string) {
    try {
      await save({ status: next, reason: reason || undefined });
      notifySuccess(
        t(next === 'disabled' ? `${phrases}.disabled_done` : `${phrases}.enabled_done`, { name }),
      );
      return true;
    } catch (error) {
      notifyError(error, t);
      return false;
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="md" id={titleId}>
        {t(`${phrases}.access_title`)}
      </Title>
      <Stack gap="sm" align="flex-start">
        <Group gap="xs">
          <Text>{t(`${phrases}.status`)}:</Text>
          <StatusBadge status={status} />
        </Group>
        {children}
        <AccessToggle
          enabled={status === 'enabled'}
          pending={pending}
          onChange={changeStatus}
          labels={{
            disable: t(`${phrases}.disable`),
            enable: t(`${phrases}.enable`),
            disableTitle: t(`${phrases}.disable_confirm_title`, { name }),
            enableTitle: t(`${phrases}.enable_confirm_title`, { name }),
            disableText: t(`${phrases}.disable_confirm_text`),
            enableText: t(`${phrases}.enable_confirm_text`),
            reason: t(`${phrases}.reason`),
            reasonHint: t(`${phrases}.reason_hint`),
          }}
        />
      </Stack>
    </Card>
  );
}
