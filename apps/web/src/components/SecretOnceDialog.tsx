import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SecretToShow {
  title: string;
  /** Label/value pairs shown above the secret (the client id, say). */
  details?: { label: string; value: string }[];
  label: string;
  secret: string;
}

/**
 * Shows a secret that the server will never answer again: a clear warning, the value (selectable) and a
 * copy button. It cannot be dismissed by clicking outside; closing it drops the value from memory (the
 * caller clears its state in `onClose`).
 */
export function SecretOnceDialog({
  shown,
  onClose,
  phrases,
}: {
  shown: SecretToShow | null;
  onClose: () => void;
  /** Phrase area with `warning_title`, `warning`, `copy`, `copied`, `done` (service_accounts.secret, …). */
  phrases: 'service_accounts.secret' | 'webhooks.secret';
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={shown !== null}
      onClose={onClose}
      title={shown?.title}
      closeOnClickOutside={false}
      centered
      size="lg"
      returnFocus
    >
      {shown ? (
        <Stack gap="md" data-testid="secret-dialog">
          <Alert color="orange" variant="light" title={t(`${phrases}.warning_title`)} role="alert">
            {t(`${phrases}.warning`)}
          </Alert>
          {shown.details?.map((d) => (
            <div key={d.label}>
              <Text size="sm" fw={600}>
                {d.label}
              </Text>
              <Code>{d.value}</Code>
            </div>
          ))}
          <div>
            <Text size="sm" fw={600} id="secret-once-label">
              {shown.label}
            </Text>
            <Code
              block
              aria-labelledby="secret-once-label"
              data-testid="secret-value"
              dir="ltr"
              style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', userSelect: 'all' }}
            >
              {shown.secret}
            </Code>
          </div>
          <Group justify="flex-end">
            <CopyButton value={shown.secret}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  color={copied ? 'teal' : undefined}
                  aria-live="polite"
                >
                  {copied ? t(`${phrases}.copied`) : t(`${phrases}.copy`)}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose} data-autofocus>
              {t(`${phrases}.done`)}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

/**
 * The create dialog of something that has a secret (a service account, a webhook): the form it holds
 * calls `created` with the secret, which closes the form and shows the secret once.
 */
export function CreateWithSecretDialog({
  opened,
  onClose,
  title,
  phrases,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  phrases: 'service_accounts.secret' | 'webhooks.secret';
  /** The create form, given the callback to call once created. */
  children: (created: (shown: SecretToShow) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<SecretToShow | null>(null);
  return (
    <>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
        opened={opened}
        onClose={onClose}
        title={title}
        size="lg"
        centered
      >
        {children((shown) => {
          onClose();
          setSecret(shown);
        })}
      </Modal>
      <SecretOnceDialog shown={secret} onClose={() => setSecret(null)} phrases={phrases} />
    </>
  );
}
