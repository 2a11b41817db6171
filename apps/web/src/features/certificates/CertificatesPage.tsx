import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PartnerCertificateSummary } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Field } from '../partner-profile/Field.tsx';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import {
  certificateDataQuery,
  fetchSignedCertificate,
  partnerCertificatesQuery,
} from './certificates.queries.ts';
import { domainOfPartnerType } from './domain.ts';
import { expiryState } from './expiry.ts';
import { ExpiryText } from './parts.tsx';
import { UploadCertificateDialog } from './UploadCertificateDialog.tsx';
import { downloadText, readCertificates } from './x509-lite.ts';

/** The partner's certificate, per partner ID: what is uploaded, when it ends, upload and download. */
export default function CertificatesPage() {
  const { t } = useTranslation();
  const summaries = useQuery(partnerCertificatesQuery);
  return (
    <>
      <PageHeader title={t('certificates.title')} intro={t('certificates.intro')} />
      {summaries.isPending ? <PageLoader /> : null}
      {summaries.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(summaries.error, t)}
        </Alert>
      ) : null}
      {summaries.data && summaries.data.length === 0 ? (
        <Alert color="yellow" variant="light" role="status">
          {t('certificates.no_partner')}
        </Alert>
      ) : null}
      {summaries.data ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          {summaries.data.map((s) => (
            <CertificateCard key={s.partnerId} summary={s} />
          ))}
        </SimpleGrid>
      ) : null}
    </>
  );
}

function issuerOf(pem: string | undefined): string | null {
  if (!pem) return null;
  try {
    return readCertificates(pem)[0]?.issuer ?? null;
  } catch {
    return null;
  }
}

function CertificateCard({ summary }: { summary: PartnerCertificateSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [uploading, setUploading] = useState(false);
  const [fallbackBusy, setFallbackBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const domain = domainOfPartnerType(summary.partnerType);
  const titleId = `cert-${summary.partnerId}`;
  const data = useQuery({
    ...certificateDataQuery(summary.partnerId),
    enabled: summary.isCertificateAvailable && summary.isPartnerActive,
    retry: false,
  });
  const original = data.data?.caSignedCertificateData || undefined;
  const issuer = issuerOf(original);
  const blocked = !summary.isPartnerActive;

  function downloadOriginal() {
    setProblem(null);
    if (data.data?.isCaSignedCertificateExpired || !original) {
      setProblem(t('certificates.download.expired'));
      return;
    }
    downloadText(`${summary.partnerId}-original-certificate.pem`, original);
    notifySuccess(t('certificates.download.done', { name: t('certificates.download.original') }));
  }

  async function downloadSigned() {
    setProblem(null);
    let pem = data.data?.mosipSignedCertificateData || undefined;
    if (data.data?.isMosipSignedCertificateExpired) {
      setProblem(t('certificates.download.expired'));
      return;
    }
    if (!pem) {
      setFallbackBusy(true);
      try {
        pem = (await fetchSignedCertificate(summary.partnerId)).certificateData;
      } catch (error) {
        notifyError(error, t);
        return;
      } finally {
        setFallbackBusy(false);
      }
    }
    downloadText(`${summary.partnerId}-pms-signed-certificate.pem`, pem);
    notifySuccess(t('certificates.download.done', { name: t('certificates.download.signed') }));
  }

  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="section"
      aria-labelledby={titleId}
      data-testid="certificate-card"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {t('certificates.card_title', { partnerId: summary.partnerId })}
            </Title>
            <Text size="sm" c="dimmed">
              {partnerTypeText(t, summary.partnerType).title}
            </Text>
          </div>
          <StatusBadge status={summary.isPartnerActive ? 'active' : 'deactivated'} />
        </Group>
        {summary.isCertificateAvailable ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
            <Field label={t('certificates.fields.domain')}>{domain}</Field>
            <Field label={t('certificates.fields.status')}>
              <span data-testid="certificate-status">
                <StatusBadge
                  status={
                    summary.certificateExpiryDateTime &&
                    expiryState(summary.certificateExpiryDateTime) === 'expired'
                      ? 'expired'
                      : 'active'
                  }
                />
              </span>
            </Field>
            <Field label={t('certificates.fields.issued_to')}>
              <span dir="ltr">{summary.certificateIssuedTo ?? '—'}</span>
            </Field>
            <Field label={t('certificates.fields.issuer')}>
              <span dir="ltr">{issuer ?? t('certificates.fields.issuer_unknown')}</span>
            </Field>
            <Field label={t('certificates.fields.uploaded_at')}>
              {format.dateTime(summary.certificateUploadDateTime)}
            </Field>
            <Field label={t('certificates.fields.expires_at')}>
              {summary.certificateExpiryDateTime ? (
                <ExpiryText notAfter={summary.certificateExpiryDateTime} />
              ) : (
                '—'
              )}
            </Field>
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
            <Field label={t('certificates.fields.domain')}>{domain}</Field>
            <Field label={t('certificates.fields.status')}>
              <StatusBadge status="not_uploaded" />
            </Field>
          </SimpleGrid>
        )}
        {blocked ? (
          <Alert color="gray" variant="light" role="note">
            {t('certificates.deactivated_note')}
          </Alert>
        ) : null}
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : null}
        {data.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(data.error, t)}
          </Alert>
        ) : null}
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => setUploading(true)} disabled={blocked}>
            {summary.isCertificateAvailable
              ? t('certificates.actions.reupload')
              : t('certificates.actions.upload')}
          </Button>
          {summary.isCertificateAvailable ? (
            <>
              <Button variant="default" onClick={downloadOriginal} disabled={blocked || !data.data}>
                {t('certificates.actions.download_original')}
              </Button>
              <Button
                variant="default"
                onClick={() => void downloadSigned()}
                loading={fallbackBusy}
                disabled={blocked || data.isPending}
              >
                {t('certificates.actions.download_signed')}
              </Button>
            </>
          ) : null}
        </Group>
      </Stack>
      <UploadCertificateDialog
        opened={uploading}
        onClose={() => setUploading(false)}
        summary={summary}
        domain={domain}
      />
    </Card>
  );
}
