import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DataTable } from '../../components/ui/DataTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { requestColumns, requestFilters } from './columns.tsx';
import { type Decision, DecisionDialog } from './DecisionDialog.tsx';
import { fetchPolicyRequests, type PolicyRequestItem, policyRequestKeys } from './policy-requests.queries.ts';
import { toAdminPolicyRequest } from './routes.ts';

/** Partner admin: every policy request; pending ones can be approved or rejected with a comment. */
export default function AdminPolicyRequestsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [deciding, setDeciding] = useState<{ request: PolicyRequestItem; decision: Decision } | null>(null);
  const columns = [
    ...requestColumns(t, format, toAdminPolicyRequest, true),
    {
      id: 'actions',
      header: t('policy_requests.columns.actions'),
      hideable: false,
      cell: (r: PolicyRequestItem) =>
        r.status === 'InProgress' ? <DecisionButtons request={r} onDecide={setDeciding} /> : null,
    },
  ];
  return (
    <>
      <PageHeader title={t('policy_requests.admin.title')} intro={t('policy_requests.admin.intro')} />
      <DataTable
        id="admin-policy-requests"
        caption={t('policy_requests.admin.caption')}
        queryKey={policyRequestKeys.list('admin')}
        fetchPage={fetchPolicyRequests}
        columns={columns}
        filters={requestFilters(t, true)}
        rowKey={(r) => r.id}
        defaultSort={{ field: 'createdDateTime', type: 'desc' }}
        emptyText={t('policy_requests.admin.empty')}
      />
      <DecisionDialog
        request={deciding?.request ?? null}
        decision={deciding?.decision ?? 'approved'}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}

export function DecisionButtons({
  request,
  onDecide,
}: {
  request: PolicyRequestItem;
  onDecide: (d: { request: PolicyRequestItem; decision: Decision }) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        aria-label={t('policy_requests.admin.approve_row', {
          policy: request.policyName,
          partnerId: request.partnerId,
        })}
        onClick={() => onDecide({ request, decision: 'approved' })}
      >
        {t('policy_requests.admin.approve')}
      </Button>
      <Button
        size="xs"
        variant="default"
        aria-label={t('policy_requests.admin.reject_row', {
          policy: request.policyName,
          partnerId: request.partnerId,
        })}
        onClick={() => onDecide({ request, decision: 'rejected' })}
      >
        {t('policy_requests.admin.reject')}
      </Button>
    </Group>
  );
}
