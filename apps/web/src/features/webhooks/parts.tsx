import { Badge, Checkbox, type MantineColor, SimpleGrid } from '@mantine/core';
import { type WebhookTopic, webhookTopics } from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import { badgeStyles } from '../users/AccountParts.tsx';

const statusColours: Record<string, MantineColor> = { pending: 'blue', delivered: 'green', dead: 'red' };

/** Delivery state of an outbox message: a word, coloured (colour never carries the meaning alone). */
export function DeliveryStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColours[status] ?? 'gray'}
      variant="light"
      radius="sm"
      tt="none"
      styles={badgeStyles}
      miw="max-content"
    >
      {t(`webhooks.delivery_status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** Active/inactive as a word badge. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={active ? 'green' : 'gray'}
      variant="light"
      radius="sm"
      tt="none"
      styles={badgeStyles}
      miw="max-content"
    >
      {active ? t('webhooks.active') : t('webhooks.inactive')}
    </Badge>
  );
}

/** The event topics as a labelled group of checkboxes (MOSIP's topic names are identifiers). */
export function TopicCheckboxes({
  value,
  onChange,
  error,
}: {
  value: WebhookTopic[];
  onChange: (topics: WebhookTopic[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('webhooks.form.topics')}
      description={t('webhooks.form.topics_hint')}
      withAsterisk
      error={error}
      value={value}
      onChange={(values) => onChange(webhookTopics.filter((topic) => values.includes(topic)))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {webhookTopics.map((topic) => (
          <Checkbox key={topic} value={topic} label={<span dir="ltr">{topic}</span>} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
