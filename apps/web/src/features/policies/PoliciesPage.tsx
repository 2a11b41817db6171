import { Anchor, Button, Code, Menu } from '@mantine/core';
import { type PolicyListItem, policyStatuses, policyTypes } from '@pms/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { toPolicyGroup } from '../policy-groups/routes.ts';
import {
  ClonePolicyDialog,
  DeactivatePolicyDialog,
  type PolicyRef,
  PublishPolicyDialog,
} from './PolicyDialogs.tsx';
import { fetchPolicies, policyKeys } from './policies.queries.ts';
import { toEditPolicy, toNewPolicy, toPolicy } from './routes.ts';

type Dialog = { kind: 'publish' | 'deactivate' | 'clone'; policy: PolicyRef };

/** Every policy (all types), server-paged, filtered by type, status, name and group; actions per status. */
export default function PoliciesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const refOf = (p: PolicyListItem): PolicyRef => ({
    id: p.policyId,
    name: p.policyName,
    groupId: p.policyGroupId,
    groupName: p.policyGroupName,
  });
  const columns: DataColumn<PolicyListItem>[] = [
    {
      id: 'policyId',
      header: t('policies.columns.id'),
      sortField: 'policyId',
      defaultHidden: true,
      cell: (p) => <Code>{p.policyId}</Code>,
    },
    {
      id: 'policyName',
      header: t('policies.columns.name'),
      sortField: 'policyName',
      hideable: false,
      cell: (p) => (
        <Anchor component={Link} to={toPolicy(p.policyId)} dir="auto">
          {p.policyName}
        </Anchor>
      ),
    },
    {
      id: 'policyDescription',
      header: t('policies.columns.description'),
      sortField: 'policyDescription',
      defaultHidden: true,
      cell: (p) => <span dir="auto">{p.policyDescription}</span>,
    },
    {
      id: 'policyType',
      header: t('policies.columns.type'),
      sortField: 'policyType',
      cell: (p) => t(`policies.types.${p.policyType}`),
    },
    {
      id: 'policyGroupName',
      header: t('policies.columns.group'),
      sortField: 'policyGroupName',
      cell: (p) => (
        <Anchor component={Link} to={toPolicyGroup(p.policyGroupId)} dir="auto">
          {p.policyGroupName}
        </Anchor>
      ),
    },
    {
      id: 'createdDateTime',
      header: t('policies.columns.created'),
      sortField: 'createdDateTime',
      cell: (p) => format.dateTime(p.createdDateTime),
    },
    {
      id: 'status',
      header: t('policies.columns.status'),
      sortField: 'status',
      cell: (p) => <StatusBadge status={p.status} />,
    },
    {
      id: 'actions',
      header: t('policies.columns.actions'),
      hideable: false,
      cell: (p) => (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              size="compact-sm"
              variant="default"
              aria-label={t('policies.actions_for', { name: p.policyName })}
            >
              {t('policies.columns.actions')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component={Link} to={toPolicy(p.policyId)}>
              {t('policies.actions.view')}
            </Menu.Item>
            {p.status === 'draft' ? (
              <>
                <Menu.Item component={Link} to={toEditPolicy(p.policyId)}>
                  {t('policies.actions.edit')}
                </Menu.Item>
                <Menu.Item onClick={() => setDialog({ kind: 'publish', policy: refOf(p) })}>
                  {t('policies.actions.publish')}
                </Menu.Item>
              </>
            ) : null}
            <Menu.Item onClick={() => setDialog({ kind: 'clone', policy: refOf(p) })}>
              {t('policies.actions.clone')}
            </Menu.Item>
            {p.status === 'activated' ? (
              <Menu.Item color="red" onClick={() => setDialog({ kind: 'deactivate', policy: refOf(p) })}>
                {t('policies.actions.deactivate')}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ),
    },
  ];
  const typeFilter = search.get('policyType');
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title={t('policies.title')}
        intro={t('policies.intro')}
        actions={
          <Button
            onClick={() =>
              navigate(
                toNewPolicy({
                  type: (policyTypes as readonly string[]).includes(typeFilter ?? '')
                    ? (typeFilter as (typeof policyTypes)[number])
                    : undefined,
                }),
              )
            }
          >
            {t('policies.create')}
          </Button>
        }
      />
      <DataTable
        id="policies"
        caption={t('policies.caption')}
        queryKey={policyKeys.list()}
        fetchPage={fetchPolicies}
        columns={columns}
        filters={[
          { name: 'policyName', label: t('policies.filters.name') },
          { name: 'policyGroupName', label: t('policies.filters.group') },
          {
            name: 'policyType',
            label: t('policies.filters.type'),
            options: policyTypes.map((value) => ({ value, label: t(`policies.types.${value}`) })),
          },
          {
            name: 'status',
            label: t('policies.filters.status'),
            options: policyStatuses.map((value) => ({ value, label: t(`common.status.${value}`) })),
          },
        ]}
        rowKey={(p) => p.policyId}
        defaultSort={{ field: 'createdDateTime', type: 'desc' }}
        emptyText={t('policies.empty')}
      />
      <PublishPolicyDialog policy={dialog?.kind === 'publish' ? dialog.policy : null} onClose={close} />
      <DeactivatePolicyDialog policy={dialog?.kind === 'deactivate' ? dialog.policy : null} onClose={close} />
      <ClonePolicyDialog policy={dialog?.kind === 'clone' ? dialog.policy : null} onClose={close} />
    </>
  );
}
