import { Button, Card, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { limits, type Profile, updateProfileRequestSchema } from '@pms/contracts';
import { type Language, languages } from '@pms/phrases';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { saveLanguage, sessionKey, updateMe } from '../../api/session.ts';
import { useCurrentUser } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import {
  applyServerErrors,
  FormErrors,
  FormPasswordInput,
  FormTextInput,
  useZodForm,
} from '../../components/ui/form.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { changeLanguage, currentLanguage, supportedLanguages } from '../../i18n/i18n.ts';
import { changePassword, profileKeys, profileQuery } from './profile.queries.ts';

const detailsSchema = updateProfileRequestSchema.pick({ firstName: true, lastName: true, phone: true });

function DetailsForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(detailsSchema, {
    firstName: profile.firstName ?? '',
    lastName: profile.lastName ?? '',
    phone: profile.phone ?? '',
  });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const saved = await updateMe({
        firstName: values.firstName || null,
        lastName: values.lastName || null,
        phone: values.phone || null,
      });
      client.setQueryData(profileKeys.me, saved as Profile);
      await client.invalidateQueries({ queryKey: sessionKey });
      form.reset(values);
      notifySuccess(t('profile.details_saved'));
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-details">
      <Stack gap="sm">
        <FormErrors messages={problems} />
        <FormTextInput
          form={form}
          name="firstName"
          label={t('profile.first_name')}
          autoComplete="given-name"
        />
        <FormTextInput
          form={form}
          name="lastName"
          label={t('profile.last_name')}
          autoComplete="family-name"
        />
        <FormTextInput form={form} name="phone" label={t('profile.phone')} autoComplete="tel" />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
            {t('profile.save_details')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const passwordFormSchema = z
  .object({
    currentPassword: z.string().min(1).max(limits.passwordMax),
    newPassword: z.string().min(limits.passwordMin).max(limits.passwordMax),
    confirmPassword: z.string().max(limits.passwordMax),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    error: () => i18next.t('profile.password_mismatch'),
  });

function PasswordForm({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(passwordFormSchema, { currentPassword: '', newPassword: '', confirmPassword: '' });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.reset();
      notifySuccess(t('profile.password_changed'));
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-password">
      <input type="text" name="username" autoComplete="username" value={userName} readOnly hidden />
      <Stack gap="sm">
        <FormErrors messages={problems} />
        <FormPasswordInput
          form={form}
          name="currentPassword"
          label={t('profile.current_password')}
          autoComplete="current-password"
          required
        />
        <FormPasswordInput
          form={form}
          name="newPassword"
          label={t('profile.new_password')}
          description={t('profile.password_rule', { min: limits.passwordMin })}
          autoComplete="new-password"
          required
        />
        <FormPasswordInput
          form={form}
          name="confirmPassword"
          label={t('profile.confirm_password')}
          autoComplete="new-password"
          required
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('profile.change_password')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LanguageChoice() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [value, setValue] = useState<Language>(currentLanguage());
  async function choose(next: Language) {
    setValue(next);
    await changeLanguage(next);
    try {
      await saveLanguage(next);
      client.setQueryData(sessionKey, (old: unknown) =>
        old && typeof old === 'object' ? { ...old, langCode: next } : old,
      );
      await client.invalidateQueries({ queryKey: profileKeys.me });
      notifySuccess(t('profile.language_saved'));
    } catch (error) {
      notifyError(error, t);
    }
  }
  return (
    <Radio.Group
      value={value}
      onChange={(v) => void choose(v as Language)}
      label={t('profile.language_title')}
      description={t('profile.language_hint')}
    >
      <Group mt="xs">
        {supportedLanguages.map((l) => (
          <Radio key={l} value={l} label={languages[l].label} lang={languages[l].tag} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** The signed-in user's details, language and password. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const format = useFormat();
  const profile = useQuery(profileQuery);
  const facts: [string, string][] = [
    [t('profile.username'), user.userId],
    [t('profile.email'), user.mail],
    [t('profile.organisation'), user.organizationName ?? '—'],
    [t('profile.roles'), format.list(user.roles.map((r) => t(`shell.roles.${r}`)))],
    [t('profile.session_until'), format.dateTime(user.sessionExpiresAt)],
  ];
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" radius="md">
          <Title order={2} size="h4" mb="sm" id="profile-details">
            {t('profile.details')}
          </Title>
          <Stack gap={6} mb="md" component="dl" style={{ margin: 0 }}>
            {facts.map(([label, value]) => (
              <div key={label}>
                <Text component="dt" size="xs" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" m={0}>
                  {value}
                </Text>
              </div>
            ))}
          </Stack>
          {profile.data ? <DetailsForm profile={profile.data} /> : <PageLoader />}
        </Card>
        <Stack gap="lg">
          <Card withBorder padding="lg" radius="md">
            <LanguageChoice />
          </Card>
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h4" mb="sm" id="profile-password">
              {t('profile.password_title')}
            </Title>
            <PasswordForm userName={user.userId} />
          </Card>
        </Stack>
      </SimpleGrid>
    </>
  );
}
