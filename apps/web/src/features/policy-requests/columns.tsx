import { Anchor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DataColumn, DataFilter } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import type { useFormat } from '../../i18n/format.ts';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import type { PolicyRequestItem } from './policy-requests.queries.ts';

/** Columns shared by the partner's and the admin's request lists. */
export function requestColumns(
  t: TFunction,
  format: ReturnType<typeof useFormat>,
  linkTo: (r: PolicyRequestItem) => string,
  admin: boolean,
): DataColumn<PolicyRequestItem>[] {
  return [
    {
      id: 'policyName',
      header: t('policy_requests.columns.policy_name'),
      sortField: 'policyName',
      hideable: false,
      cell: (r) => (
        <Anchor component={Link} to={linkTo(r)}>
          {r.policyName}
        </Anchor>
      ),
    },
    {
      id: 'partnerId',
      header: t('policy_requests.columns.partner_id'),
      sortField: 'partnerId',
      cell: (r) => r.partnerId,
    },
    {
      id: 'partnerType',
      header: t('policy_requests.columns.partner_type'),
      sortField: 'partnerType',
      defaultHidden: true,
      cell: (r) => partnerTypeText(t, r.partnerType).title,
    },
    ...(admin
      ? [
          {
            id: 'orgName',
            header: t('policy_requests.columns.organization'),
            sortField: 'orgName',
            cell: (r: PolicyRequestItem) => r.orgName,
          },
        ]
      : []),
    {
      id: 'policyGroupName',
      header: t('policy_requests.columns.policy_group'),
      sortField: 'policyGroupName',
      cell: (r) => r.policyGroupName ?? '—',
    },
    {
      id: 'policyId',
      header: t('policy_requests.columns.policy_id'),
      sortField: 'policyId',
      defaultHidden: true,
      cell: (r) => r.policyId,
    },
    {
      id: 'createdDateTime',
      header: t('policy_requests.columns.created'),
      sortField: 'createdDateTime',
      cell: (r) => format.dateTime(r.createdDateTime),
    },
    {
      id: 'status',
      header: t('policy_requests.columns.status'),
      sortField: 'status',
      cell: (r) => <StatusBadge status={r.status} />,
    },
  ];
}

export function requestFilters(t: TFunction, admin: boolean): DataFilter[] {
  return [
    { name: 'policyName', label: t('policy_requests.filters.policy_name') },
    { name: 'partnerId', label: t('policy_requests.filters.partner_id') },
    ...(admin ? [{ name: 'orgName', label: t('policy_requests.filters.organization') }] : []),
    { name: 'policyGroupName', label: t('policy_requests.filters.policy_group') },
    ...(admin ? [{ name: 'policyId', label: t('policy_requests.filters.policy_id') }] : []),
    {
      name: 'status',
      label: t('policy_requests.filters.status'),
      options: [
        { value: 'InProgress', label: t('policy_requests.statuses.in_progress') },
        { value: 'approved', label: t('policy_requests.statuses.approved') },
        { value: 'rejected', label: t('policy_requests.statuses.rejected') },
      ],
    },
  ];
}
