import { Badge, Button, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useFormat } from '../../i18n/format.ts';
import { badgeStyles, Detail } from '../users/AccountParts.tsx';
import { auditEventQuery } from './audit-log.queries.ts';
import { toAuditLog } from './routes.ts';

/** Before/after values as indented JSON, left-to-right even in Arabic (it is code). */
function JsonBlock({ title, value, id }: { title: string; value: unknown; id: string }) {
  const { t } = useTranslation();
  const empty = value === null || value === undefined;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {empty ? (
        <Text c="dimmed">{t('audit_log.detail.empty_value')}</Text>
      ) : (
        <Code
          block
          dir="ltr"
          data-testid={`${id}-json`}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Card>
  );
}

/** One audit event: who, what, when, from where, with the values before and after. */
export default function AuditEventPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const event = useQuery(auditEventQuery(id));
  const back = (
    <Button
      component={Link}
      to={from?.startsWith('/admin/audit-log') ? from : toAuditLog()}
      variant="default"
    >
      {t('audit_log.detail.back')}
    </Button>
  );
  if (event.isPending) return <PageLoader />;
  if (event.isError) {
    return <LoadFailed title={t('audit_log.detail.title')} actions={back} error={event.error} />;
  }
  const e = event.data;
  const none = t('audit_log.detail.none');
  return (
    <>
      <PageHeader title={`${t('audit_log.detail.title')}: ${e.action}`} actions={back} />
      <Stack gap="lg">
        <Card withBorder padding="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
            <Detail label={t('audit_log.detail.occurred_at')}>{format.dateTime(e.occurredAt)}</Detail>
            <Detail label={t('audit_log.detail.actor')}>{e.actorName ?? t('audit_log.system')}</Detail>
            <Detail label={t('audit_log.detail.actor_roles')}>
              {e.actorRoles.length ? (
                <Group gap={4} component="span">
                  {e.actorRoles.map((r) => (
                    <Badge key={r} variant="light" tt="none" styles={badgeStyles} radius="sm">
                      {t(`shell.roles.${r}`, { defaultValue: r })}
                    </Badge>
                  ))}
                </Group>
              ) : (
                none
              )}
            </Detail>
            <Detail label={t('audit_log.detail.action')}>
              <Code>{e.action}</Code>
            </Detail>
            <Detail label={t('audit_log.detail.entity_type')}>{e.entityType}</Detail>
            <Detail label={t('audit_log.detail.entity_id')}>
              {e.entityId ? <Code>{e.entityId}</Code> : none}
            </Detail>
            <Detail label={t('audit_log.detail.reason')}>{e.reason ?? none}</Detail>
            <Detail label={t('audit_log.detail.request_id')}>
              {e.requestId ? <Code data-testid="audit-request-id">{e.requestId}</Code> : none}
            </Detail>
            <Detail label={t('audit_log.detail.address')}>
              {e.address ? <Code data-testid="audit-address">{e.address}</Code> : none}
            </Detail>
          </SimpleGrid>
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <JsonBlock title={t('audit_log.detail.before')} value={e.before} id="audit-before" />
          <JsonBlock title={t('audit_log.detail.after')} value={e.after} id="audit-after" />
        </SimpleGrid>
      </Stack>
    </>
  );
}
