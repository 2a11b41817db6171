import { Alert, Anchor, Button, Checkbox, List, Modal, Stack, Text } from '@mantine/core';
import { ANY_PARTNER, type CurrentUser } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { hasAccess } from '../../app/access.ts';
import { useSignOut } from '../../app/session.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { consentQuery, useGiveConsent } from './consent.queries.ts';

/**
 * Partner users accept the terms of use once before their first use of the portal. Until then the page is
 * not rendered: only the terms dialog (with a way to sign out) is shown. Other users pass through.
 */
export function ConsentGate({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const needed = user.kind === 'user' && hasAccess(user, ANY_PARTNER);
  if (!needed) return <>{children}</>;
  return <PartnerConsent user={user}>{children}</PartnerConsent>;
}

function PartnerConsent({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery(consentQuery(user.userId));
  const give = useGiveConsent(user.userId);
  const signOut = useSignOut();
  const [ticked, setTicked] = useState(false);

  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return (
      <Alert color="red" variant="light" role="alert" title={t('signup.consent.load_error')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorText(query.error, t)}</Text>
          <Button size="xs" variant="default" onClick={() => void query.refetch()}>
            {t('common.actions.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  if (query.data.consentGiven) return <>{children}</>;

  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      size="lg"
      title={t('signup.consent.title')}
      data-testid="consent-dialog"
    >
      <Stack gap="md">
        <Text>{t('signup.consent.intro')}</Text>
        <List spacing="xs" size="sm">
          <List.Item>{t('signup.consent.body_1')}</List.Item>
          <List.Item>{t('signup.consent.body_2')}</List.Item>
          <List.Item>{t('signup.consent.body_3')}</List.Item>
        </List>
        <Checkbox
          checked={ticked}
          onChange={(e) => setTicked(e.currentTarget.checked)}
          label={t('signup.consent.accept')}
          data-autofocus
        />
        {give.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(give.error, t)}
          </Alert>
        ) : null}
        <Button
          disabled={!ticked}
          loading={give.isPending}
          onClick={() =>
            give.mutate(undefined, { onSuccess: () => notifySuccess(t('signup.consent.accepted')) })
          }
        >
          {t('signup.consent.proceed')}
        </Button>
        <Text size="sm">
          {t('signup.consent.decline')}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => void signOut()}>
            {t('signup.consent.sign_out')}
          </Anchor>
        </Text>
      </Stack>
    </Modal>
  );
}
