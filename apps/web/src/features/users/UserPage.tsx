import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { allRoles, type Role, type User } from '@pms/contracts';
import { languages } from '@pms/phrases';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { AccessToggle, badgeStyles, Detail } from './AccountParts.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';
import { toUsers } from './routes.ts';
import { userQuery, useSendPasswordReset, useUpdateUser } from './users.queries.ts';

function UserDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateUser(user.id);
  const reset = useSendPasswordReset(user.id);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [resetOpen, setResetOpen] = useState(false);
  useEffect(() => setRoles(user.roles), [user.roles]);
  const none = t('users.detail.none');
  const rolesChanged = roles.length !== user.roles.length || roles.some((r) => !user.roles.includes(r));

  async function saveRoles() {
    try {
      await update.mutateAsync({ roles });
      notifySuccess(t('users.detail.roles_saved'));
    } catch (error) {
      notifyError(error, t);
    }
  }

  async function changeStatus(status: 'enabled' | 'disabled', reason: string) {
    try {
      await update.mutateAsync({ status, reason: reason || undefined });
      notifySuccess(
        t(status === 'disabled' ? 'users.detail.disabled_done' : 'users.detail.enabled_done', {
          name: user.userName,
        }),
      );
      return true;
    } catch (error) {
      notifyError(error, t);
      return false;
    }
  }

  async function sendReset() {
    try {
      const sent = await reset.mutateAsync();
      notifySuccess(t('users.detail.reset_sent', { email: sent.emailID }));
      setResetOpen(false);
    } catch (error) {
      notifyError(error, t);
    }
  }

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="user-profile-title">
        <Title order={2} size="h4" mb="md" id="user-profile-title">
          {t('users.detail.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Detail label={t('users.detail.user_name')}>{user.userName}</Detail>
          <Detail label={t('users.detail.email')}>
            {user.emailID ?? none}{' '}
            {user.emailID ? (
              <Badge
                variant="light"
                color={user.emailVerified ? 'green' : 'gray'}
                tt="none"
                styles={badgeStyles}
                radius="sm"
              >
                {t('users.detail.email_verified')}:{' '}
                {user.emailVerified ? t('users.detail.yes') : t('users.detail.no')}
              </Badge>
            ) : null}
          </Detail>
          <Detail label={t('users.detail.first_name')}>{user.firstName || none}</Detail>
          <Detail label={t('users.detail.last_name')}>{user.lastName || none}</Detail>
          <Detail label={t('users.detail.organisation')}>{user.organizationName || none}</Detail>
          <Detail label={t('users.detail.phone')}>{user.contactNo || none}</Detail>
          <Detail label={t('users.detail.language')}>{languages[user.langCode].label}</Detail>
          <Detail label={t('users.detail.kind')}>{t(`users.kinds.${user.kind}`)}</Detail>
          <Detail label={t('users.detail.last_login')}>
            {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.never')}
          </Detail>
          <Detail label={t('users.detail.created')}>{format.dateTime(user.createdAt)}</Detail>
          <Detail label={t('users.detail.created_by')}>{user.createdBy || none}</Detail>
          <Detail label={t('users.detail.updated')}>{format.dateTime(user.updatedAt)}</Detail>
        </SimpleGrid>
      </Card>

      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="user-roles-title">
        <Title order={2} size="h4" mb="md" id="user-roles-title">
          {t('users.detail.roles_title')}
        </Title>
        <RoleCheckboxes
          roles={allRoles}
          value={roles}
          onChange={setRoles}
          label={t('users.detail.roles_label')}
        />
        <Group justify="flex-end" mt="md">
          <Button
            onClick={saveRoles}
            disabled={!rolesChanged || roles.length === 0}
            loading={update.isPending}
          >
            {t('users.detail.roles_save')}
          </Button>
        </Group>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="user-access-title">
          <Title order={2} size="h4" mb="md" id="user-access-title">
            {t('users.detail.access_title')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Group gap="xs">
              <Text>{t('users.detail.status')}:</Text>
              <StatusBadge status={user.status} />
            </Group>
            {user.locked && user.lockedUntil ? (
              <Text size="sm">{t('users.detail.locked', { time: format.dateTime(user.lockedUntil) })}</Text>
            ) : null}
            <AccessToggle
              enabled={user.status === 'enabled'}
              pending={update.isPending}
              onChange={changeStatus}
              labels={{
                disable: t('users.detail.disable'),
                enable: t('users.detail.enable'),
                disableTitle: t('users.detail.disable_confirm_title', { name: user.userName }),
                enableTitle: t('users.detail.enable_confirm_title', { name: user.userName }),
                disableText: t('users.detail.disable_confirm_text'),
                enableText: t('users.detail.enable_confirm_text'),
                reason: t('users.detail.reason'),
                reasonHint: t('users.detail.reason_hint'),
              }}
            />
          </Stack>
        </Card>
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="user-password-title">
          <Title order={2} size="h4" mb="md" id="user-password-title">
            {t('users.detail.reset_title')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Text>{user.emailID ? t('users.detail.reset_text') : t('users.detail.reset_no_email')}</Text>
            <Button variant="default" onClick={() => setResetOpen(true)} disabled={!user.emailID}>
              {t('users.detail.reset_action')}
            </Button>
          </Stack>
          <ConfirmDialog
            opened={resetOpen}
            onClose={() => setResetOpen(false)}
            onConfirm={sendReset}
            message={t('users.detail.reset_confirm', { email: user.emailID ?? '' })}
            confirmLabel={t('users.detail.reset_action')}
            destructive={false}
            loading={reset.isPending}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** A person's account as the admin sees it: profile, roles, access, password reset. */
export default function UserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useQuery(userQuery(id));
  const back = (
    <Button component={Link} to={toUsers()} variant="default">
      {t('users.detail.back')}
    </Button>
  );
  if (user.isPending) return <PageLoader />;
  if (user.isError) {
    return (
      <>
        <PageHeader title={t('users.detail.profile')} actions={back} />
        <Text role="alert">{errorText(user.error, t)}</Text>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('users.detail.title', { name: user.data.userName })} actions={back} />
      <UserDetails user={user.data} />
    </>
  );
}
