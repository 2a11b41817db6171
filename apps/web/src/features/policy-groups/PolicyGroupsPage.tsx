import { Anchor, Button, Code, Group } from '@mantine/core';
import type { PolicyGroupListItem } from '@pms/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { DeactivateGroupDialog } from './DeactivateGroupDialog.tsx';
import { fetchPolicyGroups, policyGroupKeys } from './policy-groups.queries.ts';
import { ReactivateGroupDialog } from './ReactivateGroupDialog.tsx';
import { toEditPolicyGroup, toNewPolicyGroup, toPolicyGroup } from './routes.ts';

/** Policy groups: server-paged list (filters and sort in the URL), create, edit, (de/re)activate. */
export default function PolicyGroupsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [deactivating, setDeactivating] = useState<{ id: string; name: string } | null>(null);
  const [reactivating, setReactivating] = useState<PolicyGroupListItem | null>(null);
  const columns: DataColumn<PolicyGroupListItem>[] = [
    {
      id: 'policyGroupId',
      header: t('policies.groups.columns.id'),
      sortField: 'policyGroupId',
      defaultHidden: true,
      cell: (g) => <Code>{g.policyGroupId}</Code>,
    },
    {
      id: 'policyGroupName',
      header: t('policies.groups.columns.name'),
      sortField: 'policyGroupName',
      hideable: false,
      cell: (g) => (
        <Anchor component={Link} to={toPolicyGroup(g.policyGroupId)} dir="auto">
          {g.policyGroupName}
        </Anchor>
      ),
    },
    {
      id: 'policyGroupDescription',
      header: t('policies.groups.columns.description'),
      sortField: 'policyGroupDescription',
      cell: (g) => <span dir="auto">{g.policyGroupDescription}</span>,
    },
    {
      id: 'createdDateTime',
      header: t('policies.groups.columns.created'),
      sortField: 'createdDateTime',
      cell: (g) => format.dateTime(g.createdDateTime),
    },
    {
      id: 'status',
      header: t('policies.groups.columns.status'),
      sortField: 'status',
      cell: (g) => <StatusBadge status={g.status} />,
    },
    {
      id: 'actions',
      header: t('policies.groups.columns.actions'),
      hideable: false,
      cell: (g) => (
        <Group gap={4} wrap="nowrap">
          {g.isActive ? (
            <>
              <Button
                component={Link}
                to={toEditPolicyGroup(g.policyGroupId)}
                size="compact-sm"
                variant="subtle"
                aria-label={t('policies.groups.edit_named', { name: g.policyGroupName })}
              >
                {t('policies.actions.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => setDeactivating({ id: g.policyGroupId, name: g.policyGroupName })}
                aria-label={t('policies.groups.deactivate_named', { name: g.policyGroupName })}
              >
                {t('policies.actions.deactivate')}
              </Button>
            </>
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setReactivating(g)}
              aria-label={t('policies.groups.reactivate_named', { name: g.policyGroupName })}
            >
              {t('policies.actions.reactivate')}
            </Button>
          )}
        </Group>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('policies.groups.title')}
        intro={t('policies.groups.intro')}
        actions={
          <Button component={Link} to={toNewPolicyGroup()}>
            {t('policies.groups.create')}
          </Button>
        }
      />
      <DataTable
        id="policy-groups"
        caption={t('policies.groups.caption')}
        queryKey={policyGroupKeys.list()}
        fetchPage={fetchPolicyGroups}
        columns={columns}
        filters={[
          { name: 'policyGroupName', label: t('policies.groups.filter_name') },
          { name: 'policyGroupDescription', label: t('policies.groups.filter_description') },
          {
            name: 'status',
            label: t('policies.groups.filter_status'),
            options: [
              { value: 'active', label: t('common.status.active') },
              { value: 'deactivated', label: t('common.status.deactivated') },
            ],
          },
        ]}
        rowKey={(g) => g.policyGroupId}
        defaultSort={{ field: 'createdDateTime', type: 'desc' }}
        emptyText={t('policies.groups.empty')}
      />
      <DeactivateGroupDialog group={deactivating} onClose={() => setDeactivating(null)} />
      <ReactivateGroupDialog
        group={
          reactivating
            ? {
                id: reactivating.policyGroupId,
                name: reactivating.policyGroupName,
                desc: reactivating.policyGroupDescription,
              }
            : null
        }
        onClose={() => setReactivating(null)}
      />
    </>
  );
}
