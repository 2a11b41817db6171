import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title?: string;
  message: ReactNode;
  confirmLabel?: string;
  /** Red confirm button for destructive actions (default). */
  destructive?: boolean;
  loading?: boolean;
  /** Extra content under the message (a reason field, say). */
  children?: ReactNode;
  /** Keeps the confirm button disabled (until a required field is filled, say). */
  confirmDisabled?: boolean;
}

/**
 * Asks before a destructive action. Focus is trapped, Esc and Cancel close it, focus returns to the
 * button that opened it; Cancel has the initial focus so Enter never destroys by accident.
 */
export function ConfirmDialog({
  opened,
  onClose,
  onConfirm,
  title,
  message,
  confirmLabel,
  destructive = true,
  loading = false,
  children,
  confirmDisabled = false,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title ?? t('common.confirm.title')}
      centered
      returnFocus
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      <Text mb="lg">{message}</Text>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.actions.cancel')}
        </Button>
        <Button
          color={destructive ? 'red' : undefined}
          onClick={onConfirm}
          loading={loading}
          disabled={confirmDisabled}
        >
          {confirmLabel ?? t('common.actions.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
