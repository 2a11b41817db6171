import { Code, Text } from '@mantine/core';
import type { OutboxMessage } from '@pms/contracts';
import type { TFunction } from 'i18next';
import type { DataColumn } from '../../components/ui/DataTable.tsx';
import type { useFormat } from '../../i18n/format.ts';
import { DeliveryStatusBadge } from './parts.tsx';

/** Columns shared by a webhook's deliveries and the outbox list. */
export function messageColumns(
  t: TFunction,
  format: ReturnType<typeof useFormat>,
): DataColumn<OutboxMessage>[] {
  const none = t('webhooks.delivery.none');
  return [
    { id: 'seq', header: t('webhooks.delivery.seq'), sortField: 'seq', cell: (m) => format.number(m.seq) },
    {
      id: 'topic',
      header: t('webhooks.delivery.topic'),
      hideable: false,
      cell: (m) => <Code>{m.topic}</Code>,
    },
    {
      id: 'entity',
      header: t('webhooks.delivery.entity'),
      defaultHidden: true,
      cell: (m) => (
        <Text span size="sm" dir="ltr">
          {m.entityType}/{m.entityId}
        </Text>
      ),
    },
    {
      id: 'status',
      header: t('webhooks.delivery.status'),
      sortField: 'status',
      cell: (m) => <DeliveryStatusBadge status={m.status} />,
    },
    {
      id: 'attempts',
      header: t('webhooks.delivery.attempts'),
      sortField: 'attempts',
      cell: (m) => format.number(m.attempts),
    },
    {
      id: 'lastError',
      header: t('webhooks.delivery.last_error'),
      cell: (m) =>
        m.lastError ? (
          <Text span size="sm" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
            {m.lastError}
          </Text>
        ) : (
          none
        ),
    },
    {
      id: 'nextAttemptAt',
      header: t('webhooks.delivery.next_attempt'),
      sortField: 'nextAttemptAt',
      defaultHidden: true,
      cell: (m) => (m.status === 'pending' ? format.dateTime(m.nextAttemptAt) : none),
    },
    {
      id: 'createdAt',
      header: t('webhooks.delivery.created_at'),
      sortField: 'createdAt',
      cell: (m) => format.dateTime(m.createdAt),
    },
    {
      id: 'deliveredAt',
      header: t('webhooks.delivery.delivered_at'),
      defaultHidden: true,
      cell: (m) => (m.deliveredAt ? format.dateTime(m.deliveredAt) : none),
    },
  ];
}
