import { Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

export interface FileDropZoneProps {
  /** Accepted types: MIME type → extensions (`{ 'application/x-pem-file': ['.pem', '.cer'] }`). */
  accept: Record<string, string[]>;
  /** Largest accepted file in bytes. */
  maxSize: number;
  onFile: (file: File) => void;
  /** Accessible name; defaults to the generic "drop a file" phrase. */
  label?: string;
  disabled?: boolean;
  loading?: boolean;
}

/**
 * One-file drop zone: drop, click, or focus it and press Enter/Space to open the file dialog. Wrong type
 * or size is announced in words (not colour only) before anything is sent.
 */
export function FileDropZone({ accept, maxSize, onFile, label, disabled, loading }: FileDropZoneProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const hintId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const size = format.bytes(maxSize);
  const types = [...new Set(Object.values(accept).flat())].join(', ');

  function handleReject(rejections: FileRejection[]) {
    const code = rejections[0]?.errors[0]?.code;
    setChosen(null);
    setProblem(
      code === 'file-too-large' ? t('common.dropzone.too_large', { size }) : t('common.dropzone.wrong_type'),
    );
  }

  return (
    <Stack gap={4}>
      <Dropzone
        onDrop={(files) => {
          const file = files[0];
          if (!file) return;
          setProblem(null);
          setChosen(file.name);
          onFile(file);
        }}
        onReject={handleReject}
        accept={accept}
        maxSize={maxSize}
        multiple={false}
        disabled={disabled}
        loading={loading}
        activateOnKeyboard
        // display:none keeps the file input out of the accessibility tree (axe nested-interactive); the
        // dialog still opens through it and tests can still set files on it.
        inputProps={{ style: { display: 'none' } }}
        role="button"
        aria-label={label ?? t('common.dropzone.label')}
        aria-describedby={hintId}
        aria-disabled={disabled}
        data-testid="file-drop-zone"
      >
        <Stack align="center" gap={4} py="lg" style={{ pointerEvents: 'none' }}>
          <Text fw={600}>{label ?? t('common.dropzone.label')}</Text>
          <Text size="sm" c="dimmed" id={hintId}>
            {t('common.dropzone.accepts', { types, size })}
          </Text>
        </Stack>
      </Dropzone>
      <div aria-live="polite">
        {chosen ? <Text size="sm">{t('common.dropzone.chosen', { name: chosen })}</Text> : null}
        {problem ? (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        ) : null}
      </div>
    </Stack>
  );
}
