import { Anchor, Button, Card, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { PolicyHistoryEntry, PolicyResponse } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { toPolicyGroup } from '../policy-groups/routes.ts';
import {
  ClonePolicyDialog,
  DeactivatePolicyDialog,
  type PolicyRef,
  PublishPolicyDialog,
} from './PolicyDialogs.tsx';
import { policyHistoryQuery, policyQuery } from './policies.queries.ts';
import { formatDocument } from './policy-document.ts';
import { toEditPolicy, toPolicies } from './routes.ts';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} dir="auto" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

const historyPhrase: Record<PolicyHistoryEntry['action'], string> = {
  created: 'policies.history.create',
  updated: 'policies.history.update',
  published: 'policies.history.publish',
  deactivated: 'policies.history.deactivate',
};

function History({ policy }: { policy: PolicyResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(policyHistoryQuery(policy.policyId));
  const entries = history.data ?? [];
  return (
    <section aria-labelledby="policy-history">
      <Title order={2} size="h3" id="policy-history" mb="sm">
        {t('policies.history.title')}
      </Title>
      <Table verticalSpacing="xs" data-testid="policy-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('policies.history.when')}</Table.Th>
            <Table.Th scope="col">{t('policies.history.what')}</Table.Th>
            <Table.Th scope="col">{t('policies.history.status')}</Table.Th>
            <Table.Th scope="col">{t('policies.history.who')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={`${e.changedAt}-${e.action}`}>
              <Table.Td>{format.dateTime(e.changedAt)}</Table.Td>
              <Table.Td>{t(historyPhrase[e.action])}</Table.Td>
              <Table.Td>
                <StatusBadge status={e.toStatus} />
              </Table.Td>
              <Table.Td dir="auto">{e.changedBy}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[^\w.-]+/g, '_') || 'policy'}.json`;
  a.click();
  URL.revokeObjectURL(url);
}

/** One policy: details, status, the document, its history and the actions its status allows. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useQuery(policyQuery(id));
  const [dialog, setDialog] = useState<'publish' | 'deactivate' | 'clone' | null>(null);
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <LoadFailed
        title={t('policies.view_title')}
        actions={
          <Button component={Link} to={toPolicies()} variant="default">
            {t('policies.back')}
          </Button>
        }
        error={query.error}
      />
    );
  }
  const p = query.data;
  const ref: PolicyRef = {
    id: p.policyId,
    name: p.policyName,
    groupId: p.policyGroupId,
    groupName: p.policyGroupName,
  };
  const text = formatDocument(p.policies);
  const draft = p.policyStatus === 'draft';
  return (
    <>
      <PageHeader
        title={p.policyName}
        intro={
          <Group gap="xs" component="span">
            <StatusBadge status={p.policyStatus} />
            <Text span size="sm">
              {t(`policies.types.${p.policyType}`)}
            </Text>
          </Group>
        }
        actions={
          <>
            {draft ? (
              <>
                <Button onClick={() => setDialog('publish')}>{t('policies.actions.publish')}</Button>
                <Button component={Link} to={toEditPolicy(p.policyId)} variant="default">
                  {t('policies.actions.edit')}
                </Button>
              </>
            ) : null}
            <Button variant="default" onClick={() => setDialog('clone')}>
              {t('policies.actions.clone')}
            </Button>
            {p.policyStatus === 'activated' ? (
              <Button color="red" variant="light" onClick={() => setDialog('deactivate')}>
                {t('policies.actions.deactivate')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="dl" m={0}>
            <Detail label={t('policies.columns.id')}>
              <Code>{p.policyId}</Code>
            </Detail>
            <Detail label={t('policies.fields.group')}>
              <Anchor component={Link} to={toPolicyGroup(p.policyGroupId)}>
                {p.policyGroupName}
              </Anchor>
            </Detail>
            <Detail label={t('policies.fields.group_description')}>{p.policyGroupDesc}</Detail>
            <Detail label={t('policies.fields.description')}>{p.policyDesc}</Detail>
            <Detail label={t('policies.fields.version')}>{p.version}</Detail>
            <Detail label={t('policies.columns.created')}>
              {t('policies.by_at', { at: format.dateTime(p.cr_dtimes), by: p.cr_by })}
            </Detail>
            {p.publishDate ? (
              <Detail label={t('policies.fields.published')}>{format.dateTime(p.publishDate)}</Detail>
            ) : null}
            <Detail label={t('policies.fields.valid_till')}>{format.dateTime(p.validTill)}</Detail>
          </SimpleGrid>
        </Card>
        <section aria-labelledby="policy-document">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="policy-document">
              {t('policies.document.label')}
            </Title>
            <Button variant="default" size="xs" onClick={() => download(p.policyName, text)}>
              {t('policies.document.download')}
            </Button>
          </Group>
          {draft ? null : (
            <Text size="sm" c="dimmed" mb="xs">
              {t('policies.document.immutable')}
            </Text>
          )}
          <Code
            block
            dir="ltr"
            data-testid="policy-document"
            style={{ maxHeight: '60vh', overflow: 'auto', fontSize: 14 }}
            tabIndex={0}
            aria-labelledby="policy-document"
          >
            {text}
          </Code>
        </section>
        <History policy={p} />
      </Stack>
      <PublishPolicyDialog policy={dialog === 'publish' ? ref : null} onClose={() => setDialog(null)} />
      <DeactivatePolicyDialog policy={dialog === 'deactivate' ? ref : null} onClose={() => setDialog(null)} />
      <ClonePolicyDialog policy={dialog === 'clone' ? ref : null} onClose={() => setDialog(null)} />
    </>
  );
}
