import { Anchor, Code } from '@mantine/core';
import type { MailSummary } from '@pms/contracts';
import { languageFromTag, languages } from '@pms/phrases';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { fetchMails, mailboxKeys } from './mailbox.queries.ts';
import { toMail } from './routes.ts';

/** Admin mailbox: every mail PMS queued, newest first; open one to read it and follow its links. */
export default function MailboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: DataColumn<MailSummary>[] = [
    {
      id: 'subject',
      header: t('mailbox.columns.subject'),
      hideable: false,
      cell: (m) => (
        <Anchor component={Link} to={toMail(m.id)}>
          {m.subject}
        </Anchor>
      ),
    },
    { id: 'to', header: t('mailbox.columns.to'), sortField: 'to', cell: (m) => m.to },
    {
      id: 'template',
      header: t('mailbox.columns.template'),
      sortField: 'template',
      cell: (m) => <Code>{m.template}</Code>,
    },
    {
      id: 'lang',
      header: t('mailbox.columns.language'),
      defaultHidden: true,
      cell: (m) => languages[languageFromTag(m.lang)].label,
    },
    {
      id: 'createdAt',
      header: t('mailbox.columns.created_at'),
      sortField: 'createdAt',
      cell: (m) => format.dateTime(m.createdAt),
    },
    {
      id: 'status',
      header: t('mailbox.columns.status'),
      cell: (m) => <StatusBadge status={m.sentAt ? 'sent' : 'queued'} />,
    },
  ];
  return (
    <>
      <PageHeader title={t('mailbox.title')} intro={t('mailbox.intro')} />
      <DataTable
        id="mailbox"
        caption={t('mailbox.caption')}
        queryKey={mailboxKeys.list()}
        fetchPage={fetchMails}
        columns={columns}
        filters={[
          { name: 'to', label: t('mailbox.filter_to') },
          { name: 'template', label: t('mailbox.filter_template') },
        ]}
        rowKey={(m) => m.id}
        defaultSort={{ field: 'createdAt', type: 'desc' }}
        emptyText={t('mailbox.empty')}
      />
    </>
  );
}
