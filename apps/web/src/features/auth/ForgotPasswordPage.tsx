import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { limits } from '@pms/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { PublicLayout } from './PublicLayout.tsx';

const schema = z.object({ userName: z.string().trim().min(1).max(limits.email) });

/** Asks for a reset link; the answer is the same whether the account exists or not. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(schema, { userName: '' });

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await api('/v1/authmanager/password/forgot', {
        method: 'POST',
        body: { userName: values.userName },
        allowUnauthorized: true,
      });
      setSent(true);
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });

  return (
    <PublicLayout title={t('auth.forgot.title')}>
      {sent ? (
        <Alert color="green" variant="light" role="status" data-testid="forgot-sent">
          {t('auth.forgot.sent')}
        </Alert>
      ) : (
        <>
          <Text c="dimmed" size="sm">
            {t('auth.forgot.intro')}
          </Text>
          <FormErrors messages={problems} />
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <FormTextInput
                form={form}
                name="userName"
                label={t('auth.forgot.identifier')}
                autoComplete="username"
                required
              />
              <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
                {t('auth.forgot.submit')}
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
