import { Button } from '@mantine/core';
import type { OutboxMessage } from '@pms/contracts';
import { outboxChannels, outboxStatuses } from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { messageColumns } from './deliveries.tsx';
import { fetchOutbox, useRetryOutboxMessage, webhooksKeys } from './webhooks.queries.ts';

/** Outgoing messages of every channel; the dead ones (failed for good) can be queued again. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const retry = useRetryOutboxMessage();
  const columns: DataColumn<OutboxMessage>[] = [
    ...messageColumns(t, format),
    {
      id: 'channel',
      header: t('webhooks.delivery.channel'),
      cell: (m) => t(`webhooks.channels.${m.channel}`, { defaultValue: m.channel }),
    },
    {
      id: 'actions',
      header: t('webhooks.outbox.retry'),
      hideable: false,
      cell: (m) =>
        m.status === 'dead' ? (
          <Button
            size="xs"
            variant="default"
            aria-label={t('webhooks.outbox.retry_label', { seq: m.seq })}
            loading={retry.isPending && retry.variables === m.id}
            onClick={async () => {
              try {
                await retry.mutateAsync(m.id);
                notifySuccess(t('webhooks.outbox.retried', { seq: m.seq }));
              } catch (error) {
                notifyError(error, t);
              }
            }}
          >
            {t('webhooks.outbox.retry')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader title={t('webhooks.outbox.title')} intro={t('webhooks.outbox.intro')} />
      <DataTable
        id="outbox"
        caption={t('webhooks.outbox.caption')}
        queryKey={webhooksKeys.outbox()}
        fetchPage={fetchOutbox}
        columns={columns}
        filters={[
          {
            name: 'status',
            label: t('webhooks.outbox.status_filter'),
            options: outboxStatuses.map((s) => ({ value: s, label: t(`webhooks.delivery_status.${s}`) })),
          },
          {
            name: 'channel',
            label: t('webhooks.outbox.channel_filter'),
            options: outboxChannels.map((c) => ({ value: c, label: t(`webhooks.channels.${c}`) })),
          },
          { name: 'topic', label: t('webhooks.outbox.topic_filter') },
        ]}
        rowKey={(m) => m.id}
        defaultSort={{ field: 'seq', type: 'desc' }}
        emptyText={t('webhooks.outbox.empty')}
      />
    </>
  );
}
