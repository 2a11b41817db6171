import { Anchor, Button } from '@mantine/core';
import { allRoles, type User } from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type DataColumn, DataTable } from '../../components/ui/DataTable.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { toServiceAccount } from '../service-accounts/routes.ts';
import { useRoleName } from './RoleCheckboxes.tsx';
import { toNewUser, toUser } from './routes.ts';
import { fetchUsers, usersKeys } from './users.queries.ts';

/** All accounts (people and service accounts), filtered, sorted and paged by the server. */
export default function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const roleName = useRoleName();
  const fullName = (u: User) => [u.firstName, u.lastName].filter(Boolean).join(' ');
  const columns: DataColumn<User>[] = [
    {
      id: 'userName',
      header: t('users.columns.user_name'),
      sortField: 'userName',
      hideable: false,
      cell: (u) => (
        <Anchor component={Link} to={u.kind === 'service' ? toServiceAccount(u.id) : toUser(u.id)}>
          {u.userName}
        </Anchor>
      ),
    },
    { id: 'name', header: t('users.columns.name'), sortField: 'lastName', cell: fullName },
    { id: 'email', header: t('users.columns.email'), sortField: 'emailID', cell: (u) => u.emailID ?? '' },
    {
      id: 'organisation',
      header: t('users.columns.organisation'),
      sortField: 'organizationName',
      cell: (u) => u.organizationName ?? '',
    },
    { id: 'roles', header: t('users.columns.roles'), cell: (u) => u.roles.map(roleName).join(', ') },
    {
      id: 'kind',
      header: t('users.columns.kind'),
      defaultHidden: true,
      cell: (u) => t(`users.kinds.${u.kind}`),
    },
    { id: 'status', header: t('users.columns.status'), cell: (u) => <StatusBadge status={u.status} /> },
    {
      id: 'lastLogin',
      header: t('users.columns.last_login'),
      sortField: 'lastLoginAt',
      defaultHidden: true,
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('users.never')),
    },
    {
      id: 'createdAt',
      header: t('users.columns.created_at'),
      sortField: 'createdAt',
      cell: (u) => format.dateTime(u.createdAt),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          <Button component={Link} to={toNewUser()}>
            {t('users.create_action')}
          </Button>
        }
      />
      <DataTable
        id="users"
        caption={t('users.caption')}
        queryKey={usersKeys.list()}
        fetchPage={fetchUsers}
        columns={columns}
        filters={[
          { name: 'userName', label: t('users.filters.user_name') },
          { name: 'email', label: t('users.filters.email') },
          {
            name: 'role',
            label: t('users.filters.role'),
            options: allRoles.map((r) => ({ value: r, label: roleName(r) })),
          },
          { name: 'organizationName', label: t('users.filters.organisation') },
          {
            name: 'status',
            label: t('users.filters.status'),
            options: [
              { value: 'enabled', label: t('users.statuses.enabled') },
              { value: 'disabled', label: t('users.statuses.disabled') },
            ],
          },
          {
            name: 'kind',
            label: t('users.filters.kind'),
            options: [
              { value: 'user', label: t('users.kinds.user') },
              { value: 'service', label: t('users.kinds.service') },
            ],
          },
        ]}
        rowKey={(u) => u.id}
        defaultSort={{ field: 'createdAt', type: 'desc' }}
        emptyText={t('users.empty')}
      />
    </>
  );
}
