import { Textarea } from '@mantine/core';
import { partnerLimits } from '@pms/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/ui/notify.ts';
import { type PolicyRequestItem, useDecidePolicyRequest } from './policy-requests.queries.ts';

export type Decision = 'approved' | 'rejected';

/** Approve or reject a policy request, with a comment sent to the partner. */
export function DecisionDialog({
  request,
  decision,
  onClose,
}: {
  request: PolicyRequestItem | null;
  decision: Decision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecidePolicyRequest();
  const [comment, setComment] = useState('');
  const approve = decision === 'approved';
  const params = request
    ? { policy: request.policyName, partnerId: request.partnerId, organization: request.orgName }
    : { policy: '', partnerId: '', organization: '' };
  const close = () => {
    setComment('');
    onClose();
  };
  return (
    <ConfirmDialog
      opened={!!request}
      onClose={close}
      title={t(
        approve ? 'policy_requests.admin.approve_title' : 'policy_requests.admin.reject_title',
        params,
      )}
      message={t(
        approve ? 'policy_requests.admin.approve_message' : 'policy_requests.admin.reject_message',
        params,
      )}
      confirmLabel={t(approve ? 'policy_requests.admin.approve' : 'policy_requests.admin.reject')}
      destructive={!approve}
      loading={decide.isPending}
      onConfirm={() => {
        if (!request) return;
        decide.mutate(
          { id: request.id, status: decision, comment: comment.trim() || undefined },
          {
            onSuccess: () => {
              notifySuccess(
                t(approve ? 'policy_requests.admin.approved' : 'policy_requests.admin.rejected', params),
              );
              close();
            },
            onError: (error) => notifyError(error, t),
          },
        );
      }}
    >
      <Textarea
        label={t('policy_requests.admin.comment')}
        description={t('policy_requests.admin.comment_hint')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        maxLength={partnerLimits.comment}
        autosize
        minRows={2}
        mb="lg"
      />
    </ConfirmDialog>
  );
}
