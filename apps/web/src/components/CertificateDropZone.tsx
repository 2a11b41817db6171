import { Alert } from '@mantine/core';
import { certificateLimits } from '@pms/contracts';
import { FileDropZone } from './ui/FileDropZone.tsx';

/**
 * The drop zone of a certificate upload (a partner certificate, a CA bundle) with the alert that says why
 * the chosen file could not be read; the caller reads the file and keeps the problem text.
 */
export function CertificateDropZone({
  accept,
  label,
  loading,
  problem,
  onFile,
}: {
  /** MIME types and file endings the zone takes. */
  accept: Record<string, string[]>;
  label: string;
  loading: boolean;
  /** Why the last file could not be read, or null. */
  problem: string | null;
  onFile: (file: File) => Promise<void>;
}) {
  return (
    <>
      <FileDropZone
        accept={accept}
        maxSize={certificateLimits.certificateData}
        onFile={(file) => void onFile(file)}
        label={label}
        loading={loading}
      />
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      ) : null}
    </>
  );
}
