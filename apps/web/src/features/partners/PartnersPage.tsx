import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import { partnerStatusWord } from './partner-status.ts';
import {
  type AdminPartnerItem,
  fetchAdminPartners,
  partnerKeys,
  partnerTypesQuery,
} from './partners.queries.ts';
import { toAdminPartner } from './routes.ts';

/** Partner admin: every partner, server-side filters and sort, state in the URL. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useQuery(partnerTypesQuery);
  const columns: DataColumn<AdminPartnerItem>[] = [
    {
      id: 'partnerId',
      header: t('partners.fields.partner_id'),
      sortField: 'partnerId',
      hideable: false,
      cell: (p) => (
        <Anchor component={Link} to={toAdminPartner(p.partnerId)}>
          {p.partnerId}
        </Anchor>
      ),
    },
    {
      id: 'partnerType',
      header: t('partners.fields.partner_type'),
      sortField: 'partnerType',
      cell: (p) => partnerTypeText(t, p.partnerType).title,
    },
    {
      id: 'orgName',
      header: t('partners.fields.organization'),
      sortField: 'orgName',
      cell: (p) => p.orgName,
    },
    {
      id: 'policyGroupName',
      header: t('partners.fields.policy_group'),
      sortField: 'policyGroupName',
      cell: (p) => p.policyGroupName ?? t('partners.fields.none'),
    },
    {
      id: 'emailAddress',
      header: t('partners.fields.email'),
      sortField: 'emailAddress',
      cell: (p) => p.emailAddress,
    },
    {
      id: 'certificateUploadStatus',
      header: t('partners.fields.certificate'),
      sortField: 'certificateUploadStatus',
      cell: (p) => <StatusBadge status={p.certificateUploadStatus} />,
    },
    {
      id: 'createdDateTime',
      header: t('partners.fields.created'),
      sortField: 'createdDateTime',
      defaultHidden: true,
      cell: (p) => format.dateTime(p.createdDateTime),
    },
    {
      id: 'isActive',
      header: t('partners.fields.status'),
      sortField: 'isActive',
      cell: (p) => <StatusBadge status={partnerStatusWord(p.isActive, p.status)} />,
    },
  ];
  return (
    <>
      <PageHeader title={t('partners.admin.title')} intro={t('partners.admin.intro')} />
      <DataTable
        id="admin-partners"
        caption={t('partners.admin.caption')}
        queryKey={partnerKeys.list()}
        fetchPage={fetchAdminPartners}
        columns={columns}
        filters={[
          { name: 'partnerId', label: t('partners.admin.filter_partner_id') },
          {
            name: 'partnerType',
            label: t('partners.admin.filter_type'),
            options: (types.data ?? [])
              .filter((p) => p.isActive)
              .map((p) => ({ value: p.code, label: partnerTypeText(t, p.code).title })),
          },
          { name: 'orgName', label: t('partners.admin.filter_org') },
          { name: 'emailAddress', label: t('partners.admin.filter_email') },
          { name: 'policyGroupName', label: t('partners.admin.filter_group') },
          {
            name: 'certificateUploadStatus',
            label: t('partners.admin.filter_certificate'),
            options: [
              { value: 'uploaded', label: t('common.status.uploaded') },
              { value: 'not_uploaded', label: t('common.status.not_uploaded') },
            ],
          },
          {
            name: 'isActive',
            label: t('partners.admin.filter_status'),
            options: [
              { value: 'true', label: t('partners.admin.status_active') },
              { value: 'false', label: t('partners.admin.status_inactive') },
            ],
          },
        ]}
        rowKey={(p) => p.partnerId}
        defaultSort={{ field: 'createdDateTime', type: 'desc' }}
        emptyText={t('partners.admin.empty')}
      />
    </>
  );
}
