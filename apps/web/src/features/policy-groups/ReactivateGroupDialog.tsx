import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { useUpdatePolicyGroup } from './policy-groups.queries.ts';

/** Re-activation (MOSIP has none): `PUT /policies/group/{id}` with `isActive: true`. */
export function ReactivateGroupDialog({
  group,
  onClose,
}: {
  group: { id: string; name: string; desc: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePolicyGroup(group?.id ?? '');
  return (
    <ConfirmDialog
      opened={group !== null}
      onClose={onClose}
      destructive={false}
      title={t('policies.groups.reactivate_title')}
      message={t('policies.groups.reactivate_confirm', { name: group?.name ?? '' })}
      confirmLabel={t('policies.actions.reactivate')}
      loading={update.isPending}
      onConfirm={() => {
        if (!group) return;
        update.mutate(
          { name: group.name, desc: group.desc, isActive: true },
          {
            onSuccess: () => {
              notifySuccess(t('policies.groups.reactivated', { name: group.name }));
              onClose();
            },
            onError: (error) => notifyError(error, t),
          },
        );
      }}
    />
  );
}
