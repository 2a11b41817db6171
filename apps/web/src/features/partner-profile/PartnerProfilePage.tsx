import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { contactAddSchema, partnerUpdateSchema } from '@pms/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { applyServerErrors, FormErrors, FormTextInput, useZodForm } from '../../components/ui/form.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { toCertificates } from '../certificates/routes.ts';
import { partnerStatusWord } from '../partners/partner-status.ts';
import { partnerTypeText } from '../signup/partner-type-text.ts';
import { Field } from './Field.tsx';
import {
  activeGroupsQuery,
  type OwnPartner,
  ownPartnersQuery,
  type PartnerDetails,
  partnerDetailsQuery,
  useAddContact,
  useMapPolicyGroup,
  useUpdatePartner,
} from './partner-profile.queries.ts';

/** The partner's own profile: summary, contact details, extra contacts, and the policy group while inactive. */
export default function PartnerProfilePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const own = useQuery(ownPartnersQuery);

  if (own.isPending) return <PageLoader />;
  if (own.isError)
    return (
      <Alert color="red" variant="light" role="alert">
        {errorText(own.error, t)}
      </Alert>
    );
  const selected = own.data.find((p) => p.partnerId === search.get('partnerId')) ?? own.data[0];
  return (
    <>
      <PageHeader title={t('partners.profile.title')} intro={t('partners.profile.intro')} />
      {!selected ? (
        <Alert color="yellow" variant="light" role="status">
          {t('partners.profile.no_partner')}
        </Alert>
      ) : (
        <Stack gap="lg">
          {own.data.length > 1 ? (
            <NativeSelect
              label={t('partners.profile.select_partner')}
              value={selected.partnerId}
              onChange={(e) => setSearch({ partnerId: e.currentTarget.value })}
              data={own.data.map((p) => p.partnerId)}
              maw={360}
            />
          ) : null}
          <PartnerProfile key={selected.partnerId} own={selected} />
        </Stack>
      )}
    </>
  );
}

function PartnerProfile({ own }: { own: OwnPartner }) {
  const { t } = useTranslation();
  const details = useQuery(partnerDetailsQuery(own.partnerId));
  if (details.isPending) return <PageLoader />;
  if (details.isError)
    return (
      <Alert color="red" variant="light" role="alert">
        {errorText(details.error, t)}
      </Alert>
    );
  const p = details.data;
  const status = partnerStatusWord(p.isActive, own.approvalStatus);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="partner-summary">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h3" id="partner-summary">
            {p.partnerID}
          </Title>
          <StatusBadge status={status} />
        </Group>
        {status === 'pending_cert_upload' ? (
          <Alert color="yellow" variant="light" role="status" mb="md">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('partners.profile.inactive_hint')}</Text>
              <Anchor component={Link} to={toCertificates()} size="sm">
                {t('partners.profile.upload_certificate')}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}
        {status === 'deactivated' ? (
          <Alert color="gray" variant="light" role="status" mb="md">
            {t('partners.profile.deactivated_hint')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="md" m={0}>
          <Field label={t('partners.fields.organization')}>{p.organizationName}</Field>
          <Field label={t('partners.fields.partner_type')}>{partnerTypeText(t, p.partnerType).title}</Field>
          <Field label={t('partners.fields.email')}>{p.emailId}</Field>
          <Field label={t('partners.fields.policy_group')}>
            {p.policyGroup ?? t('partners.fields.none')}
          </Field>
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ContactForm partner={p} />
        <AddContactForm partnerId={p.partnerID} active={p.isActive} />
      </SimpleGrid>
      <PolicyGroupSection partner={p} />
    </Stack>
  );
}

function ContactForm({ partner }: { partner: PartnerDetails }) {
  const { t } = useTranslation();
  const update = useUpdatePartner(partner.partnerID);
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(partnerUpdateSchema, {
    address: partner.address,
    contactNumber: partner.contactNumber,
  });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await update.mutateAsync(values);
      notifySuccess(t('partners.profile.saved'));
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="contact-title">
      <Title order={2} size="h4" id="contact-title" mb="md">
        {t('partners.profile.edit_title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrors messages={problems} />
          <FormTextInput
            form={form}
            name="contactNumber"
            type="tel"
            label={t('partners.fields.phone')}
            required
          />
          <Textarea
            label={t('partners.fields.address')}
            required
            autosize
            minRows={2}
            error={form.formState.errors.address?.message}
            {...form.register('address')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('partners.profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function AddContactForm({ partnerId, active }: { partnerId: string; active: boolean }) {
  const { t } = useTranslation();
  const add = useAddContact(partnerId);
  const [problems, setProblems] = useState<string[]>([]);
  const form = useZodForm(contactAddSchema, { emailId: '', contactNumber: '', address: '', is_Active: true });
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await add.mutateAsync(values);
      notifySuccess(t('partners.profile.contact_added'));
      form.reset();
    } catch (error) {
      setProblems(applyServerErrors(form, error, t));
    }
  });
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="contacts-title">
      <Title order={2} size="h4" id="contacts-title">
        {t('partners.profile.contacts_title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('partners.profile.contacts_intro')}
      </Text>
      {active ? null : (
        <Text size="sm" mb="sm" data-testid="contacts-inactive">
          {t('partners.profile.contacts_inactive')}
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!active} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <FormErrors messages={problems} />
            <FormTextInput
              form={form}
              name="emailId"
              type="email"
              label={t('partners.profile.contact_email')}
              required
            />
            <FormTextInput
              form={form}
              name="contactNumber"
              type="tel"
              label={t('partners.profile.contact_phone')}
              required
            />
            <FormTextInput
              form={form}
              name="address"
              label={t('partners.profile.contact_address')}
              required
            />
            <Checkbox label={t('partners.profile.contact_active')} {...form.register('is_Active')} />
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={add.isPending}>
                {t('partners.profile.contact_add')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
      </form>
    </Card>
  );
}

function PolicyGroupSection({ partner }: { partner: PartnerDetails }) {
  const { t } = useTranslation();
  const groups = useQuery({ ...activeGroupsQuery, enabled: !partner.isActive });
  const map = useMapPolicyGroup(partner.partnerID);
  const [value, setValue] = useState<string | null>(partner.policyGroup);
  const chosen = groups.data?.find((g) => g.name === value);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="group-title">
      <Title order={2} size="h4" id="group-title">
        {t('partners.profile.group_title')}
      </Title>
      {partner.isActive ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('partners.profile.group_locked')}
        </Text>
      ) : (
        <Stack gap="sm" mt="xs">
          <Text size="sm" c="dimmed">
            {t('partners.profile.group_intro')}
          </Text>
          <Select
            label={t('partners.profile.group_choose')}
            searchable
            value={value}
            onChange={setValue}
            data={(groups.data ?? []).map((g) => ({ value: g.name, label: g.name }))}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed">
                  {groups.data?.find((g) => g.name === option.value)?.description}
                </Text>
              </Stack>
            )}
            maw={480}
          />
          {chosen ? (
            <Text size="sm" c="dimmed">
              {chosen.description}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="default"
              disabled={!value || value === partner.policyGroup}
              loading={map.isPending}
              onClick={() =>
                value &&
                map.mutate(value, {
                  onSuccess: () => notifySuccess(t('partners.profile.group_saved')),
                  onError: (error) => notifyError(error, t),
                })
              }
            >
              {t('partners.profile.group_save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
