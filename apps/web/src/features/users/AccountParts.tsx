import { Button, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';

/** One label/value line of a details card. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Enable/disable with a reason (required to disable), through the confirm dialog. */
export function AccessToggle({
  enabled,
  pending,
  labels,
  onChange,
}: {
  enabled: boolean;
  pending: boolean;
  labels: {
    disable: string;
    enable: string;
    disableTitle: string;
    enableTitle: string;
    disableText: string;
    enableText: string;
    reason: string;
    reasonHint: string;
  };
  onChange: (status: 'enabled' | 'disabled', reason: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const disabling = enabled;
  return (
    <>
      <Button
        color={disabling ? 'red' : undefined}
        variant={disabling ? 'outline' : 'filled'}
        onClick={() => setOpen(true)}
      >
        {disabling ? labels.disable : labels.enable}
      </Button>
      <ConfirmDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={disabling ? labels.disableTitle : labels.enableTitle}
        message={disabling ? labels.disableText : labels.enableText}
        confirmLabel={disabling ? labels.disable : labels.enable}
        destructive={disabling}
        loading={pending}
        confirmDisabled={disabling && reason.trim() === ''}
        onConfirm={async () => {
          const ok = await onChange(disabling ? 'disabled' : 'enabled', reason.trim());
          if (ok) {
            setOpen(false);
            setReason('');
          }
        }}
      >
        <Textarea
          label={labels.reason}
          description={labels.reasonHint}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required={disabling}
          maxLength={512}
          autosize
          minRows={2}
          mb="lg"
        />
      </ConfirmDialog>
    </>
  );
}

/** Dark text on a tinted badge: Mantine's light-variant text colours are below 4.5:1 at badge size. */
export const badgeStyles = { label: { color: 'var(--mantine-color-dark-8)' } };
