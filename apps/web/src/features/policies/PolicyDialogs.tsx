import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { activePolicyGroupsQuery } from '../policy-groups/policy-groups.queries.ts';
import { useDeactivatePolicy, usePublishPolicy } from './policies.queries.ts';
import { toNewPolicy } from './routes.ts';

export interface PolicyRef {
  id: string;
  name: string;
  groupId: string;
  groupName: string;
}

/** Publishing makes the draft immutable and requestable by partners. */
export function PublishPolicyDialog({ policy, onClose }: { policy: PolicyRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishPolicy();
  return (
    <ConfirmDialog
      opened={policy !== null}
      onClose={onClose}
      destructive={false}
      title={t('policies.publish_title')}
      message={t('policies.publish_confirm', { name: policy?.name ?? '', group: policy?.groupName ?? '' })}
      confirmLabel={t('policies.actions.publish')}
      loading={publish.isPending}
      onConfirm={() => {
        if (!policy) return;
        publish.mutate(
          { policyId: policy.id, policyGroupId: policy.groupId },
          {
            onSuccess: () => {
              notifySuccess(t('policies.published', { name: policy.name }));
              onClose();
            },
            onError: (error) => notifyError(error, t),
          },
        );
      }}
    />
  );
}

/** MOSIP codes answered while partners still hold approved (063) or pending (064) requests on the policy. */
const LINKED: Record<string, string> = {
  PMS_POL_063: 'policies.deactivate_refused_approved',
  PMS_POL_064: 'policies.deactivate_refused_pending',
};

export function DeactivatePolicyDialog({
  policy,
  onClose,
}: {
  policy: PolicyRef | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const deactivate = useDeactivatePolicy();
  const [refusal, setRefusal] = useState<{ reason: string; hint: string } | null>(null);
  return (
    <>
      <ConfirmDialog
        opened={policy !== null}
        onClose={onClose}
        title={t('policies.deactivate_title')}
        message={t('policies.deactivate_confirm', { name: policy?.name ?? '' })}
        confirmLabel={t('policies.actions.deactivate')}
        loading={deactivate.isPending}
        onConfirm={() => {
          if (!policy) return;
          deactivate.mutate(policy.id, {
            onSuccess: () => {
              notifySuccess(t('policies.deactivated', { name: policy.name }));
              onClose();
            },
            onError: (error) => {
              const hint = error instanceof ApiError ? LINKED[error.errorCode] : undefined;
              if (hint) {
                onClose();
                setRefusal({ reason: errorText(error, t), hint: t(hint) });
              } else {
                notifyError(error, t);
              }
            },
          });
        }}
      />
      <Modal
        opened={refusal !== null}
        onClose={() => setRefusal(null)}
        title={t('policies.deactivate_refused_title')}
        centered
        returnFocus
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        <Stack gap="sm">
          <Alert color="red" variant="light" role="alert">
            {refusal?.reason}
          </Alert>
          <Text>{refusal?.hint}</Text>
          <Group justify="flex-end">
            <Button onClick={() => setRefusal(null)} data-autofocus>
              {t('common.actions.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Clone: choose the group (this one or another), then the create form opens prefilled. */
export function ClonePolicyDialog({ policy, onClose }: { policy: PolicyRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groups = useQuery({ ...activePolicyGroupsQuery(), enabled: policy !== null });
  const [chosen, setChosen] = useState<string | null>(null);
  const value = chosen ?? policy?.groupName ?? null;
  const options = (groups.data ?? []).map((g) => ({ value: g.name, label: g.name }));
  return (
    <Modal
      opened={policy !== null}
      onClose={() => {
        setChosen(null);
        onClose();
      }}
      title={t('policies.clone_title')}
      centered
      returnFocus
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!policy || !value) return;
          navigate(toNewPolicy({ cloneFrom: policy.id, group: value }));
        }}
      >
        <Stack gap="md">
          <Text>{t('policies.clone_intro', { name: policy?.name ?? '' })}</Text>
          {groups.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(groups.error, t)}
            </Alert>
          ) : null}
          <Select
            label={t('policies.fields.group')}
            data={options}
            value={value}
            onChange={setChosen}
            searchable
            required
            allowDeselect={false}
            nothingFoundMessage={t('policies.no_active_groups')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setChosen(null);
                onClose();
              }}
            >
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" disabled={!value}>
              {t('policies.clone_continue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
