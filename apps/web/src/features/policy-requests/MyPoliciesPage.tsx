import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DataTable } from '../../components/ui/DataTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { requestColumns, requestFilters } from './columns.tsx';
import { fetchPolicyRequests, policyRequestKeys } from './policy-requests.queries.ts';
import { toMyPolicy, toRequestPolicy } from './routes.ts';

/** The partner's policy requests, with their status, and the way to request another policy. */
export default function MyPoliciesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageHeader
        title={t('policy_requests.mine.title')}
        intro={t('policy_requests.mine.intro')}
        actions={
          <Button component={Link} to={toRequestPolicy()}>
            {t('policy_requests.mine.request')}
          </Button>
        }
      />
      <DataTable
        id="my-policy-requests"
        caption={t('policy_requests.mine.caption')}
        queryKey={policyRequestKeys.list('mine')}
        fetchPage={fetchPolicyRequests}
        columns={requestColumns(t, format, toMyPolicy, false)}
        filters={requestFilters(t, false)}
        rowKey={(r) => r.id}
        defaultSort={{ field: 'createdDateTime', type: 'desc' }}
        emptyText={t('policy_requests.mine.empty')}
      />
    </>
  );
}
