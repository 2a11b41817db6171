import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch, useParams, useSearchParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Field } from '../partner-profile/Field.tsx';
import { toAdminPartner } from '../partners/routes.ts';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import { DecisionButtons } from './AdminPolicyRequestsPage.tsx';
import { type Decision, DecisionDialog } from './DecisionDialog.tsx';
import { type PolicyRequestItem, policyRequestQuery } from './policy-requests.queries.ts';
import { toAdminPolicyRequests, toMyPolicies } from './routes.ts';

/** One policy request (partner: its own; admin: any, with approve/reject while pending). */
export default function PolicyRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const admin = !!useMatch('/admin/policy-requests/:id');
  const query = useQuery(policyRequestQuery(id, search.get('partnerId') ?? '', search.get('policyId') ?? ''));
  const back = admin ? toAdminPolicyRequests() : toMyPolicies();
  const backLabel = t(admin ? 'policy_requests.view.back_admin' : 'policy_requests.view.back_mine');

  if (query.isPending) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={query.data ? query.data.policyName : t('policy_requests.view.title')}
        actions={
          <Button component={Link} to={back} variant="default">
            {backLabel}
          </Button>
        }
      />
      {query.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(query.error, t)}
        </Alert>
      ) : !query.data ? (
        <Alert color="yellow" variant="light" role="status">
          {t('policy_requests.view.not_found')}
        </Alert>
      ) : (
        <RequestDetail request={query.data} admin={admin} />
      )}
    </>
  );
}

function RequestDetail({ request: r, admin }: { request: PolicyRequestItem; admin: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [deciding, setDeciding] = useState<{ request: PolicyRequestItem; decision: Decision } | null>(null);
  const decided = r.status === 'approved' || r.status === 'rejected';
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="request-title">
        <Group justify="space-between" mb="md" wrap="wrap">
          <Title order={2} size="h3" id="request-title">
            {t('policy_requests.view.title')}
          </Title>
          <Group gap="sm">
            <span data-testid="request-status">
              <StatusBadge status={r.status} />
            </span>
            {admin && r.status === 'InProgress' ? (
              <DecisionButtons request={r} onDecide={setDeciding} />
            ) : null}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="md" m={0}>
          <Field label={t('policy_requests.columns.partner_id')}>
            {admin ? <Link to={toAdminPartner(r.partnerId)}>{r.partnerId}</Link> : r.partnerId}
          </Field>
          <Field label={t('policy_requests.columns.partner_type')}>
            {partnerTypeText(t, r.partnerType).title}
          </Field>
          <Field label={t('policy_requests.columns.organization')}>{r.orgName}</Field>
          <Field label={t('policy_requests.columns.policy_name')}>{r.policyName}</Field>
          <Field label={t('policy_requests.columns.policy_id')}>{r.policyId}</Field>
          <Field label={t('policy_requests.columns.policy_group')}>{r.policyGroupName ?? '—'}</Field>
          <Field label={t('policy_requests.view.policy_description')}>{r.policyDescription || '—'}</Field>
          <Field label={t('policy_requests.view.group_description')}>{r.policyGroupDescription ?? '—'}</Field>
          <Field label={t('policy_requests.columns.created')}>{format.dateTime(r.createdDateTime)}</Field>
          {admin ? (
            <Field label={t('policy_requests.view.partner_status')}>
              <StatusBadge status={r.partnerStatus} />
            </Field>
          ) : null}
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="partner-comment">
          <Title order={2} size="h4" id="partner-comment" mb="xs">
            {t('policy_requests.view.partner_comment')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.partnerComment}</Text>
        </Card>
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="decision">
          <Title order={2} size="h4" id="decision" mb="xs">
            {t('policy_requests.view.decision')}
          </Title>
          {decided ? (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('policy_requests.view.decided_on', { at: format.dateTime(r.updatedDateTime) })}
              </Text>
              <Text size="sm" fw={700}>
                {t('policy_requests.view.decision_comment')}
              </Text>
              <Text
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                data-testid="decision-comment"
              >
                {r.decisionComment || '—'}
              </Text>
            </Stack>
          ) : (
            <Text c="dimmed">{t('policy_requests.view.no_decision')}</Text>
          )}
        </Card>
      </SimpleGrid>
      <DecisionDialog
        request={deciding?.request ?? null}
        decision={deciding?.decision ?? 'approved'}
        onClose={() => setDeciding(null)}
      />
    </Stack>
  );
}
