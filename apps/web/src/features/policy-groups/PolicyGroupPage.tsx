import { Anchor, Button, Card, Code, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { toNewPolicy, toPolicy } from '../policies/routes.ts';
import { DeactivateGroupDialog } from './DeactivateGroupDialog.tsx';
import { policyGroupQuery } from './policy-groups.queries.ts';
import { ReactivateGroupDialog } from './ReactivateGroupDialog.tsx';
import { toEditPolicyGroup, toPolicyGroups } from './routes.ts';

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

/** One policy group: its details, its policies, and its actions. Deep-linkable by id. */
export default function PolicyGroupPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useQuery(policyGroupQuery(id));
  const [deactivating, setDeactivating] = useState(false);
  const [reactivating, setReactivating] = useState(false);
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <LoadFailed
        title={t('policies.groups.view_title')}
        actions={
          <Button component={Link} to={toPolicyGroups()} variant="default">
            {t('policies.groups.back')}
          </Button>
        }
        error={query.error}
      />
    );
  }
  const { policyGroup: g, policies } = query.data;
  return (
    <>
      <PageHeader
        title={g.name}
        intro={<StatusBadge status={g.isActive ? 'active' : 'deactivated'} />}
        actions={
          g.isActive ? (
            <>
              <Button component={Link} to={toNewPolicy({ group: g.name })}>
                {t('policies.create')}
              </Button>
              <Button component={Link} to={toEditPolicyGroup(g.id)} variant="default">
                {t('policies.actions.edit')}
              </Button>
              <Button color="red" variant="light" onClick={() => setDeactivating(true)}>
                {t('policies.actions.deactivate')}
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={() => setReactivating(true)}>
              {t('policies.actions.reactivate')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
            <Detail label={t('policies.groups.columns.id')}>
              <Code>{g.id}</Code>
            </Detail>
            <Detail label={t('policies.groups.columns.name')}>{g.name}</Detail>
            <Detail label={t('policies.groups.columns.description')}>{g.desc}</Detail>
            <Detail label={t('policies.groups.columns.created')}>
              {t('policies.by_at', { at: format.dateTime(g.crDtimes), by: g.crBy })}
            </Detail>
            {g.updDtimes ? (
              <Detail label={t('policies.groups.updated_at')}>
                {t('policies.by_at', { at: format.dateTime(g.updDtimes), by: g.updBy ?? '' })}
              </Detail>
            ) : null}
          </SimpleGrid>
        </Card>
        <section aria-labelledby="group-policies">
          <Title order={2} size="h3" id="group-policies" mb="sm">
            {t('policies.groups.policies_title')}
          </Title>
          {policies.length === 0 ? (
            <Text c="dimmed">{t('policies.groups.no_policies')}</Text>
          ) : (
            <Table striped verticalSpacing="xs" data-testid="group-policies">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('policies.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('policies.columns.type')}</Table.Th>
                  <Table.Th scope="col">{t('policies.columns.created')}</Table.Th>
                  <Table.Th scope="col">{t('policies.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policies.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={toPolicy(p.id)} dir="auto">
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`policies.types.${p.policyType}`)}</Table.Td>
                    <Table.Td>{format.dateTime(p.cr_dtimes)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
      </Stack>
      <DeactivateGroupDialog
        group={deactivating ? { id: g.id, name: g.name } : null}
        onClose={() => setDeactivating(false)}
      />
      <ReactivateGroupDialog
        group={reactivating ? { id: g.id, name: g.name, desc: g.desc } : null}
        onClose={() => setReactivating(false)}
      />
    </>
  );
}
