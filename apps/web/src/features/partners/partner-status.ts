/** One status word for a partner (StatusBadge key): active, waiting for its certificate, or deactivated. */
export function partnerStatusWord(isActive: boolean, approvalStatus: string): string {
  if (isActive) return 'activated';
  if (approvalStatus === 'InProgress') return 'pending_cert_upload';
  if (approvalStatus === 'approved') return 'deactivated';
  return approvalStatus;
}
