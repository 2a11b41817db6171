import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { pendingCountQuery } from './policy-requests.queries.ts';

/** Dashboard card badge: how many policy requests wait for a decision (nothing while loading or at zero). */
export function PendingRequestsBadge() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useQuery(pendingCountQuery);
  if (!count.data) return null;
  return (
    <Badge
      color="yellow"
      variant="light"
      tt="none"
      styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
      data-testid="pending-policy-requests"
    >
      <span aria-hidden="true">
        {t('policy_requests.pending_badge', { count: format.number(count.data) })}
      </span>
      <span className="pms-visually-hidden">
        {t('policy_requests.pending_badge_label', { count: format.number(count.data) })}
      </span>
    </Badge>
  );
}
