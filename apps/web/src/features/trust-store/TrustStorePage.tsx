import { Anchor, Button } from '@mantine/core';
import {
  caCertificateTypes,
  partnerDomains,
  type TrustCertificate,
  trustCertificateStatuses,
} from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ExpiryText } from '../certificates/parts.tsx';
import { toTrustCertificate, toTrustUpload } from './routes.ts';
import { fetchTrustCertificates, trustStoreKeys } from './trust-store.queries.ts';

/** Admin trust store: every root and intermediate CA, server-paged, filters and sort in the URL. */
export default function TrustStorePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: DataColumn<TrustCertificate>[] = [
    {
      id: 'issuedTo',
      header: t('trust_store.columns.issued_to'),
      sortField: 'issuedTo',
      hideable: false,
      cell: (c) => (
        <Anchor
          component={Link}
          to={toTrustCertificate(c.certId)}
          dir="ltr"
          style={{ overflowWrap: 'anywhere' }}
        >
          {c.issuedTo}
        </Anchor>
      ),
    },
    {
      id: 'type',
      header: t('trust_store.columns.type'),
      sortField: 'caCertificateType',
      cell: (c) => t(`trust_store.types.${c.caCertificateType}`),
    },
    {
      id: 'domain',
      header: t('trust_store.columns.domain'),
      sortField: 'partnerDomain',
      cell: (c) => c.partnerDomain,
    },
    {
      id: 'issuedBy',
      header: t('trust_store.columns.issued_by'),
      sortField: 'issuedBy',
      cell: (c) => (
        <span dir="ltr" style={{ overflowWrap: 'anywhere' }}>
          {c.issuedBy}
        </span>
      ),
    },
    {
      id: 'certId',
      header: t('trust_store.columns.certificate_id'),
      sortField: 'certificateId',
      defaultHidden: true,
      cell: (c) => c.certId,
    },
    {
      id: 'validFrom',
      header: t('trust_store.columns.valid_from'),
      sortField: 'validFrom',
      defaultHidden: true,
      cell: (c) => format.dateTime(c.validFromDate),
    },
    {
      id: 'validTill',
      header: t('trust_store.columns.valid_till'),
      sortField: 'validTill',
      cell: (c) =>
        c.certificateStatus === 'revoked' ? (
          format.dateTime(c.validTillDate)
        ) : (
          <ExpiryText notAfter={c.validTillDate} quiet />
        ),
    },
    {
      id: 'uploaded',
      header: t('trust_store.columns.uploaded_at'),
      sortField: 'uploadedDateTime',
      cell: (c) => format.dateTime(c.uploadTime),
    },
    {
      id: 'status',
      header: t('trust_store.columns.status'),
      cell: (c) => <StatusBadge status={c.certificateStatus} />,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('trust_store.title')}
        intro={t('trust_store.intro')}
        actions={
          <Button component={Link} to={toTrustUpload()}>
            {t('trust_store.upload_action')}
          </Button>
        }
      />
      <DataTable
        id="trust-store"
        caption={t('trust_store.caption')}
        queryKey={trustStoreKeys.list()}
        fetchPage={fetchTrustCertificates}
        columns={columns}
        filters={[
          {
            name: 'partnerDomain',
            label: t('trust_store.filters.domain'),
            options: partnerDomains.map((d) => ({ value: d, label: d })),
          },
          {
            name: 'caCertificateType',
            label: t('trust_store.filters.type'),
            options: caCertificateTypes.map((v) => ({ value: v, label: t(`trust_store.types.${v}`) })),
          },
          {
            name: 'status',
            label: t('trust_store.filters.status'),
            options: trustCertificateStatuses.map((v) => ({ value: v, label: t(`common.status.${v}`) })),
          },
          { name: 'issuedTo', label: t('trust_store.filters.issued_to') },
          { name: 'issuedBy', label: t('trust_store.filters.issued_by') },
          { name: 'certificateId', label: t('trust_store.filters.certificate_id') },
        ]}
        rowKey={(c) => c.certId}
        defaultSort={{ field: 'uploadedDateTime', type: 'desc' }}
        emptyText={t('trust_store.empty')}
      />
    </>
  );
}
