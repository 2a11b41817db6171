import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { blockingCounts, policyGroupQuery, useDeactivatePolicyGroup } from './policy-groups.queries.ts';

/** MOSIP codes answered when the group still holds active (056), draft (070) or both (069) policies. */
const BLOCKED = new Set(['PMS_POL_056', 'PMS_POL_069', 'PMS_POL_070']);

interface Refusal {
  reason: string;
  activated: number;
  draft: number;
}

/**
 * Asks before deactivating a group. When the server refuses because policies are still live, a second
 * dialog gives its localized reason, the counts, and what to do about them (MOSIP's error dialog).
 */
export function DeactivateGroupDialog({
  group,
  onClose,
  onDone,
}: {
  group: { id: string; name: string } | null;
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const deactivate = useDeactivatePolicyGroup();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function confirm() {
    if (!group) return;
    try {
      await deactivate.mutateAsync(group.id);
      notifySuccess(t('policies.groups.deactivated', { name: group.name }));
      onClose();
      onDone?.();
    } catch (error) {
      if (error instanceof ApiError && BLOCKED.has(error.errorCode)) {
        const reason = errorText(error, t);
        let counts = { activated: 0, draft: 0 };
        try {
          counts = blockingCounts(await client.fetchQuery({ ...policyGroupQuery(group.id), staleTime: 0 }));
        } catch {
          // the reason alone is still shown
        }
        onClose();
        setRefusal({ reason, ...counts });
      } else {
        notifyError(error, t);
      }
    }
  }

  return (
    <>
      <ConfirmDialog
        opened={group !== null}
        onClose={onClose}
        onConfirm={() => void confirm()}
        title={t('policies.groups.deactivate_title')}
        message={t('policies.groups.deactivate_confirm', { name: group?.name ?? '' })}
        confirmLabel={t('policies.groups.deactivate')}
        loading={deactivate.isPending}
      />
      <Modal
        opened={refusal !== null}
        onClose={() => setRefusal(null)}
        title={t('policies.groups.refused_title')}
        centered
        returnFocus
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        {refusal ? (
          <Stack gap="sm" data-testid="group-deactivate-refused">
            <Alert color="red" variant="light" role="alert">
              {refusal.reason}
            </Alert>
            {refusal.activated + refusal.draft > 0 ? (
              <Text>
                {t('policies.groups.refused_counts', {
                  activated: refusal.activated,
                  draft: refusal.draft,
                })}
              </Text>
            ) : null}
            <Text>{t('policies.groups.refused_steps_intro')}</Text>
            <List type="ordered" spacing={4}>
              {refusal.activated > 0 || refusal.draft === 0 ? (
                <List.Item>{t('policies.groups.refused_step_active')}</List.Item>
              ) : null}
              {refusal.draft > 0 || refusal.activated === 0 ? (
                <List.Item>{t('policies.groups.refused_step_draft')}</List.Item>
              ) : null}
            </List>
            <Group justify="flex-end">
              <Button onClick={() => setRefusal(null)} data-autofocus>
                {t('common.actions.close')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
