import { Alert, Anchor, Loader } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { PublicLayout } from './PublicLayout.tsx';

/** Confirms an e-mail address from the mailed link (`/verify-email?token=…`). */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const started = useRef(false);
  const verify = useMutation({
    mutationFn: (value: string) =>
      api('/v1/authmanager/email/verify', {
        method: 'POST',
        body: { token: value },
        allowUnauthorized: true,
      }),
  });
  const { mutate } = verify;

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    mutate(token);
  }, [token, mutate]);

  return (
    <PublicLayout title={t('auth.verify.title')}>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t('auth.verify.missing_token')}
        </Alert>
      ) : verify.isSuccess ? (
        <Alert color="green" variant="light" role="status" data-testid="verify-done">
          {t('auth.verify.done')}
        </Alert>
      ) : verify.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(verify.error, t)}
        </Alert>
      ) : (
        <div role="status">
          <Loader size="sm" aria-hidden /> {t('auth.verify.working')}
        </div>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('auth.forgot.back_to_login')}
      </Anchor>
    </PublicLayout>
  );
}
