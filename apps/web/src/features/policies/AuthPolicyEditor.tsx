import {
  ActionIcon,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
} from '@mantine/core';
import type { PolicyDocument } from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import {
  type AuthPolicyModel,
  type AuthTypeRow,
  authTokenTypes,
  authTypes,
  bioSubTypes,
  kycAttributeNames,
  kycLanguageSuggestions,
  readAuthModel,
  writeAuthModel,
} from './policy-document.ts';

const withCurrent = (options: readonly string[], current: string[]) => [
  ...options,
  ...current.filter((v) => v !== '' && !options.includes(v)),
];

/**
 * Structured editor of an Auth policy document. It edits the same document as the JSON view: every change
 * is written back into the document (fields it does not show are kept).
 */
export function AuthPolicyEditor({
  document,
  onChange,
}: {
  document: PolicyDocument;
  onChange: (document: PolicyDocument) => void;
}) {
  const { t } = useTranslation();
  const model = readAuthModel(document);
  const set = (changes: Partial<AuthPolicyModel>) =>
    onChange(writeAuthModel(document, { ...model, ...changes }));
  const setRow = (index: number, changes: Partial<AuthTypeRow>) =>
    set({
      allowedAuthTypes: model.allowedAuthTypes.map((row, i) => {
        if (i !== index) return row;
        const next = { ...row, ...changes };
        // A sub-type only qualifies biometric authentication.
        if (
          changes.authType !== undefined &&
          changes.authType !== 'bio' &&
          bioSubTypes.includes(row.authSubType as never)
        ) {
          next.authSubType = '';
        }
        return next;
      }),
    });

  return (
    <Stack gap="lg" data-testid="auth-policy-editor">
      <Select
        label={t('policies.auth.token_type')}
        description={t('policies.auth.token_type_hint')}
        data={withCurrent(authTokenTypes, [model.authTokenType]).map((value) => ({
          value,
          label: (authTokenTypes as readonly string[]).includes(value)
            ? t(`policies.auth.token_types.${value}`)
            : value,
        }))}
        value={model.authTokenType || null}
        onChange={(value) => set({ authTokenType: value ?? '' })}
        allowDeselect={false}
        required
        maw={360}
      />

      <Fieldset
        legend={
          <Text fw={500} size="sm">
            {t('policies.auth.auth_types')}
          </Text>
        }
        variant="unstyled"
      >
        <Stack gap="xs">
          {model.allowedAuthTypes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('policies.auth.no_auth_types')}
            </Text>
          ) : null}
          {model.allowedAuthTypes.map((row, index) => {
            const n = index + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
              <Group key={index} gap="sm" align="flex-end" wrap="wrap" data-testid={`auth-type-row-${n}`}>
                <Autocomplete
                  label={t('policies.auth.auth_type')}
                  aria-label={t('policies.auth.auth_type_row', { n })}
                  data={withCurrent(authTypes, [row.authType])}
                  value={row.authType}
                  onChange={(value) => setRow(index, { authType: value })}
                  w={180}
                />
                <Autocomplete
                  label={t('policies.auth.auth_sub_type')}
                  aria-label={t('policies.auth.auth_sub_type_row', { n })}
                  data={row.authType === 'bio' ? withCurrent(bioSubTypes, [row.authSubType]) : []}
                  value={row.authSubType}
                  onChange={(value) => setRow(index, { authSubType: value })}
                  placeholder={row.authType === 'bio' ? t('policies.auth.sub_type_bio_hint') : undefined}
                  w={180}
                />
                <Switch
                  label={t('policies.auth.mandatory')}
                  aria-label={t('policies.auth.mandatory_row', { n })}
                  checked={row.mandatory}
                  onChange={(e) => setRow(index, { mandatory: e.currentTarget.checked })}
                  mb={8}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t('policies.auth.remove_row', { n })}
                  onClick={() =>
                    set({ allowedAuthTypes: model.allowedAuthTypes.filter((_, i) => i !== index) })
                  }
                >
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Group>
            );
          })}
          <Group>
            <Button
              variant="light"
              size="sm"
              onClick={() =>
                set({
                  allowedAuthTypes: [
                    ...model.allowedAuthTypes,
                    { authType: '', authSubType: '', mandatory: false },
                  ],
                })
              }
            >
              {t('policies.auth.add_auth_type')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <MultiSelect
        label={t('policies.auth.kyc_attributes')}
        description={t('policies.auth.kyc_attributes_hint')}
        data={withCurrent(kycAttributeNames, model.allowedKycAttributes)}
        value={model.allowedKycAttributes}
        onChange={(value) => set({ allowedKycAttributes: value })}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('policies.auth.nothing_found')}
      />

      <TagsInput
        label={t('policies.auth.kyc_languages')}
        description={t('policies.auth.kyc_languages_hint')}
        data={withCurrent(kycLanguageSuggestions, model.kycLanguages)}
        value={model.kycLanguages}
        onChange={(value) => set({ kycLanguages: value })}
        clearable
      />
    </Stack>
  );
}
