import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Role, ServiceAccount } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { SecretOnceDialog, type SecretToShow } from '../../components/SecretOnceDialog.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { AccessToggle, Detail } from '../users/AccountParts.tsx';
import { RoleCheckboxes } from '../users/RoleCheckboxes.tsx';
import { serviceAccountRoleChoices } from './roles.ts';
import { toServiceAccounts } from './routes.ts';
import {
  serviceAccountQuery,
  useRotateServiceAccountSecret,
  useUpdateServiceAccount,
} from './service-accounts.queries.ts';

function AccountDetails({ account }: { account: ServiceAccount }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateServiceAccount(account.id);
  const rotate = useRotateServiceAccountSecret(account.id);
  const [roles, setRoles] = useState<Role[]>(account.roles);
  const [rotateOpen, setRotateOpen] = useState(false);
  const [secret, setSecret] = useState<SecretToShow | null>(null);
  useEffect(() => setRoles(account.roles), [account.roles]);
  const name = account.name ?? account.clientId;
  const rolesChanged = roles.length !== account.roles.length || roles.some((r) => !account.roles.includes(r));

  async function saveRoles() {
    try {
      await update.mutateAsync({ roles });
      notifySuccess(t('service_accounts.detail.roles_saved'));
    } catch (error) {
      notifyError(error, t);
    }
  }

  async function changeStatus(status: 'enabled' | 'disabled', reason: string) {
    try {
      await update.mutateAsync({ status, reason: reason || undefined });
      notifySuccess(
        t(
          status === 'disabled'
            ? 'service_accounts.detail.disabled_done'
            : 'service_accounts.detail.enabled_done',
          {
            name,
          },
        ),
      );
      return true;
    } catch (error) {
      notifyError(error, t);
      return false;
    }
  }

  async function rotateSecret() {
    try {
      const rotated = await rotate.mutateAsync();
      setRotateOpen(false);
      notifySuccess(t('service_accounts.detail.rotated'));
      setSecret({
        title: t('service_accounts.secret.title', { name }),
        details: [{ label: t('service_accounts.secret.client_id'), value: rotated.clientId }],
        label: t('service_accounts.secret.label'),
        secret: rotated.secretKey,
      });
    } catch (error) {
      notifyError(error, t);
    }
  }

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Detail label={t('service_accounts.detail.client_id')}>{account.clientId}</Detail>
          <Detail label={t('service_accounts.detail.name')}>{account.name ?? ''}</Detail>
          <Detail label={t('service_accounts.detail.status')}>
            <StatusBadge status={account.status} />
          </Detail>
          <Detail label={t('service_accounts.detail.last_login')}>
            {account.lastLoginAt ? format.dateTime(account.lastLoginAt) : t('service_accounts.never')}
          </Detail>
          <Detail label={t('service_accounts.detail.created')}>{format.dateTime(account.createdAt)}</Detail>
          <Detail label={t('service_accounts.detail.created_by')}>{account.createdBy ?? ''}</Detail>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="sa-roles-title">
        <Title order={2} size="h4" mb="md" id="sa-roles-title">
          {t('service_accounts.detail.roles_title')}
        </Title>
        <RoleCheckboxes
          roles={serviceAccountRoleChoices}
          value={roles}
          onChange={setRoles}
          label={t('service_accounts.detail.roles_label')}
        />
        <Group justify="flex-end" mt="md">
          <Button
            onClick={saveRoles}
            disabled={!rolesChanged || roles.length === 0}
            loading={update.isPending}
          >
            {t('service_accounts.detail.roles_save')}
          </Button>
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="sa-access-title">
          <Title order={2} size="h4" mb="md" id="sa-access-title">
            {t('service_accounts.detail.access_title')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Group gap="xs">
              <Text>{t('service_accounts.detail.status')}:</Text>
              <StatusBadge status={account.status} />
            </Group>
            <AccessToggle
              enabled={account.status === 'enabled'}
              pending={update.isPending}
              onChange={changeStatus}
              labels={{
                disable: t('service_accounts.detail.disable'),
                enable: t('service_accounts.detail.enable'),
                disableTitle: t('service_accounts.detail.disable_confirm_title', { name }),
                enableTitle: t('service_accounts.detail.enable_confirm_title', { name }),
                disableText: t('service_accounts.detail.disable_confirm_text'),
                enableText: t('service_accounts.detail.enable_confirm_text'),
                reason: t('service_accounts.detail.reason'),
                reasonHint: t('service_accounts.detail.reason_hint'),
              }}
            />
          </Stack>
        </Card>
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="sa-rotate-title">
          <Title order={2} size="h4" mb="md" id="sa-rotate-title">
            {t('service_accounts.detail.rotate')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Text>{t('service_accounts.detail.rotate_text')}</Text>
            <Button color="red" variant="outline" onClick={() => setRotateOpen(true)}>
              {t('service_accounts.detail.rotate')}
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
      <ConfirmDialog
        opened={rotateOpen}
        onClose={() => setRotateOpen(false)}
        onConfirm={rotateSecret}
        title={t('service_accounts.detail.rotate_confirm_title', { name })}
        message={t('service_accounts.detail.rotate_confirm_text')}
        confirmLabel={t('service_accounts.detail.rotate')}
        loading={rotate.isPending}
      />
      <SecretOnceDialog shown={secret} onClose={() => setSecret(null)} phrases="service_accounts.secret" />
    </Stack>
  );
}

/** One service account: roles, enable/disable, rotate the secret key (shown once). */
export default function ServiceAccountPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const account = useQuery(serviceAccountQuery(id));
  const back = (
    <Button component={Link} to={toServiceAccounts()} variant="default">
      {t('service_accounts.detail.back')}
    </Button>
  );
  if (account.isPending) return <PageLoader />;
  if (account.isError) {
    return (
      <>
        <PageHeader title={t('service_accounts.title')} actions={back} />
        <Text role="alert">{errorText(account.error, t)}</Text>
      </>
    );
  }
  const a = account.data;
  return (
    <>
      <PageHeader title={t('service_accounts.detail.title', { name: a.name ?? a.clientId })} actions={back} />
      <AccountDetails account={a} />
    </>
  );
}
