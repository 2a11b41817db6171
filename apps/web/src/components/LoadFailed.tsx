import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.ts';
import { PageHeader } from './PageHeader.tsx';

/** A detail page whose record could not be loaded: its header (with the way back) and the localized error. */
export function LoadFailed({ title, actions, error }: { title: string; actions: ReactNode; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} actions={actions} />
      <Text role="alert">{errorText(error, t)}</Text>
    </>
  );
}
