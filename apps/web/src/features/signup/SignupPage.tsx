import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Progress,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { limits, partnerLimits, partnerSignupSchema } from '@pms/contracts';
import { languages } from '@pms/phrases';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { errorText } from '../../api/error-text.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import {
  applyServerErrors,
  FormErrors,
  FormPasswordInput,
  FormTextInput,
  useZodForm,
} from '../../components/ui/form.tsx';
import { currentLanguage, supportedLanguages } from '../../i18n/i18n.ts';
import { PublicLayout } from '../auth/PublicLayout.tsx';
import { partnerTypeText } from './partner-type-text.ts';
import { passwordStrength, strengthColour, strengthValue } from './password-strength.ts';
import {
  type SignupChallenge,
  type SignupOptions,
  type SignupResult,
  signupChallengeQuery,
  signupKeys,
  signupOptionsQuery,
  useSignup,
} from './signup.queries.ts';

const formSchema = partnerSignupSchema.omit({ challenge: true, website: true }).extend({
  password: z.string().min(limits.passwordMin).max(limits.passwordMax),
  passwordConfirm: z.string().min(1).max(limits.passwordMax),
  policyGroup: z.string().max(partnerLimits.policyGroup),
  langCode: z.string().max(8),
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Public partner sign-up: first the partner type (cards), then the fields that type needs, then a page
 * that asks the new partner to confirm the e-mail address. The bot check (signed challenge, minimum fill
 * time, honeypot) is invisible: a fast submit simply waits until the challenge is old enough.
 */
export default function SignupPage() {
  const { t } = useTranslation();
  const options = useQuery(signupOptionsQuery);
  const [type, setType] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<{ result: SignupResult; email: string } | null>(null);

  if (done)
    return (
      <PublicLayout title={t('signup.done_title')}>
        <Alert color="green" variant="light" role="status" data-testid="signup-done">
          <Stack gap="xs">
            <Text>{t('signup.done_text', { email: done.email, userName: done.result.userName })}</Text>
            <Text size="sm">{t('signup.done_partner', { partnerId: done.result.partnerId })}</Text>
          </Stack>
        </Alert>
        <Anchor component={Link} to="/login" size="sm">
          {t('signup.sign_in')}
        </Anchor>
      </PublicLayout>
    );

  if (options.isPending) return <PageLoader />;
  if (options.isError)
    return (
      <PublicLayout title={t('signup.title')}>
        <Alert color="red" variant="light" role="alert" title={t('signup.load_error')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorText(options.error, t)}</Text>
            <Button size="xs" variant="default" onClick={() => void options.refetch()}>
              {t('common.actions.retry')}
            </Button>
          </Stack>
        </Alert>
      </PublicLayout>
    );

  const chosenType = options.data.partnerTypes.find((p) => p.code === chosen);
  return (
    <PublicLayout title={t('signup.title')} width={chosenType ? 720 : 880}>
      <Text c="dimmed" size="sm">
        {t('signup.intro')}
      </Text>
      {chosenType ? (
        <SignupForm
          partnerType={chosenType}
          options={options.data}
          onBack={() => setChosen(null)}
          onDone={(result, email) => setDone({ result, email })}
        />
      ) : (
        <TypeStep options={options.data} value={type} onChange={setType} onNext={() => setChosen(type)} />
      )}
      <Text size="sm">
        {t('signup.have_account')}{' '}
        <Anchor component={Link} to="/login" size="sm">
          {t('signup.sign_in')}
        </Anchor>
      </Text>
    </PublicLayout>
  );
}

function TypeStep({
  options,
  value,
  onChange,
  onNext,
}: {
  options: SignupOptions;
  value: string | null;
  onChange: (code: string) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        value={value}
        onChange={onChange}
        label={
          <Title order={2} size="h4">
            {t('signup.step_type')}
          </Title>
        }
        description={t('signup.step_type_intro')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" mt="sm">
          {options.partnerTypes.map((p) => {
            const text = partnerTypeText(t, p.code);
            return (
              <Radio.Card key={p.code} value={p.code} radius="md" p="md" data-testid={`type-${p.code}`}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={4}>
                    <Text fw={700}>{text.title}</Text>
                    <Text size="sm" c="dimmed">
                      {text.description}
                    </Text>
                    <Text size="xs" fw={600}>
                      {p.isPolicyRequired ? t('signup.needs_policy') : t('signup.no_policy')}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
      <Group justify="flex-end">
        <Button onClick={onNext} disabled={!value}>
          {t('signup.next')}
        </Button>
      </Group>
    </Stack>
  );
}

function SignupForm({
  partnerType,
  options,
  onBack,
  onDone,
}: {
  partnerType: SignupOptions['partnerTypes'][number];
  options: SignupOptions;
  onBack: () => void;
  onDone: (result: SignupResult, email: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const challenge = useQuery(signupChallengeQuery);
  const received = useRef<{ data: SignupChallenge; at: number } | null>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const signup = useSignup();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(formSchema, {
    userName: '',
    password: '',
    passwordConfirm: '',
    firstName: '',
    lastName: '',
    partnerId: '',
    organizationName: '',
    address: '',
    contactNumber: '',
    emailId: '',
    partnerType: partnerType.code,
    policyGroup: '',
    langCode: currentLanguage(),
  });

  useEffect(() => {
    if (challenge.data && received.current?.data !== challenge.data)
      received.current = { data: challenge.data, at: Date.now() };
  }, [challenge.data]);

  // The partner ID follows the username until the user edits it (MOSIP uses the username as partner ID).
  const userName = form.watch('userName');
  useEffect(() => {
    if (!form.getFieldState('partnerId').isDirty) form.setValue('partnerId', userName ?? '');
  }, [userName, form]);

  const password = form.watch('password') ?? '';
  const strength = passwordStrength(password, limits.passwordMin);
  const groupName = form.watch('policyGroup');
  const group = options.policyGroups.find((g) => g.name === groupName);

  /** A challenge old enough (waits the rest of the minimum fill time) and not expired. */
  async function usableChallenge(): Promise<string> {
    let current = received.current;
    const expired =
      current &&
      Date.now() - current.at >
        Date.parse(current.data.expiresAt) - Date.parse(current.data.issuedAt) - 60_000;
    if (!current || expired) {
      const data = await client.fetchQuery({ ...signupChallengeQuery, staleTime: 0 });
      current = { data, at: Date.now() };
      received.current = current;
    }
    const ready = current.at + current.data.minFillSeconds * 1000 + 300;
    if (Date.now() < ready) await wait(ready - Date.now());
    return current.data.challenge;
  }

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    if (values.password !== values.passwordConfirm) {
      form.setError(
        'passwordConfirm',
        { type: 'server', message: t('signup.passwords_differ') },
        { shouldFocus: true },
      );
      return;
    }
    if (partnerType.isPolicyRequired && !values.policyGroup) {
      form.setError(
        'policyGroup',
        { type: 'required', message: t('signup.required') },
        { shouldFocus: true },
      );
      return;
    }
    try {
      const token = await usableChallenge();
      const result = await signup.mutateAsync({
        userName: values.userName,
        password: values.password,
        firstName: values.firstName,
        lastName: values.lastName,
        partnerId: values.partnerId,
        organizationName: values.organizationName,
        address: values.address,
        contactNumber: values.contactNumber,
        emailId: values.emailId,
        partnerType: partnerType.code,
        policyGroup: partnerType.isPolicyRequired ? values.policyGroup : null,
        langCode: values.langCode,
        challenge: token,
        website: honeypot.current?.value ?? '',
      });
      onDone(result, values.emailId);
    } catch (error) {
      // A challenge is single-use: take a fresh one for the next try.
      received.current = null;
      void client.invalidateQueries({ queryKey: signupKeys.challenge() });
      setProblems(applyServerErrors(form, error, t));
    }
  });

  const typeText = partnerTypeText(t, partnerType.code);

  return (
    <form onSubmit={submit} noValidate aria-label={t('signup.step_details')}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} data-testid="chosen-type">
            {t('signup.chosen_type', { type: typeText.title })}
          </Text>
          <Button variant="subtle" size="xs" onClick={onBack}>
            {t('signup.change_type')}
          </Button>
        </Group>
        <FormErrors messages={problems} title={t('signup.failed')} />

        <Title order={2} size="h4">
          {t('signup.sections.organisation')}
        </Title>
        <FormTextInput
          form={form}
          name="organizationName"
          label={t('signup.fields.organization')}
          autoComplete="organization"
          required
        />
        <Textarea
          label={t('signup.fields.address')}
          autoComplete="street-address"
          required
          autosize
          minRows={2}
          error={form.formState.errors.address?.message}
          {...form.register('address')}
        />
        {partnerType.isPolicyRequired ? (
          options.policyGroups.length === 0 ? (
            <Alert color="yellow" variant="light" role="status">
              {t('signup.fields.policy_group_none')}
            </Alert>
          ) : (
            <Controller
              control={form.control}
              name="policyGroup"
              render={({ field, fieldState }) => (
                <Select
                  label={t('signup.fields.policy_group')}
                  description={t('signup.fields.policy_group_hint')}
                  required
                  searchable
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  data={options.policyGroups.map((g) => ({ value: g.name, label: g.name }))}
                  renderOption={({ option }) => (
                    <Stack gap={0}>
                      <Text size="sm">{option.label}</Text>
                      <Text size="xs" c="dimmed">
                        {options.policyGroups.find((g) => g.name === option.value)?.description}
                      </Text>
                    </Stack>
                  )}
                />
              )}
            />
          )
        ) : null}
        {group ? (
          <Text size="sm" c="dimmed" data-testid="policy-group-description">
            {group.description}
          </Text>
        ) : null}

        <Title order={2} size="h4">
          {t('signup.sections.contact')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <FormTextInput
            form={form}
            name="firstName"
            label={t('signup.fields.first_name')}
            autoComplete="given-name"
            required
          />
          <FormTextInput
            form={form}
            name="lastName"
            label={t('signup.fields.last_name')}
            autoComplete="family-name"
            required
          />
          <FormTextInput
            form={form}
            name="emailId"
            type="email"
            label={t('signup.fields.email')}
            autoComplete="email"
            required
          />
          <FormTextInput
            form={form}
            name="contactNumber"
            type="tel"
            label={t('signup.fields.phone')}
            description={t('signup.fields.phone_hint', { max: partnerLimits.contactNumber })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="tel"
            required
          />
          <NativeSelect
            label={t('signup.fields.language')}
            data={supportedLanguages.map((l) => ({ value: l, label: languages[l].label }))}
            {...form.register('langCode')}
          />
        </SimpleGrid>

        <Title order={2} size="h4">
          {t('signup.sections.account')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <FormTextInput
            form={form}
            name="userName"
            label={t('signup.fields.username')}
            description={t('signup.fields.username_hint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="username"
            required
          />
          <FormTextInput
            form={form}
            name="partnerId"
            label={t('signup.fields.partner_id')}
            description={t('signup.fields.partner_id_hint', { max: partnerLimits.partnerId })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
          />
          <div>
            <FormPasswordInput
              form={form}
              name="password"
              label={t('signup.fields.password')}
              description={t('signup.strength.hint', { min: limits.passwordMin })}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              autoComplete="new-password"
              required
            />
            {password ? (
              <Stack gap={4} mt={6}>
                <Progress
                  value={strengthValue[strength]}
                  color={strengthColour[strength]}
                  size="sm"
                  aria-hidden
                />
                <Text size="xs" aria-live="polite" data-testid="password-strength">
                  {t('signup.strength.label', { level: t(`signup.strength.${strength}`) })}
                </Text>
              </Stack>
            ) : null}
          </div>
          <FormPasswordInput
            form={form}
            name="passwordConfirm"
            label={t('signup.fields.password_confirm')}
            autoComplete="new-password"
            required
          />
        </SimpleGrid>

        <div className="pms-visually-hidden" aria-hidden="true">
          <label htmlFor="signup-website">{t('signup.fields.website')}</label>
          <input
            id="signup-website"
            ref={honeypot}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
          />
        </div>

        <Button type="submit" loading={form.formState.isSubmitting} disabled={challenge.isError}>
          {t('signup.submit')}
        </Button>
        {challenge.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(challenge.error, t)}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
