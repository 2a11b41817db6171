import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { type PolicyGroupWithPolicies, policyGroupCreateRequestSchema, policyLimits } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { policyGroupQuery, useCreatePolicyGroup, useUpdatePolicyGroup } from './policy-groups.queries.ts';
import { toPolicyGroup, toPolicyGroups } from './routes.ts';

/** MOSIP trims and collapses runs of spaces in names and descriptions. */
const tidy = (value: string) => value.trim().replace(/\s+/g, ' ');

function GroupForm({ existing }: { existing?: PolicyGroupWithPolicies }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useCreatePolicyGroup();
  const update = useUpdatePolicyGroup(existing?.policyGroup.id ?? '');
  const form = useZodForm(policyGroupCreateRequestSchema, {
    name: existing?.policyGroup.name ?? '',
    desc: existing?.policyGroup.desc ?? '',
  });
  const descError = form.formState.errors.desc?.message;
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    const body = { name: tidy(values.name), desc: tidy(values.desc) };
    try {
      if (existing) {
        await update.mutateAsync(body);
        notifySuccess(t('policies.groups.updated', { name: body.name }));
        navigate(toPolicyGroup(existing.policyGroup.id));
      } else {
        const created = await create.mutateAsync(body);
        notifySuccess(t('policies.groups.created', { name: created.name }));
        navigate(toPolicyGroup(created.id));
      }
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  const cancelTo = existing ? toPolicyGroup(existing.policyGroup.id) : toPolicyGroups();
  return (
    <Card withBorder padding="lg" radius="md" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('common.form.required_hint')}
          </Text>
          <FormErrors messages={problems} />
          <FormTextInput
            form={form}
            name="name"
            label={t('policies.groups.name')}
            description={t('policies.limit_hint', { max: policyLimits.name })}
            maxLength={policyLimits.name}
            required
            dir="auto"
          />
          <Textarea
            label={t('policies.groups.description')}
            description={t('policies.limit_hint', { max: policyLimits.description })}
            maxLength={policyLimits.description}
            autosize
            minRows={3}
            required
            dir="auto"
            error={descError}
            {...form.register('desc')}
          />
          <Group>
            <Button
              type="submit"
              loading={form.formState.isSubmitting}
              disabled={existing && !form.formState.isDirty}
            >
              {existing ? t('policies.groups.save') : t('policies.groups.create')}
            </Button>
            <Button component={Link} to={cancelTo} variant="default">
              {t('common.actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Create (`/policy-groups/new`) or edit (`/policy-groups/:id/edit`) a policy group. */
export default function PolicyGroupFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const group = useQuery({ ...policyGroupQuery(id ?? ''), enabled: !!id });
  if (!id) {
    return (
      <>
        <PageHeader title={t('policies.groups.create_title')} intro={t('policies.groups.create_intro')} />
        <GroupForm />
      </>
    );
  }
  if (group.isPending) return <PageLoader />;
  if (group.isError) {
    return (
      <>
        <PageHeader title={t('policies.groups.edit_title')} />
        <Text role="alert">{errorText(group.error, t)}</Text>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('policies.groups.edit_title')} />
      <GroupForm existing={group.data} />
    </>
  );
}
