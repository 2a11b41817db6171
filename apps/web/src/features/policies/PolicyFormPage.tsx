import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import {
  type PolicyResponse,
  type PolicyType,
  policyCreateRequestSchema,
  policyLimits,
  policyTypes,
  policyUpdateRequestSchema,
} from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { activePolicyGroupsQuery } from '../policy-groups/policy-groups.queries.ts';
import { PolicyDocumentField } from './PolicyDocumentField.tsx';
import { policyQuery, useCreatePolicy, useUpdatePolicy } from './policies.queries.ts';
import {
  type DocumentProblem,
  formatDocument,
  parseDocumentText,
  splitDocumentErrors,
  starterDocument,
} from './policy-document.ts';
import { toPolicies, toPolicy } from './routes.ts';

const createFields = policyCreateRequestSchema.omit({ policies: true });
const updateFields = policyUpdateRequestSchema.omit({ policies: true });
const tidy = (value: string) => value.trim().replace(/\s+/g, ' ');
const isPolicyType = (value: string | null): value is PolicyType =>
  value !== null && (policyTypes as readonly string[]).includes(value);

function useDocumentText(initial: string) {
  const [text, setText] = useState(initial);
  const [serverProblems, setServerProblems] = useState<DocumentProblem[]>([]);
  return {
    text,
    serverProblems,
    setServerProblems,
    change(next: string) {
      setText(next);
      setServerProblems([]);
    },
  };
}

function DescriptionField({ error, register }: { error?: string; register: object }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('policies.fields.description')}
      description={t('policies.limit_hint', { max: policyLimits.description })}
      maxLength={policyLimits.description}
      autosize
      minRows={2}
      required
      dir="auto"
      mt="md"
      error={error}
      {...register}
    />
  );
}

/** Create a draft: blank, prefilled with a type/group, or cloned from another policy. */
function CreateForm({ source, group, type }: { source?: PolicyResponse; group?: string; type?: PolicyType }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groups = useQuery(activePolicyGroupsQuery());
  const create = useCreatePolicy();
  const [problems, setProblems] = useState<string[]>([]);
  const [documentError, setDocumentError] = useState(false);
  const targetGroup = group ?? source?.policyGroupName ?? '';
  const initialType: PolicyType = source?.policyType ?? type ?? 'Auth';
  const form = useZodForm(createFields, {
    policyType: initialType,
    policyGroupName: targetGroup,
    name: source
      ? source.policyGroupName.toLowerCase() === targetGroup.toLowerCase()
        ? t('policies.clone_name', { name: source.policyName })
        : source.policyName
      : '',
    desc: source?.policyDesc ?? '',
    version: source?.version ?? '1.0',
  });
  const doc = useDocumentText(formatDocument(source ? source.policies : starterDocument(initialType)));
  const [starter, setStarter] = useState<string | null>(source ? null : doc.text);
  const policyType = form.watch('policyType');
  const currentType: PolicyType = isPolicyType(policyType) ? policyType : 'Auth';

  function changeType(next: PolicyType) {
    form.setValue('policyType', next, { shouldDirty: true });
    // An untouched starter document follows the type; a document the user wrote stays.
    if (starter !== null && doc.text === starter) {
      const fresh = formatDocument(starterDocument(next));
      doc.change(fresh);
      setStarter(fresh);
    }
  }

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    const parsed = parseDocumentText(doc.text);
    setDocumentError(!parsed.ok);
    if (!parsed.ok) return;
    try {
      const created = await create.mutateAsync({
        ...values,
        name: tidy(values.name),
        desc: tidy(values.desc),
        policies: parsed.value,
      });
      notifySuccess(t('policies.saved_draft', { name: created.name }));
      navigate(toPolicy(created.id));
    } catch (error) {
      const split = splitDocumentErrors(error);
      doc.setServerProblems(split.document);
      setProblems(split.other ? applyServerErrors(form, split.other, t) : []);
      if (split.document.length > 0) setDocumentError(true);
    }
  });

  const groupOptions = (groups.data ?? []).map((g) => ({ value: g.name, label: g.name }));
  if (targetGroup && !groupOptions.some((g) => g.value === targetGroup)) {
    groupOptions.unshift({ value: targetGroup, label: targetGroup });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {source ? (
          <Alert color="blue" variant="light" data-testid="clone-notice">
            {t('policies.clone_notice', { name: source.policyName, group: targetGroup })}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('common.form.required_hint')}
        </Text>
        <FormErrors messages={problems} />
        {documentError && problems.length === 0 ? (
          <Alert color="red" variant="light">
            {t('policies.document.fix_before_save')}
          </Alert>
        ) : null}
        <Card withBorder padding="lg" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Select
              label={t('policies.fields.type')}
              data={policyTypes.map((value) => ({ value, label: t(`policies.types.${value}`) }))}
              value={currentType}
              onChange={(value) => isPolicyType(value) && changeType(value)}
              allowDeselect={false}
              required
              error={form.formState.errors.policyType?.message}
            />
            <Controller
              control={form.control}
              name="policyGroupName"
              render={({ field, fieldState }) => (
                <Select
                  label={t('policies.fields.group')}
                  description={t('policies.fields.group_hint')}
                  data={groupOptions}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  searchable
                  required
                  nothingFoundMessage={t('policies.no_active_groups')}
                  error={fieldState.error?.message}
                />
              )}
            />
            <FormTextInput
              form={form}
              name="name"
              label={t('policies.fields.name')}
              description={t('policies.limit_hint', { max: policyLimits.name })}
              maxLength={policyLimits.name}
              required
              dir="auto"
            />
            <FormTextInput
              form={form}
              name="version"
              label={t('policies.fields.version')}
              maxLength={policyLimits.version}
              required
              dir="ltr"
            />
          </SimpleGrid>
          <DescriptionField error={form.formState.errors.desc?.message} register={form.register('desc')} />
        </Card>
        <Card withBorder padding="lg" radius="md">
          <PolicyDocumentField
            key={currentType}
            type={currentType}
            text={doc.text}
            onTextChange={doc.change}
            serverProblems={doc.serverProblems}
          />
        </Card>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('policies.save_draft')}
          </Button>
          <Button component={Link} to={source ? toPolicy(source.policyId) : toPolicies()} variant="default">
            {t('common.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Edit a draft: name, description, version and document (type and group stay). */
function EditForm({ policy }: { policy: PolicyResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdatePolicy(policy.policyId);
  const [problems, setProblems] = useState<string[]>([]);
  const [documentError, setDocumentError] = useState(false);
  const original = formatDocument(policy.policies);
  const defaults = {
    policyGroupName: policy.policyGroupName,
    name: policy.policyName,
    desc: policy.policyDesc,
    version: policy.version,
  };
  const form = useZodForm(updateFields, defaults);
  const doc = useDocumentText(original);
  const changed = form.formState.isDirty || doc.text !== original;

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    const parsed = parseDocumentText(doc.text);
    setDocumentError(!parsed.ok);
    if (!parsed.ok) return;
    try {
      await update.mutateAsync({
        ...values,
        name: tidy(values.name),
        desc: tidy(values.desc),
        policies: parsed.value,
      });
      notifySuccess(t('policies.updated', { name: values.name }));
      navigate(toPolicy(policy.policyId));
    } catch (error) {
      const split = splitDocumentErrors(error);
      doc.setServerProblems(split.document);
      setProblems(split.other ? applyServerErrors(form, split.other, t) : []);
      if (split.document.length > 0) setDocumentError(true);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('common.form.required_hint')}
        </Text>
        <FormErrors messages={problems} />
        {documentError && problems.length === 0 ? (
          <Alert color="red" variant="light">
            {t('policies.document.fix_before_save')}
          </Alert>
        ) : null}
        <Card withBorder padding="lg" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <div>
              <Text size="sm" fw={500}>
                {t('policies.fields.type')}
              </Text>
              <Text>{t(`policies.types.${policy.policyType}`)}</Text>
            </div>
            <div>
              <Text size="sm" fw={500}>
                {t('policies.fields.group')}
              </Text>
              <Text dir="auto">{policy.policyGroupName}</Text>
            </div>
            <FormTextInput
              form={form}
              name="name"
              label={t('policies.fields.name')}
              description={t('policies.limit_hint', { max: policyLimits.name })}
              maxLength={policyLimits.name}
              required
              dir="auto"
            />
            <FormTextInput
              form={form}
              name="version"
              label={t('policies.fields.version')}
              maxLength={policyLimits.version}
              required
              dir="ltr"
            />
          </SimpleGrid>
          <DescriptionField error={form.formState.errors.desc?.message} register={form.register('desc')} />
        </Card>
        <Card withBorder padding="lg" radius="md">
          <PolicyDocumentField
            type={policy.policyType}
            text={doc.text}
            onTextChange={doc.change}
            serverProblems={doc.serverProblems}
          />
        </Card>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} disabled={!changed}>
            {t('policies.save_changes')}
          </Button>
          <Button
            variant="default"
            disabled={!changed}
            onClick={() => {
              form.reset(defaults);
              doc.change(original);
              setProblems([]);
              setDocumentError(false);
            }}
          >
            {t('policies.undo_changes')}
          </Button>
          <Button component={Link} to={toPolicy(policy.policyId)} variant="subtle">
            {t('common.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/policies/new[?type&group&cloneFrom]` and `/policies/:id/edit`. */
export default function PolicyFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [search] = useSearchParams();
  const cloneFrom = search.get('cloneFrom');
  const sourceId = id ?? cloneFrom;
  const source = useQuery({ ...policyQuery(sourceId ?? ''), enabled: !!sourceId });
  const title = id
    ? t('policies.edit_title')
    : cloneFrom
      ? t('policies.clone_title')
      : t('policies.create_title');

  if (sourceId && source.isPending) return <PageLoader />;
  if (sourceId && source.isError) {
    return (
      <>
        <PageHeader title={title} />
        <Text role="alert">{errorText(source.error, t)}</Text>
      </>
    );
  }
  if (id && source.data) {
    if (source.data.policyStatus !== 'draft') {
      return (
        <>
          <PageHeader title={title} />
          <Alert color="yellow" variant="light" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text>{t('policies.not_editable')}</Text>
              <Button component={Link} to={toPolicy(id)} variant="default" size="xs">
                {t('policies.back_to_policy')}
              </Button>
            </Stack>
          </Alert>
        </>
      );
    }
    return (
      <>
        <PageHeader title={title} intro={source.data.policyName} />
        <EditForm policy={source.data} />
      </>
    );
  }
  const type = search.get('type');
  return (
    <>
      <PageHeader title={title} intro={t('policies.create_intro')} />
      <CreateForm
        source={source.data}
        group={search.get('group') ?? undefined}
        type={isPolicyType(type) ? type : undefined}
      />
    </>
  );
}
