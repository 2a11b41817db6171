import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { allRoles, createUserRequestSchema, type LanguageCode, roleSchema } from '@pms/contracts';
import { languages } from '@pms/phrases';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { PageHeader } from '../../components/PageHeader.tsx';
import {
  applyServerErrors,
  FormErrors,
  FormPasswordInput,
  FormTextInput,
  useZodForm,
} from '../../components/ui/form.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';
import { toUser, toUsers } from './routes.ts';
import { useCreateUser } from './users.queries.ts';

/** The contract's create body with a list of roles instead of one; an empty password means "mail a link". */
const formSchema = createUserRequestSchema.omit({ role: true, userPassword: true }).extend({
  roles: z.array(roleSchema).min(1),
  userPassword: z.string().max(128),
});

/** Admin creates a person's account: details, roles, language, optional initial password. */
export default function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(formSchema, {
    userName: '',
    emailID: '',
    firstName: '',
    lastName: '',
    contactNo: '',
    organizationName: '',
    roles: [],
    userPassword: '',
    langCode: currentLanguage(),
  });

  const submit = form.handleSubmit(async ({ roles, userPassword, ...rest }) => {
    setProblems([]);
    const [first, ...others] = roles;
    if (!first) return;
    try {
      const { user } = await create.mutateAsync({
        request: {
          ...rest,
          contactNo: rest.contactNo || undefined,
          firstName: rest.firstName || undefined,
          lastName: rest.lastName || undefined,
          organizationName: rest.organizationName || undefined,
          role: first,
          additionalRoles: others.length ? others : undefined,
          userPassword: userPassword || undefined,
        },
      });
      notifySuccess(t('users.create.created', { name: user.userName }));
      navigate(toUser(user.id));
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });

  const rolesError = form.formState.errors.roles ? t('users.create.roles_required') : undefined;

  return (
    <>
      <PageHeader title={t('users.create.title')} intro={t('users.create.intro')} />
      <Card withBorder padding="lg" radius="md" maw={900}>
        <form onSubmit={submit} noValidate aria-label={t('users.create.title')}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('common.form.required_hint')}
            </Text>
            <FormErrors messages={problems} title={t('users.create.failed')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FormTextInput
                form={form}
                name="userName"
                label={t('users.create.user_name')}
                description={t('users.create.user_name_hint')}
                autoComplete="off"
                required
              />
              <FormTextInput
                form={form}
                name="emailID"
                label={t('users.create.email')}
                type="email"
                autoComplete="off"
                required
              />
              <FormTextInput form={form} name="firstName" label={t('users.create.first_name')} />
              <FormTextInput form={form} name="lastName" label={t('users.create.last_name')} />
              <FormTextInput form={form} name="organizationName" label={t('users.create.organisation')} />
              <FormTextInput form={form} name="contactNo" label={t('users.create.phone')} type="tel" />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="roles"
              render={({ field }) => (
                <RoleCheckboxes
                  roles={allRoles}
                  value={field.value ?? []}
                  onChange={(roles) => field.onChange(roles)}
                  label={t('users.create.roles')}
                  description={t('users.create.roles_hint')}
                  error={rolesError}
                  required
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="langCode"
                render={({ field }) => (
                  <NativeSelect
                    label={t('users.create.language')}
                    value={field.value ?? 'eng'}
                    onChange={(e) => field.onChange(e.currentTarget.value as LanguageCode)}
                    data={Object.entries(languages).map(([code, l]) => ({ value: code, label: l.label }))}
                  />
                )}
              />
              <FormPasswordInput
                form={form}
                name="userPassword"
                label={t('users.create.password')}
                description={t('users.create.password_hint')}
                autoComplete="new-password"
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button component={Link} to={toUsers()} variant="default">
                {t('common.actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('users.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
