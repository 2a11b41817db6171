import { Anchor, Code } from '@mantine/core';
import type { AuditEvent } from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { auditKeys, fetchAuditEvents } from './audit-log.queries.ts';
import { toAuditEvent } from './routes.ts';

/** The audit log: filters by actor, action, entity and time range, sorted and paged by the server. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const columns: DataColumn<AuditEvent>[] = [
    {
      id: 'occurredAt',
      header: t('audit_log.columns.occurred_at'),
      sortField: 'occurredAt',
      hideable: false,
      cell: (e) => (
        <Anchor
          component={Link}
          to={toAuditEvent(e.id)}
          state={{ from: `${location.pathname}${location.search}` }}
          aria-label={t('audit_log.open', { action: e.action })}
        >
          {format.dateTime(e.occurredAt)}
        </Anchor>
      ),
    },
    {
      id: 'actor',
      header: t('audit_log.columns.actor'),
      sortField: 'actorName',
      cell: (e) => e.actorName ?? t('audit_log.system'),
    },
    {
      id: 'action',
      header: t('audit_log.columns.action'),
      sortField: 'action',
      cell: (e) => <Code>{e.action}</Code>,
    },
    {
      id: 'entityType',
      header: t('audit_log.columns.entity_type'),
      sortField: 'entityType',
      cell: (e) => e.entityType,
    },
    {
      id: 'entityId',
      header: t('audit_log.columns.entity_id'),
      defaultHidden: true,
      cell: (e) => (e.entityId ? <Code>{e.entityId}</Code> : ''),
    },
    { id: 'reason', header: t('audit_log.columns.reason'), cell: (e) => e.reason ?? '' },
  ];
  return (
    <>
      <PageHeader title={t('audit_log.title')} intro={t('audit_log.intro')} />
      <DataTable
        id="audit-log"
        caption={t('audit_log.caption')}
        queryKey={auditKeys.list()}
        fetchPage={fetchAuditEvents}
        columns={columns}
        filters={[
          { name: 'actor', label: t('audit_log.filters.actor') },
          { name: 'action', label: t('audit_log.filters.action') },
          { name: 'entityType', label: t('audit_log.filters.entity_type') },
          { name: 'entityId', label: t('audit_log.filters.entity_id') },
          { name: 'from', label: t('audit_log.filters.from'), inputType: 'datetime-local' },
          { name: 'to', label: t('audit_log.filters.to'), inputType: 'datetime-local' },
        ]}
        rowKey={(e) => e.id}
        defaultSort={{ field: 'occurredAt', type: 'desc' }}
        pageSizes={[20, 50, 100]}
        emptyText={t('audit_log.empty')}
      />
    </>
  );
}
