import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { languageFromTag, validationIssueText } from '@pms/phrases';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { sessionQuery, signIn } from '../../api/session.ts';
import { safeNext, useSession } from '../../app/session.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import {
  applyServerErrors,
  FormErrors,
  FormPasswordInput,
  FormTextInput,
} from '../../components/ui/form-fields.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { toForgotPassword } from './routes.ts';

/**
 * Sign-in; afterwards back to `next` (a deep link that needed the session) or the dashboard. Validated with
 * plain react-hook-form rules (only "required"; the API checks the rest) so that the first page loaded
 * carries no schema library.
 */
export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { user, isPending } = useSession();
  const next = safeNext(search.get('next'));
  const reason = search.get('reason');
  const [problems, setProblems] = useState<string[]>([]);
  const form = useForm({ defaultValues: { userName: '', password: '' }, mode: 'onTouched' });
  const required = {
    required: validationIssueText({ keyword: 'required' }, languageFromTag(i18n.language)),
  };

  if (isPending) return <PageLoader />;
  if (user) return <Navigate to={next} replace />;

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await signIn(values.userName, values.password);
      await client.fetchQuery({ ...sessionQuery, staleTime: 0 });
      navigate(next, { replace: true });
    } catch (error) {
      form.setValue('password', '');
      setProblems(applyServerErrors(form, error, t));
    }
  });

  return (
    <PublicLayout title={t('auth.login.title')}>
      <Text c="dimmed" size="sm">
        {t('auth.login.intro')}
      </Text>
      {reason === 'expired' || reason === 'idle' ? (
        <Alert color="yellow" variant="light" role="status">
          {t('auth.login.session_ended')}
        </Alert>
      ) : null}
      {reason === 'signed_out' ? (
        <Alert color="blue" variant="light" role="status">
          {t('shell.signed_out')}
        </Alert>
      ) : null}
      <FormErrors messages={problems} title={t('auth.login.failed')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormTextInput
            form={form}
            name="userName"
            label={t('auth.login.username')}
            autoComplete="username"
            required
          />
          <FormPasswordInput
            form={form}
            name="password"
            rules={required}
            label={t('auth.login.password')}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={toForgotPassword()} size="sm">
        {t('auth.login.forgot')}
      </Anchor>
      <Anchor component={Link} to="/signup" size="sm">
        {t('signup.link_from_login')}
      </Anchor>
    </PublicLayout>
  );
}
