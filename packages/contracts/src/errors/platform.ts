import { defineErrors } from './define.ts';

/** Audit log, outbox, webhooks and mailbox (platform administration). */
export const platformErrors = defineErrors({
  /** Audit event not found. */
  PMS_AUD_001: { status: 404 },
  /** Webhook subscription not found. */
  PMS_WHK_001: { status: 404 },
  /** Outbox message not found. */
  PMS_OBX_001: { status: 404 },
  /** Only a dead outbox message can be queued again. */
  PMS_OBX_002: { status: 409 },
  /** Mail not found in the mailbox. */
  PMS_MBX_001: { status: 404 },
});
