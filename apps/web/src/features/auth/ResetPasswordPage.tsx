import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { limits } from '@pms/contracts';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { applyServerErrors, FormErrors, FormPasswordInput, useZodForm } from '../../components/ui/form.tsx';
import { PublicLayout } from './PublicLayout.tsx';

const schema = z
  .object({
    newPassword: z.string().min(limits.passwordMin).max(limits.passwordMax),
    confirmPassword: z.string().max(limits.passwordMax),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    error: () => i18next.t('auth.reset.mismatch'),
  });

/** Sets a new password from the mailed link (`/reset-password?token=…`). */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [done, setDone] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(schema, { newPassword: '', confirmPassword: '' });

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await api('/v1/authmanager/password/reset', {
        method: 'POST',
        body: { token, newPassword: values.newPassword },
        allowUnauthorized: true,
      });
      setDone(true);
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });

  return (
    <PublicLayout title={t('auth.reset.title')}>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t('auth.reset.missing_token')}
        </Alert>
      ) : done ? (
        <Alert color="green" variant="light" role="status" data-testid="reset-done">
          {t('auth.reset.done')}
        </Alert>
      ) : (
        <>
          <FormErrors messages={problems} />
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <FormPasswordInput
                form={form}
                name="newPassword"
                label={t('auth.reset.new_password')}
                description={t('auth.reset.rule', { min: limits.passwordMin })}
                autoComplete="new-password"
                required
              />
              <FormPasswordInput
                form={form}
                name="confirmPassword"
                label={t('auth.reset.confirm_password')}
                autoComplete="new-password"
                required
              />
              <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
                {t('auth.reset.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('auth.forgot.back_to_login')}
      </Anchor>
    </PublicLayout>
  );
}
