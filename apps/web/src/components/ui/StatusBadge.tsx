import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type StatusKey =
  | 'approved'
  | 'activated'
  | 'active'
  | 'pending'
  | 'pending_cert_upload'
  | 'rejected'
  | 'deactivated'
  | 'inactive'
  | 'draft'
  | 'published'
  | 'expired'
  | 'valid'
  | 'revoked'
  | 'uploaded'
  | 'not_uploaded'
  | 'not_available'
  | 'queued'
  | 'sent'
  | 'failed';

const colours: Record<StatusKey, MantineColor> = {
  approved: 'green',
  activated: 'green',
  active: 'green',
  published: 'green',
  valid: 'green',
  uploaded: 'green',
  sent: 'green',
  queued: 'blue',
  pending: 'yellow',
  draft: 'yellow',
  pending_cert_upload: 'orange',
  rejected: 'red',
  revoked: 'red',
  failed: 'red',
  expired: 'red',
  deactivated: 'gray',
  inactive: 'gray',
  not_uploaded: 'gray',
  not_available: 'gray',
};

/** Every MOSIP spelling of a status, folded to one key (compared lower-case, `-`/space as `_`). */
const aliases: Record<string, StatusKey> = {
  approved: 'approved',
  activated: 'activated',
  active: 'active',
  enabled: 'active',
  inprogress: 'pending',
  in_progress: 'pending',
  pending: 'pending',
  pending_approval: 'pending',
  pending_cert_upload: 'pending_cert_upload',
  rejected: 'rejected',
  deactivated: 'deactivated',
  deactive: 'deactivated',
  disabled: 'deactivated',
  inactive: 'inactive',
  draft: 'draft',
  published: 'published',
  expired: 'expired',
  valid: 'valid',
  revoked: 'revoked',
  uploaded: 'uploaded',
  not_uploaded: 'not_uploaded',
  not_available: 'not_available',
  sent: 'sent',
  queued: 'queued',
  delivered: 'sent',
  failed: 'failed',
};

/** The status key of a backend word, or undefined when it is not known. */
export function statusKey(value: string): StatusKey | undefined {
  return aliases[
    value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
  ];
}

/** One label and colour per status word everywhere; the label is text, so colour never carries it alone. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const key = statusKey(status);
  return (
    <Badge
      color={key ? colours[key] : 'gray'}
      variant="light"
      radius="sm"
      tt="none"
      // Dark text on the tinted background: Mantine's light-variant text colours are below 4.5:1 at badge size.
      styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
      // Never truncated to "Act…" in a narrow table column.
      miw="max-content"
    >
      {key ? t(`common.status.${key}`) : t('common.status.unknown', { value: status })}
    </Badge>
  );
}
