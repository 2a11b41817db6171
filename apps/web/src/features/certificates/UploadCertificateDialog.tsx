import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PartnerCertificateSummary, PartnerDomain } from '@pms/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { CertificateDropZone } from '../../components/CertificateDropZone.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { Field } from '../partner-profile/Field.tsx';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import { useUploadPartnerCertificate } from './certificates.queries.ts';
import { PreviewTable } from './parts.tsx';
import { type CertificatePreview, fileToCertificateText, readCertificates } from './x509-lite.ts';

/** Certificate files the drop zones take (PEM text or DER). */
export const certificateFileTypes: Record<string, string[]> = {
  'application/x-pem-file': ['.pem', '.cer', '.crt'],
  'application/x-x509-ca-cert': ['.pem', '.cer', '.crt'],
  'application/pkix-cert': ['.cer', '.crt'],
};

interface Chosen {
  text: string;
  certificates: CertificatePreview[];
}

/** Upload or re-upload of a partner certificate: choose, preview what the file holds, then send. */
export function UploadCertificateDialog({
  opened,
  onClose,
  summary,
  domain,
}: {
  opened: boolean;
  onClose: () => void;
  summary: PartnerCertificateSummary;
  domain: PartnerDomain;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const upload = useUploadPartnerCertificate();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const reupload = summary.isCertificateAvailable;

  function close() {
    setChosen(null);
    setReadProblem(null);
    upload.reset();
    onClose();
  }

  async function onFile(file: File) {
    upload.reset();
    setChosen(null);
    setReadProblem(null);
    try {
      const text = await fileToCertificateText(file);
      const certificates = readCertificates(text);
      if (certificates.length !== 1) {
        setReadProblem(t('certificates.upload.one_only'));
        return;
      }
      setChosen({ text, certificates });
    } catch {
      setReadProblem(t('certificates.upload.unreadable'));
    }
  }

  function submit() {
    if (!chosen) return;
    upload.mutate(
      { partnerId: summary.partnerId, partnerDomain: domain, certificateData: chosen.text },
      {
        onSuccess: () => {
          notifySuccess(t('certificates.upload.success', { partnerId: summary.partnerId }));
          close();
        },
      },
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="xl"
      centered
      title={reupload ? t('certificates.upload.title_reupload') : t('certificates.upload.title')}
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
          <Field label={t('certificates.fields.partner_id')}>{summary.partnerId}</Field>
          <Field label={t('certificates.fields.partner_type')}>
            {partnerTypeText(t, summary.partnerType).title}
          </Field>
          <Field label={t('certificates.fields.domain')}>{domain}</Field>
        </SimpleGrid>
        {reupload && summary.certificateUploadDateTime ? (
          <Text size="sm">
            {t('certificates.upload.last_upload', {
              date: format.dateTime(summary.certificateUploadDateTime),
            })}
          </Text>
        ) : null}
        <CertificateDropZone
          accept={certificateFileTypes}
          label={t('certificates.upload.drop_label')}
          loading={upload.isPending}
          problem={readProblem}
          onFile={onFile}
        />
        {chosen ? (
          <PreviewTable certificates={chosen.certificates} caption={t('certificates.preview.caption')} />
        ) : null}
        {upload.isError ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('certificates.upload.failed')}
            data-testid="upload-error"
          >
            {errorText(upload.error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.actions.cancel')}
          </Button>
          <Button onClick={submit} disabled={!chosen} loading={upload.isPending}>
            {t('certificates.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
