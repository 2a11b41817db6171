import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { DAY, type ExpiryState, expiryState } from './expiry.ts';
import type { CertificatePreview } from './x509-lite.ts';

const colours: Record<ExpiryState, string> = { valid: 'green', expiring: 'yellow', expired: 'red' };

/**
 * Expiry date with a worded badge and, when near or past, a sentence (never colour alone). `quiet` leaves
 * the badge out while the certificate is comfortably valid (dense lists).
 */
export function ExpiryText({ notAfter, quiet = false }: { notAfter: string; quiet?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = expiryState(notAfter);
  if (quiet && state === 'valid') return <span>{format.dateTime(notAfter)}</span>;
  const daysLeft = Math.max(0, Math.ceil((new Date(notAfter).getTime() - Date.now()) / DAY));
  return (
    <Group gap="xs" wrap="wrap" component="span">
      <span>{format.dateTime(notAfter)}</span>
      <Badge
        color={colours[state]}
        variant="light"
        radius="sm"
        tt="none"
        miw="max-content"
        styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
        data-testid="expiry-badge"
      >
        {t(`certificates.expiry.${state}`)}
      </Badge>
      {state === 'expiring' ? (
        <Text component="span" size="sm">
          {t('certificates.expiry.expiring_text', { count: daysLeft })}
        </Text>
      ) : null}
      {state === 'expired' ? (
        <Text component="span" size="sm">
          {t('certificates.expiry.expired_text')}
        </Text>
      ) : null}
    </Group>
  );
}

/** What was read from the chosen file, one row per certificate, before anything is sent. */
export function PreviewTable({
  certificates,
  caption,
}: {
  certificates: CertificatePreview[];
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing="xs" data-testid="certificate-preview">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('certificates.preview.subject')}</Table.Th>
            <Table.Th scope="col">{t('certificates.preview.issuer')}</Table.Th>
            <Table.Th scope="col">{t('certificates.preview.valid_from')}</Table.Th>
            <Table.Th scope="col">{t('certificates.preview.valid_till')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((c) => (
            <Table.Tr key={`${c.serialNumber}-${c.subject}`}>
              <Table.Td style={{ overflowWrap: 'anywhere' }} dir="ltr">
                {c.subject}
                {c.selfSigned ? (
                  <Text size="xs" c="dimmed" dir="auto">
                    {t('certificates.preview.self_signed')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }} dir="ltr">
                {c.issuer}
              </Table.Td>
              <Table.Td>{format.dateTime(c.notBefore)}</Table.Td>
              <Table.Td>
                <ExpiryText notAfter={c.notAfter.toISOString()} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
