import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { TrustCertificate } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ExpiryText } from '../certificates/parts.tsx';
import { downloadText } from '../certificates/x509-lite.ts';
import { Field } from '../partner-profile/Field.tsx';
import { toTrustCertificate, toTrustStore } from './routes.ts';
import {
  fetchCertificateFile,
  trustCertificateQuery,
  trustChainQuery,
  useRevokeCaCertificate,
} from './trust-store.queries.ts';

/** One CA: its fields, its path up to the root, download as P7B, revoke. */
export default function TrustCertificatePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const cert = useQuery(trustCertificateQuery(id));
  const [downloading, setDownloading] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const back = (
    <Button component={Link} to={toTrustStore()} variant="default">
      {t('trust_store.back')}
    </Button>
  );
  if (cert.isPending) return <PageLoader />;
  if (cert.isError) {
    return (
      <>
        <PageHeader title={t('trust_store.detail.title')} actions={back} />
        <Alert color="red" variant="light" role="alert">
          {errorText(cert.error, t)}
        </Alert>
      </>
    );
  }
  const c = cert.data;

  async function download() {
    setDownloading(true);
    try {
      const file = await fetchCertificateFile(c.certId);
      const kind = c.caCertificateType === 'ROOT' ? 'root' : 'intermediate';
      downloadText(`${kind}-certificate-${c.certId}.p7b`, file.p7bFile, 'application/x-pkcs7-certificates');
      notifySuccess(t('trust_store.detail.downloaded'));
    } catch (error) {
      notifyError(error, t);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('trust_store.detail.heading', { type: t(`trust_store.types.${c.caCertificateType}`) })}
        intro={<span dir="ltr">{c.issuedTo}</span>}
        actions={
          <>
            {back}
            <Button variant="default" onClick={() => void download()} loading={downloading}>
              {t('trust_store.detail.download')}
            </Button>
            {c.certificateStatus !== 'revoked' ? (
              <Button color="red" onClick={() => setRevoking(true)}>
                {t('trust_store.detail.revoke')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
            <Field label={t('trust_store.columns.status')}>
              <span data-testid="trust-status">
                <StatusBadge status={c.certificateStatus} />
              </span>
            </Field>
            <Field label={t('trust_store.columns.domain')}>{c.partnerDomain}</Field>
            <Field label={t('trust_store.columns.issued_to')}>
              <span dir="ltr">{c.issuedTo}</span>
            </Field>
            <Field label={t('trust_store.columns.issued_by')}>
              <span dir="ltr">{c.issuedBy}</span>
            </Field>
            <Field label={t('trust_store.columns.valid_from')}>{format.dateTime(c.validFromDate)}</Field>
            <Field label={t('trust_store.columns.valid_till')}>
              <ExpiryText notAfter={c.validTillDate} />
            </Field>
            <Field label={t('trust_store.columns.uploaded_at')}>{format.dateTime(c.uploadTime)}</Field>
            <Field label={t('trust_store.detail.uploaded_by')}>{c.uploadedBy}</Field>
            <Field label={t('trust_store.columns.certificate_id')}>
              <Code>{c.certId}</Code>
            </Field>
            <Field label={t('trust_store.detail.serial')}>
              <Code>{c.serialNumber}</Code>
            </Field>
            <Field label={t('trust_store.detail.thumbprint')}>
              <Code style={{ overflowWrap: 'anywhere' }}>{c.certThumbprint}</Code>
            </Field>
            {c.revokedAt ? (
              <Field label={t('trust_store.detail.revoked_at')}>
                {format.dateTime(c.revokedAt)}
                {c.revocationReason ? ` — ${c.revocationReason}` : ''}
              </Field>
            ) : null}
          </SimpleGrid>
        </Card>
        <ChainPath id={c.certId} />
      </Stack>
      <RevokeDialog certificate={c} opened={revoking} onClose={() => setRevoking(false)} />
    </>
  );
}

/** The path from this certificate up to its root, as an ordered list (a stepper readers can follow). */
function ChainPath({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const chain = useQuery(trustChainQuery(id));
  const headingId = 'trust-chain-heading';
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('trust_store.chain.title')}
      </Title>
      {chain.isPending ? <Text role="status">{t('common.loading')}</Text> : null}
      {chain.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(chain.error, t)}
        </Alert>
      ) : null}
      {chain.data ? (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {t('trust_store.chain.intro', { count: chain.data.length })}
          </Text>
          <ol
            style={{ paddingInlineStart: 0, margin: 0 }}
            aria-label={t('trust_store.chain.title')}
            data-testid="trust-chain"
          >
            {chain.data.map((step, index) => (
              <ChainStep
                key={step.certId}
                step={step}
                index={index}
                total={chain.data.length}
                current={step.certId === id}
                validTill={format.dateTime(step.validTillDate)}
              />
            ))}
          </ol>
          {chain.data.at(-1)?.caCertificateType !== 'ROOT' ? (
            <Alert color="yellow" variant="light" role="note">
              {t('trust_store.chain.incomplete')}
            </Alert>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

function ChainStep({
  step,
  index,
  total,
  current,
  validTill,
}: {
  step: TrustCertificate;
  index: number;
  total: number;
  current: boolean;
  validTill: string;
}) {
  const { t } = useTranslation();
  const last = index === total - 1;
  return (
    <li aria-current={current ? 'step' : undefined} style={{ listStyle: 'none', position: 'relative' }}>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Stack gap={0} align="center" aria-hidden="true" style={{ minWidth: 28 }}>
          <Badge circle size="lg" variant={current ? 'filled' : 'light'}>
            {index + 1}
          </Badge>
          {!last ? (
            <div style={{ width: 2, minHeight: 28, flex: 1, background: 'var(--mantine-color-gray-4)' }} />
          ) : null}
        </Stack>
        <Stack gap={2} pb={last ? 0 : 'md'} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} className="pms-visually-hidden">
              {t('trust_store.chain.step', { index: index + 1, total })}
            </Text>
            <Badge
              variant="outline"
              radius="sm"
              tt="none"
              miw="max-content"
              styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
            >
              {t(`trust_store.types.${step.caCertificateType}`)}
            </Badge>
            <StatusBadge status={step.certificateStatus} />
            {current ? (
              <Text size="sm" fw={600}>
                {t('trust_store.chain.this_certificate')}
              </Text>
            ) : null}
          </Group>
          {current ? (
            <Text dir="ltr" style={{ overflowWrap: 'anywhere' }}>
              {step.issuedTo}
            </Text>
          ) : (
            <Anchor
              component={Link}
              to={toTrustCertificate(step.certId)}
              dir="ltr"
              style={{ overflowWrap: 'anywhere' }}
            >
              {step.issuedTo}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {t('trust_store.chain.valid_till', { date: validTill })}
          </Text>
          {!last ? (
            <Text size="sm" c="dimmed">
              {t('trust_store.chain.signed_by')}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </li>
  );
}

function RevokeDialog({
  certificate,
  opened,
  onClose,
}: {
  certificate: TrustCertificate;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeCaCertificate(certificate.certId);
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        revoke.reset();
        onClose();
      }}
      title={t('trust_store.revoke.title')}
      message={t('trust_store.revoke.message', { name: certificate.issuedTo })}
      confirmLabel={t('trust_store.revoke.confirm')}
      loading={revoke.isPending}
      confirmDisabled={reason.trim().length === 0}
      onConfirm={() =>
        revoke.mutate(reason.trim(), {
          onSuccess: () => {
            notifySuccess(t('trust_store.revoke.done'));
            setReason('');
            onClose();
          },
        })
      }
    >
      <Textarea
        label={t('trust_store.revoke.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={512}
        autosize
        minRows={2}
        mb="md"
        error={revoke.isError ? errorText(revoke.error, t) : undefined}
      />
    </ConfirmDialog>
  );
}
