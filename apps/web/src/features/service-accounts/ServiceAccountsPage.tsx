import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { createServiceAccountRequestSchema, type ServiceAccount } from '@pms/contracts';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CreateWithSecretDialog, type SecretToShow } from '../../components/SecretOnceDialog.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { RoleCheckboxes, useRoleName } from '../users/RoleCheckboxes.tsx';
import { serviceAccountRoleChoices } from './roles.ts';
import { toServiceAccount } from './routes.ts';
import {
  fetchServiceAccounts,
  serviceAccountsKeys,
  useCreateServiceAccount,
} from './service-accounts.queries.ts';

function CreateServiceAccountForm({
  onCreated,
  onCancel,
}: {
  onCreated: (shown: SecretToShow) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateServiceAccount();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(createServiceAccountRequestSchema, { clientId: '', name: '', roles: [] });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const account = await create.mutateAsync(values);
      notifySuccess(t('service_accounts.create.created', { name: account.clientId }));
      onCreated({
        title: t('service_accounts.secret.title', { name: account.name ?? account.clientId }),
        details: [{ label: t('service_accounts.secret.client_id'), value: account.clientId }],
        label: t('service_accounts.secret.label'),
        secret: account.secretKey,
      });
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('service_accounts.create.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('common.form.required_hint')}
        </Text>
        <FormErrors messages={problems} />
        <FormTextInput
          form={form}
          name="clientId"
          label={t('service_accounts.create.client_id')}
          description={t('service_accounts.create.client_id_hint')}
          autoComplete="off"
          required
          data-autofocus
        />
        <FormTextInput
          form={form}
          name="name"
          label={t('service_accounts.create.name')}
          autoComplete="off"
          required
        />
        <Controller
          control={form.control}
          name="roles"
          render={({ field, fieldState }) => (
            <RoleCheckboxes
              roles={serviceAccountRoleChoices}
              value={field.value ?? []}
              onChange={field.onChange}
              label={t('service_accounts.create.roles')}
              description={t('service_accounts.create.roles_hint')}
              error={
                fieldState.error
                  ? fieldState.error.type === 'server'
                    ? fieldState.error.message
                    : t('users.create.roles_required')
                  : undefined
              }
              required
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('service_accounts.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Service accounts of other systems; creating one shows its secret key once. */
export default function ServiceAccountsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const roleName = useRoleName();
  const [creating, setCreating] = useState(false);
  const columns: DataColumn<ServiceAccount>[] = [
    {
      id: 'clientId',
      header: t('service_accounts.columns.client_id'),
      sortField: 'clientId',
      hideable: false,
      cell: (a) => (
        <Anchor component={Link} to={toServiceAccount(a.id)}>
          {a.clientId}
        </Anchor>
      ),
    },
    { id: 'name', header: t('service_accounts.columns.name'), sortField: 'name', cell: (a) => a.name ?? '' },
    {
      id: 'roles',
      header: t('service_accounts.columns.roles'),
      cell: (a) => a.roles.map(roleName).join(', '),
    },
    {
      id: 'status',
      header: t('service_accounts.columns.status'),
      cell: (a) => <StatusBadge status={a.status} />,
    },
    {
      id: 'lastLogin',
      header: t('service_accounts.columns.last_login'),
      sortField: 'lastLoginAt',
      cell: (a) => (a.lastLoginAt ? format.dateTime(a.lastLoginAt) : t('service_accounts.never')),
    },
    {
      id: 'createdAt',
      header: t('service_accounts.columns.created_at'),
      sortField: 'createdAt',
      cell: (a) => format.dateTime(a.createdAt),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('service_accounts.title')}
        intro={t('service_accounts.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('service_accounts.create_action')}</Button>}
      />
      <DataTable
        id="service-accounts"
        caption={t('service_accounts.caption')}
        queryKey={serviceAccountsKeys.list()}
        fetchPage={fetchServiceAccounts}
        columns={columns}
        filters={[
          { name: 'clientId', label: t('service_accounts.filters.client_id') },
          { name: 'name', label: t('service_accounts.filters.name') },
          {
            name: 'status',
            label: t('service_accounts.filters.status'),
            options: [
              { value: 'enabled', label: t('users.statuses.enabled') },
              { value: 'disabled', label: t('users.statuses.disabled') },
            ],
          },
        ]}
        rowKey={(a) => a.id}
        defaultSort={{ field: 'createdAt', type: 'desc' }}
        emptyText={t('service_accounts.empty')}
      />
      <CreateWithSecretDialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('service_accounts.create.title')}
        phrases="service_accounts.secret"
      >
        {(created) => <CreateServiceAccountForm onCancel={() => setCreating(false)} onCreated={created} />}
      </CreateWithSecretDialog>
    </>
  );
}
