import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stand-in while a page or the session loads; announced politely to screen readers. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <span style={{ marginInlineStart: 8 }}>{t('common.loading')}</span>
    </Center>
  );
}
