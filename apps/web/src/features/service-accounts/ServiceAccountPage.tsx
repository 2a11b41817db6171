import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ServiceAccount } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccountRolesCard, AccountStatusCard } from '../../components/AccountCards.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { SecretOnceDialog, type SecretToShow } from '../../components/SecretOnceDialog.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Detail } from '../users/AccountParts.tsx';
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
  const [rotateOpen, setRotateOpen] = useState(false);
  const [secret, setSecret] = useState<SecretToShow | null>(null);
  const name = account.name ?? account.clientId;

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
      <AccountRolesCard
        idPrefix="sa"
        phrases="service_accounts.detail"
        choices={serviceAccountRoleChoices}
        current={account.roles}
        pending={update.isPending}
        save={(roles) => update.mutateAsync({ roles })}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AccountStatusCard
          idPrefix="sa"
          phrases="service_accounts.detail"
          name={name}
          status={account.status}
          pending={update.isPending}
          save={(change) => update.mutateAsync(change)}
        />
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
    return <LoadFailed title={t('service_accounts.title')} actions={back} error={account.error} />;
  }
  const a = account.data;
  return (
    <>
      <PageHeader title={t('service_accounts.detail.title', { name: a.name ?? a.clientId })} actions={back} />
      <AccountDetails account={a} />
    </>
  );
}
