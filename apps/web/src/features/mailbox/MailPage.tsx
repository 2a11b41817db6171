import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useFormat } from '../../i18n/format.ts';
import { mailQuery } from './mailbox.queries.ts';
import { toMailbox } from './routes.ts';

const URL_PATTERN = /(https?:\/\/[^\s<>"')]+)/g;

/**
 * The mail text as plain text (never HTML) with its http(s) links made clickable. Links to this portal
 * open in the same tab through the router so the flow (reset password, verify e-mail) continues here.
 */
export function linkify(text: string): ReactNode[] {
  let offset = 0;
  return text.split(URL_PATTERN).map((part, index) => {
    const key = `at-${offset}`;
    offset += part.length;
    if (index % 2 === 0) return part;
    let sameOrigin: string | null = null;
    try {
      const url = new URL(part);
      if (url.origin === window.location.origin) sameOrigin = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return part;
    }
    return sameOrigin ? (
      <Anchor component={Link} to={sameOrigin} key={key}>
        {part}
      </Anchor>
    ) : (
      <Anchor href={part} target="_blank" rel="noopener noreferrer" key={key}>
        {part}
      </Anchor>
    );
  });
}

export default function MailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const mail = useQuery(mailQuery(id));
  const back = (
    <Button component={Link} to={toMailbox()} variant="default">
      {t('mailbox.back')}
    </Button>
  );
  if (mail.isPending) return <PageLoader />;
  if (mail.isError) {
    return (
      <>
        <PageHeader title={t('mailbox.mail_title')} actions={back} />
        <Text role="alert">{errorText(mail.error, t)}</Text>
      </>
    );
  }
  const m = mail.data;
  return (
    <>
      <PageHeader title={m.subject} actions={back} />
      <Card withBorder padding="lg" radius="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{t('mailbox.to')}:</Text>
            <Text>{m.to}</Text>
          </Group>
          <Group gap="xs">
            <Text fw={600}>{t('mailbox.queued_at')}:</Text>
            <Text>{format.dateTime(m.createdAt)}</Text>
          </Group>
          <Group gap="xs">
            <Text fw={600}>{t('mailbox.sent_at')}:</Text>
            <Text>{m.sentAt ? format.dateTime(m.sentAt) : t('mailbox.not_sent')}</Text>
          </Group>
          <Text
            component="div"
            mt="md"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="mail-text"
            dir="auto"
          >
            {linkify(m.text)}
          </Text>
        </Stack>
      </Card>
    </>
  );
}
