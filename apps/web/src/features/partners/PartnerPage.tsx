import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type AuditEvent, partnerLimits } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { DataTable } from '../../components/ui/DataTable.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Field } from '../partner-profile/Field.tsx';
import { requestColumns } from '../policy-requests/columns.tsx';
import { fetchPolicyRequests, policyRequestKeys } from '../policy-requests/policy-requests.queries.ts';
import { toAdminPolicyRequest } from '../policy-requests/routes.ts';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import { partnerStatusWord } from './partner-status.ts';
import {
  type AdminPartnerDetail,
  adminPartnerQuery,
  partnerHistoryQuery,
  useChangePartnerStatus,
} from './partners.queries.ts';
import { toAdminPartners } from './routes.ts';

const knownActions = new Set([
  'partner_register',
  'partner_activate',
  'partner_deactivate',
  'partner_update',
  'partner_contact_add',
  'partner_contact_update',
  'partner_policy_group_map',
]);

function actionText(t: TFunction, action: string): string {
  const key = action.replace(/\./g, '_');
  return knownActions.has(key)
    ? t(`partners.admin.actions.${key}`)
    : t('partners.admin.actions.other', { action });
}

/** Partner admin: one partner's profile, contacts, status history, policy requests; activate/deactivate. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId = '' } = useParams();
  const query = useQuery(adminPartnerQuery(partnerId));
  const back = (
    <Button component={Link} to={toAdminPartners()} variant="default">
      {t('partners.admin.back')}
    </Button>
  );
  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('partners.admin.detail_title', { partnerId })} actions={back} />
        <Alert color="red" variant="light" role="alert">
          {errorText(query.error, t)}
        </Alert>
      </>
    );
  const p = query.data;
  return (
    <>
      <PageHeader
        title={t('partners.admin.detail_title', { partnerId: p.partnerId })}
        actions={
          <>
            <StatusToggle partner={p} />
            {back}
          </>
        }
      />
      <Stack gap="lg">
        <Profile partner={p} />
        <History partnerId={p.partnerId} />
        <Requests partnerId={p.partnerId} />
      </Stack>
    </>
  );
}

function Profile({ partner: p }: { partner: AdminPartnerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('partners.fields.none');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="profile-title">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h4" id="profile-title">
            {t('partners.admin.profile_title')}
          </Title>
          <span data-testid="partner-status">
            <StatusBadge status={partnerStatusWord(p.isActive, p.approvalStatus)} />
          </span>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="md" m={0}>
          <Field label={t('partners.fields.partner_id')}>{p.partnerId}</Field>
          <Field label={t('partners.fields.partner_type')}>{partnerTypeText(t, p.partnerType).title}</Field>
          <Field label={t('partners.fields.organization')}>{p.organizationName}</Field>
          <Field label={t('partners.fields.created')}>{format.dateTime(p.createdDateTime)}</Field>
          <Field label={t('partners.fields.policy_group')}>{p.policyGroupName ?? none}</Field>
          <Field label={t('partners.fields.policy_group_description')}>
            {p.policyGroupDescription ?? none}
          </Field>
          <Field label={t('partners.fields.certificate')}>
            <StatusBadge status={p.isCertificateAvailable ? 'uploaded' : 'not_uploaded'} />
          </Field>
          <Field label={t('partners.fields.certificate_expiry')}>
            {p.certificateExpiryDateTime ? format.dateTime(p.certificateExpiryDateTime) : none}
          </Field>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="contact-title">
        <Title order={2} size="h4" id="contact-title" mb="md">
          {t('partners.admin.contacts_title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="md" m={0}>
          <Field label={t('partners.fields.first_name')}>{p.firstName ?? none}</Field>
          <Field label={t('partners.fields.last_name')}>{p.lastName ?? none}</Field>
          <Field label={t('partners.fields.email')}>{p.emailId}</Field>
          <Field label={t('partners.fields.phone')}>{p.contactNumber}</Field>
        </SimpleGrid>
      </Card>
    </SimpleGrid>
  );
}

function History({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(partnerHistoryQuery(partnerId));
  const events: AuditEvent[] = history.data?.data ?? [];
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="md">
        {t('partners.admin.history_title')}
      </Title>
      {history.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(history.error, t)}
        </Alert>
      ) : history.isPending ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : events.length === 0 ? (
        <Text c="dimmed">{t('partners.admin.history_empty')}</Text>
      ) : (
        <Table striped data-testid="partner-history" style={{ overflowX: 'auto' }}>
          <Table.Caption className="pms-visually-hidden">{t('partners.admin.history_caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partners.admin.history_when')}</Table.Th>
              <Table.Th scope="col">{t('partners.admin.history_what')}</Table.Th>
              <Table.Th scope="col">{t('partners.admin.history_who')}</Table.Th>
              <Table.Th scope="col">{t('partners.admin.history_reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{format.dateTime(e.occurredAt)}</Table.Td>
                <Table.Td>{actionText(t, e.action)}</Table.Td>
                <Table.Td>{e.actorName ?? t('partners.fields.none')}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {e.reason ?? t('partners.fields.none')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function Requests({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="requests-title">
      <Title order={2} size="h4" id="requests-title" mb="md">
        {t('partners.admin.requests_title')}
      </Title>
      <DataTable
        id="partner-policy-requests"
        caption={t('partners.admin.requests_title')}
        queryKey={[...policyRequestKeys.list('partner'), partnerId]}
        fetchPage={(params, signal) =>
          fetchPolicyRequests({ ...params, filters: { ...params.filters, partnerId } }, signal)
        }
        columns={requestColumns(t, format, toAdminPolicyRequest, true).filter(
          (c) => !['partnerId', 'partnerType', 'orgName'].includes(c.id),
        )}
        rowKey={(r) => r.id}
        defaultSort={{ field: 'createdDateTime', type: 'desc' }}
        pageSizes={[5, 10, 20]}
      />
    </Card>
  );
}

function StatusToggle({ partner: p }: { partner: AdminPartnerDetail }) {
  const { t } = useTranslation();
  const change = useChangePartnerStatus(p.partnerId);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const activate = !p.isActive;
  // A partner that never uploaded a certificate is activated by that upload, not by an admin.
  if (activate && !p.isCertificateAvailable) return null;
  const params = { partnerId: p.partnerId, organization: p.organizationName };
  const close = () => {
    setOpened(false);
    setReason('');
  };
  return (
    <>
      <Button
        color={activate ? undefined : 'red'}
        variant={activate ? 'filled' : 'outline'}
        onClick={() => setOpened(true)}
      >
        {t(activate ? 'partners.admin.activate' : 'partners.admin.deactivate')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={t(activate ? 'partners.admin.activate_title' : 'partners.admin.deactivate_title', params)}
        message={t(
          activate ? 'partners.admin.activate_message' : 'partners.admin.deactivate_message',
          params,
        )}
        confirmLabel={t(activate ? 'partners.admin.activate' : 'partners.admin.deactivate')}
        destructive={!activate}
        loading={change.isPending}
        confirmDisabled={!reason.trim()}
        onConfirm={() =>
          change.mutate(
            { status: activate ? 'Active' : 'De-Active', reason: reason.trim() },
            {
              onSuccess: () => {
                notifySuccess(
                  t(activate ? 'partners.admin.activated' : 'partners.admin.deactivated', params),
                );
                close();
              },
              onError: (error) => notifyError(error, t),
            },
          )
        }
      >
        <Textarea
          label={t('partners.admin.reason')}
          description={t('partners.admin.reason_hint')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={partnerLimits.reason}
          autosize
          minRows={2}
          mb="lg"
          data-autofocus
        />
      </ConfirmDialog>
    </>
  );
}
