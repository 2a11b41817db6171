import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { partnerLimits, policyMapRequestSchema } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { applyServerErrors, FormErrors, useZodForm } from '../../components/ui/form.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { Field } from '../partner-profile/Field.tsx';
import {
  ownPartnersQuery,
  type PartnerDetails,
  partnerDetailsQuery,
} from '../partner-profile/partner-profile.queries.ts';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import { activePoliciesQuery, policyFitsPartnerType, useRequestPolicy } from './policy-requests.queries.ts';
import { toMyPolicies, toMyPolicy } from './routes.ts';

/** A partner asks for one of the published policies of its group that fits its type, saying why. */
export default function RequestPolicyPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const own = useQuery(ownPartnersQuery);
  const candidates = (own.data ?? []).filter((p) => p.approvalStatus === 'approved');
  const partnerId =
    candidates.find((p) => p.partnerId === search.get('partnerId'))?.partnerId ?? candidates[0]?.partnerId;
  const details = useQuery({ ...partnerDetailsQuery(partnerId ?? ''), enabled: !!partnerId });

  let body: ReactNode;
  if (own.isPending || (partnerId && details.isPending)) body = <PageLoader />;
  else if (own.isError || details.isError)
    body = (
      <Alert color="red" variant="light" role="alert">
        {errorText(own.error ?? details.error, t)}
      </Alert>
    );
  else if (!details.data?.isActive || !details.data.policyGroup)
    body = (
      <Alert color="yellow" variant="light" role="status">
        {t('policy_requests.request.partner_none')}
      </Alert>
    );
  else body = <RequestForm key={details.data.partnerID} partner={details.data} />;

  return (
    <>
      <PageHeader title={t('policy_requests.request.title')} intro={t('policy_requests.request.intro')} />
      <Stack gap="lg" maw={720}>
        {candidates.length > 1 && partnerId ? (
          <NativeSelect
            label={t('policy_requests.request.partner')}
            value={partnerId}
            onChange={(e) => setSearch({ partnerId: e.currentTarget.value }, { replace: true })}
            data={candidates.map((p) => p.partnerId)}
          />
        ) : null}
        {body}
        <div>
          <Button component={Link} to={toMyPolicies()} variant="subtle">
            {t('policy_requests.request.back')}
          </Button>
        </div>
      </Stack>
    </>
  );
}

function RequestForm({ partner }: { partner: PartnerDetails }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const group = partner.policyGroup ?? '';
  const policies = useQuery(activePoliciesQuery(group));
  const request = useRequestPolicy();
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(policyMapRequestSchema, { policyName: '', useCaseDescription: '' });
  const fitting = (policies.data ?? []).filter((p) =>
    policyFitsPartnerType(p.policyType, partner.partnerType),
  );
  const chosen = fitting.find((p) => p.name === form.watch('policyName'));

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const answer = await request.mutateAsync({ partnerId: partner.partnerID, ...values });
      notifySuccess(t('policy_requests.request.submitted', { policy: values.policyName }));
      const policy = fitting.find((p) => p.name === values.policyName);
      navigate(
        policy
          ? toMyPolicy({ id: answer.mappingkey, partnerId: partner.partnerID, policyId: policy.id })
          : toMyPolicies(),
      );
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });

  return (
    <Card withBorder padding="lg" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrors messages={problems} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <Field label={t('policy_requests.request.partner')}>{partner.partnerID}</Field>
            <Field label={t('policy_requests.request.partner_type')}>
              {partnerTypeText(t, partner.partnerType).title}
            </Field>
            <Field label={t('policy_requests.request.policy_group')}>{group}</Field>
          </SimpleGrid>
          {policies.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(policies.error, t)}
            </Alert>
          ) : null}
          {policies.isSuccess && fitting.length === 0 ? (
            <Alert color="yellow" variant="light" role="status">
              {t('policy_requests.request.policy_none')}
            </Alert>
          ) : (
            <Controller
              control={form.control}
              name="policyName"
              render={({ field, fieldState }) => (
                <Select
                  label={t('policy_requests.request.policy')}
                  placeholder={t('policy_requests.request.policy_placeholder')}
                  required
                  searchable
                  disabled={policies.isPending}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  data={fitting.map((p) => ({ value: p.name, label: p.name }))}
                  renderOption={({ option }) => (
                    <Stack gap={0}>
                      <Text size="sm">{option.label}</Text>
                      <Text size="xs" c="dimmed">
                        {fitting.find((p) => p.name === option.value)?.descr}
                      </Text>
                    </Stack>
                  )}
                />
              )}
            />
          )}
          {chosen ? (
            <Text size="sm" c="dimmed" data-testid="policy-description">
              {chosen.descr}
            </Text>
          ) : null}
          <Textarea
            label={t('policy_requests.request.use_case')}
            description={t('policy_requests.request.use_case_hint', {
              max: partnerLimits.useCaseDescription,
            })}
            required
            autosize
            minRows={3}
            maxLength={partnerLimits.useCaseDescription}
            error={form.formState.errors.useCaseDescription?.message}
            {...form.register('useCaseDescription')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={request.isPending} disabled={fitting.length === 0}>
              {t('policy_requests.request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
