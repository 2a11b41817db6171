import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { type CaCertificateUploadResponse, partnerDomains } from '@pms/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { CertificateDropZone } from '../../components/CertificateDropZone.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { PreviewTable } from '../certificates/parts.tsx';
import { certificateFileTypes } from '../certificates/UploadCertificateDialog.tsx';
import {
  type CertificatePreview,
  fileToCertificateText,
  readCertificates,
} from '../certificates/x509-lite.ts';
import { toTrustCertificate, toTrustStore } from './routes.ts';
import { useUploadCaCertificates } from './trust-store.queries.ts';

const bundleTypes: Record<string, string[]> = {
  ...certificateFileTypes,
  'application/x-pkcs7-certificates': ['.p7b', '.p7c'],
};

interface Chosen {
  name: string;
  text: string;
  certificates: CertificatePreview[];
}

/** Upload of root/intermediate CAs: domain, file, preview of every certificate, then the per-certificate result. */
export default function TrustUploadPage() {
  const { t } = useTranslation();
  const upload = useUploadCaCertificates();
  const [domain, setDomain] = useState('');
  const [domainMissing, setDomainMissing] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [result, setResult] = useState<CaCertificateUploadResponse | null>(null);

  async function onFile(file: File) {
    upload.reset();
    setResult(null);
    setChosen(null);
    setReadProblem(null);
    try {
      const text = await fileToCertificateText(file);
      setChosen({ name: file.name, text, certificates: readCertificates(text) });
    } catch {
      setReadProblem(t('trust_store.upload.unreadable'));
    }
  }

  function submit() {
    if (!domain) {
      setDomainMissing(true);
      return;
    }
    if (!chosen) return;
    upload.mutate(
      { partnerDomain: domain, certificateData: chosen.text },
      {
        onSuccess: (answer) => {
          setResult(answer);
          const uploaded = answer.certificates.filter((c) => c.uploaded).length;
          if (uploaded > 0) notifySuccess(t('trust_store.upload.success', { count: uploaded, domain }));
        },
      },
    );
  }

  function clear() {
    setChosen(null);
    setResult(null);
    setReadProblem(null);
    upload.reset();
  }

  return (
    <>
      <PageHeader
        title={t('trust_store.upload.title')}
        intro={t('trust_store.upload.intro')}
        actions={
          <Button component={Link} to={toTrustStore()} variant="default">
            {t('trust_store.back')}
          </Button>
        }
      />
      <Card withBorder padding="lg" radius="md">
        <Stack gap="md">
          <NativeSelect
            label={t('trust_store.upload.domain')}
            required
            value={domain}
            onChange={(e) => {
              setDomain(e.currentTarget.value);
              setDomainMissing(false);
            }}
            data={[
              { value: '', label: t('trust_store.upload.choose_domain') },
              ...partnerDomains.map((d) => ({ value: d, label: d })),
            ]}
            error={domainMissing ? t('trust_store.upload.domain_required') : undefined}
            maw={320}
          />
          <CertificateDropZone
            accept={bundleTypes}
            label={t('trust_store.upload.drop_label')}
            loading={upload.isPending}
            problem={readProblem}
            onFile={onFile}
          />
          {chosen ? (
            <>
              <Text role="status">
                {t('trust_store.upload.found', { count: chosen.certificates.length, name: chosen.name })}
              </Text>
              <PreviewTable
                certificates={chosen.certificates}
                caption={t('trust_store.upload.preview_caption')}
              />
            </>
          ) : null}
          {upload.isError ? (
            <Alert color="red" variant="light" role="alert" title={t('trust_store.upload.failed')}>
              <UploadErrors error={upload.error} />
            </Alert>
          ) : null}
          {result ? <UploadResult result={result} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={clear}>
              {t('trust_store.upload.clear')}
            </Button>
            <Button onClick={submit} disabled={!chosen || !!result} loading={upload.isPending}>
              {t('trust_store.upload.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </>
  );
}

/** Every refused certificate of a bundle has its own error; one alone is shown as a sentence. */
function UploadErrors({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.errors.length < 2) return <>{errorText(error, t)}</>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
      {error.errors.map((e, index) => (
        <li key={`${e.errorCode}-${e.field ?? index}`}>
          {t('trust_store.upload.error_item', { index: index + 1, message: e.message })}
        </li>
      ))}
    </ul>
  );
}

function UploadResult({ result }: { result: CaCertificateUploadResponse }) {
  const { t } = useTranslation();
  const outcome =
    result.status === 'Upload Success.'
      ? 'success'
      : result.status === 'Partial Upload Success.'
        ? 'partial'
        : 'failed';
  return (
    <Stack gap="xs" data-testid="upload-result">
      <Alert
        color={outcome === 'success' ? 'green' : outcome === 'partial' ? 'yellow' : 'red'}
        variant="light"
        role={outcome === 'success' ? 'status' : 'alert'}
        title={t(`trust_store.upload.outcome.${outcome}`)}
      >
        {t('trust_store.upload.outcome_text', {
          uploaded: result.certificates.filter((c) => c.uploaded).length,
          total: result.certificates.length,
        })}
      </Alert>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
            {t('trust_store.upload.result_caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('trust_store.columns.issued_to')}</Table.Th>
              <Table.Th scope="col">{t('trust_store.upload.result')}</Table.Th>
              <Table.Th scope="col">{t('trust_store.columns.type')}</Table.Th>
              <Table.Th scope="col">{t('trust_store.upload.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.certificates.map((c) => (
              <Table.Tr key={c.certThumbprint}>
                <Table.Td dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                  {c.certId ? (
                    <Anchor component={Link} to={toTrustCertificate(c.certId)}>
                      {c.issuedTo}
                    </Anchor>
                  ) : (
                    c.issuedTo
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={c.uploaded ? 'green' : 'red'}
                    variant="light"
                    radius="sm"
                    tt="none"
                    miw="max-content"
                    styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
                  >
                    {c.uploaded ? t('trust_store.upload.uploaded') : t('trust_store.upload.refused')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {c.caCertificateType ? t(`trust_store.types.${c.caCertificateType}`) : '—'}
                </Table.Td>
                <Table.Td>{c.message ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
