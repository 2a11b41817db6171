import { Badge, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { allRoles, type User } from '@pms/contracts';
import { languages } from '@pms/phrases';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccountRolesCard, AccountStatusCard } from '../../components/AccountCards.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { badgeStyles, Detail } from './AccountParts.tsx';
import { toUsers } from './routes.ts';
import { userQuery, useSendPasswordReset, useUpdateUser } from './users.queries.ts';

function UserDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateUser(user.id);
  const reset = useSendPasswordReset(user.id);
  const [resetOpen, setResetOpen] = useState(false);
  const none = t('users.detail.none');

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

      <AccountRolesCard
        idPrefix="user"
        phrases="users.detail"
        choices={allRoles}
        current={user.roles}
        pending={update.isPending}
        save={(roles) => update.mutateAsync({ roles })}
      />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AccountStatusCard
          idPrefix="user"
          phrases="users.detail"
          name={user.userName}
          status={user.status}
          pending={update.isPending}
          save={(change) => update.mutateAsync(change)}
        >
          {user.locked && user.lockedUntil ? (
            <Text size="sm">{t('users.detail.locked', { time: format.dateTime(user.lockedUntil) })}</Text>
          ) : null}
        </AccountStatusCard>
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
    return <LoadFailed title={t('users.detail.profile')} actions={back} error={user.error} />;
  }
  return (
    <>
      <PageHeader title={t('users.detail.title', { name: user.data.userName })} actions={back} />
      <UserDetails user={user.data} />
    </>
  );
}
