import { Button, Card, Checkbox, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import {
  createWebhookRequestSchema,
  type Webhook,
  type WebhookTopic,
  webhookTopicSchema,
} from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { SecretOnceDialog, type SecretToShow } from '../../components/SecretOnceDialog.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { DataTable } from '../../components/ui/DataTable.tsx';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { messageColumns } from './deliveries.tsx';
import { TopicCheckboxes } from './parts.tsx';
import { toWebhooks } from './routes.ts';
import {
  fetchDeliveries,
  useDeleteWebhook,
  useRotateWebhookSecret,
  useUpdateWebhook,
  webhookQuery,
  webhooksKeys,
} from './webhooks.queries.ts';

const editSchema = createWebhookRequestSchema.extend({ active: z.boolean() });

function knownTopics(topics: string[]): WebhookTopic[] {
  return topics.filter((topic): topic is WebhookTopic => webhookTopicSchema.safeParse(topic).success);
}

function EditWebhookForm({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const update = useUpdateWebhook(webhook.id);
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(editSchema, {
    name: webhook.name,
    url: webhook.url,
    topics: knownTopics(webhook.topics),
    active: webhook.active,
  });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const saved = await update.mutateAsync(values);
      form.reset({
        name: saved.name,
        url: saved.url,
        topics: knownTopics(saved.topics),
        active: saved.active,
      });
      notifySuccess(t('webhooks.form.saved'));
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="webhook-settings-title">
      <Title order={2} size="h4" mb="md" id="webhook-settings-title">
        {t('webhooks.form.edit_title')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="webhook-settings-title">
        <Stack gap="md">
          <FormErrors messages={problems} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormTextInput
              form={form}
              name="name"
              label={t('webhooks.form.name')}
              required
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
          </SimpleGrid>
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
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Checkbox
                label={t('webhooks.form.active')}
                checked={field.value ?? false}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
              />
            )}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.formState.isDirty}>
              {t('webhooks.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function WebhookDetails({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const rotate = useRotateWebhookSecret(webhook.id);
  const remove = useDeleteWebhook(webhook.id);
  const [rotateOpen, setRotateOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [secret, setSecret] = useState<SecretToShow | null>(null);

  async function rotateSecret() {
    try {
      const rotated = await rotate.mutateAsync();
      setRotateOpen(false);
      notifySuccess(t('webhooks.detail.rotated'));
      setSecret({
        title: t('webhooks.secret.title', { name: webhook.name }),
        label: t('webhooks.secret.label'),
        secret: rotated.secret,
      });
    } catch (error) {
      notifyError(error, t);
    }
  }

  async function deleteWebhook() {
    try {
      await remove.mutateAsync();
      notifySuccess(t('webhooks.detail.deleted', { name: webhook.name }));
      navigate(toWebhooks());
    } catch (error) {
      notifyError(error, t);
    }
  }

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Button variant="default" onClick={() => setRotateOpen(true)}>
          {t('webhooks.detail.rotate')}
        </Button>
        <Button color="red" variant="outline" onClick={() => setDeleteOpen(true)}>
          {t('webhooks.detail.delete')}
        </Button>
      </Group>
      <EditWebhookForm webhook={webhook} />
      <section aria-labelledby="webhook-deliveries-title">
        <Title order={2} size="h4" mb="md" id="webhook-deliveries-title">
          {t('webhooks.detail.deliveries')}
        </Title>
        <DataTable
          id="webhook-deliveries"
          caption={t('webhooks.detail.deliveries_caption')}
          queryKey={webhooksKeys.deliveries(webhook.id)}
          fetchPage={fetchDeliveries(webhook.id)}
          columns={messageColumns(t, format)}
          filters={[
            {
              name: 'status',
              label: t('webhooks.delivery.status'),
              options: (['pending', 'delivered', 'dead'] as const).map((s) => ({
                value: s,
                label: t(`webhooks.delivery_status.${s}`),
              })),
            },
          ]}
          rowKey={(m) => m.id}
          defaultSort={{ field: 'seq', type: 'desc' }}
          emptyText={t('webhooks.detail.deliveries_empty')}
        />
      </section>
      <ConfirmDialog
        opened={rotateOpen}
        onClose={() => setRotateOpen(false)}
        onConfirm={rotateSecret}
        title={t('webhooks.detail.rotate_confirm_title', { name: webhook.name })}
        message={t('webhooks.detail.rotate_confirm_text')}
        confirmLabel={t('webhooks.detail.rotate')}
        loading={rotate.isPending}
      />
      <ConfirmDialog
        opened={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        onConfirm={deleteWebhook}
        title={t('webhooks.detail.delete_confirm_title', { name: webhook.name })}
        message={t('webhooks.detail.delete_confirm_text')}
        confirmLabel={t('webhooks.detail.delete')}
        loading={remove.isPending}
      />
      <SecretOnceDialog shown={secret} onClose={() => setSecret(null)} phrases="webhooks.secret" />
    </Stack>
  );
}

/** One webhook: settings (name, URL, topics, active), secret rotation, deletion, deliveries. */
export default function WebhookPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const webhook = useQuery(webhookQuery(id));
  const back = (
    <Button component={Link} to={toWebhooks()} variant="default">
      {t('webhooks.detail.back')}
    </Button>
  );
  if (webhook.isPending) return <PageLoader />;
  if (webhook.isError) {
    return <LoadFailed title={t('webhooks.title')} actions={back} error={webhook.error} />;
  }
  return (
    <>
      <PageHeader title={t('webhooks.detail.title', { name: webhook.data.name })} actions={back} />
      <WebhookDetails webhook={webhook.data} key={webhook.data.id} />
    </>
  );
}
