import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { createWebhookRequestSchema, type Webhook } from '@pms/contracts';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CreateWithSecretDialog, type SecretToShow } from '../../components/SecretOnceDialog.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { ActiveBadge, TopicCheckboxes } from './parts.tsx';
import { toOutbox, toWebhook } from './routes.ts';
import { fetchWebhooks, useCreateWebhook, webhooksKeys } from './webhooks.queries.ts';

function CreateWebhookForm({
  onCreated,
  onCancel,
}: {
  onCreated: (shown: SecretToShow) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(createWebhookRequestSchema, { name: '', url: '', topics: [] });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const webhook = await create.mutateAsync(values);
      notifySuccess(t('webhooks.form.created', { name: webhook.name }));
      onCreated({
        title: t('webhooks.secret.title', { name: webhook.name }),
        label: t('webhooks.secret.label'),
        secret: webhook.secret,
      });
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('webhooks.form.create_title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('common.form.required_hint')}
        </Text>
        <FormErrors messages={problems} />
        <FormTextInput
          form={form}
          name="name"
          label={t('webhooks.form.name')}
          required
          data-autofocus
          autoComplete="off"
        />
        <FormTextInput
          form={form}
          name="url"
          label={t('webhooks.form.url')}
          description={t('webhooks.form.url_hint')}
          type="url"
          dir="ltr"
          required
          autoComplete="off"
        />
        <Controller
          control={form.control}
          name="topics"
          render={({ field, fieldState }) => (
            <TopicCheckboxes
              value={field.value ?? []}
              onChange={field.onChange}
              error={
                fieldState.error
                  ? fieldState.error.type === 'server'
                    ? fieldState.error.message
                    : t('webhooks.form.topics_hint')
                  : undefined
              }
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('webhooks.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Webhook subscriptions; registering one shows its signing secret once. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [creating, setCreating] = useState(false);
  const columns: DataColumn<Webhook>[] = [
    {
      id: 'name',
      header: t('webhooks.columns.name'),
      sortField: 'name',
      hideable: false,
      cell: (w) => (
        <Anchor component={Link} to={toWebhook(w.id)}>
          {w.name}
        </Anchor>
      ),
    },
    {
      id: 'url',
      header: t('webhooks.columns.url'),
      cell: (w) => (
        <Text span dir="ltr" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {w.url}
        </Text>
      ),
    },
    {
      id: 'topics',
      header: t('webhooks.columns.topics'),
      cell: (w) => (
        <Text span dir="ltr" size="sm">
          {w.topics.join(', ')}
        </Text>
      ),
    },
    { id: 'status', header: t('webhooks.columns.status'), cell: (w) => <ActiveBadge active={w.active} /> },
    {
      id: 'createdAt',
      header: t('webhooks.columns.created_at'),
      sortField: 'createdAt',
      cell: (w) => format.dateTime(w.createdAt),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        intro={t('webhooks.intro')}
        actions={
          <>
            <Button component={Link} to={`${toOutbox()}?status=dead`} variant="default">
              {t('webhooks.outbox_action')}
            </Button>
            <Button onClick={() => setCreating(true)}>{t('webhooks.create_action')}</Button>
          </>
        }
      />
      <DataTable
        id="webhooks"
        caption={t('webhooks.caption')}
        queryKey={webhooksKeys.list()}
        fetchPage={fetchWebhooks}
        columns={columns}
        filters={[
          { name: 'name', label: t('webhooks.filters.name') },
          {
            name: 'active',
            label: t('webhooks.filters.active'),
            options: [
              { value: 'true', label: t('webhooks.active') },
              { value: 'false', label: t('webhooks.inactive') },
            ],
          },
        ]}
        rowKey={(w) => w.id}
        defaultSort={{ field: 'createdAt', type: 'desc' }}
        emptyText={t('webhooks.empty')}
      />
      <CreateWithSecretDialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('webhooks.form.create_title')}
        phrases="webhooks.secret"
      >
        {(created) => <CreateWebhookForm onCancel={() => setCreating(false)} onCreated={created} />}
      </CreateWithSecretDialog>
    </>
  );
}
