import type { OutboxMessage, Webhook } from '@pms/contracts';
import type { OutboxRow, WebhookRow } from './webhooks.repo.ts';

export function presentWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    topics: row.topics,
    active: row.active,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An outbox row without its payload (admins see delivery state; the event itself is in the audit log). */
export function presentOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    seq: row.seq,
    channel: row.channel,
    subscriptionId: row.subscriptionId,
    topic: row.topic,
    entityType: row.entityType,
    entityId: row.entityId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    lastError: row.lastError,
    result: row.result,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt ? row.deliveredAt.toISOString() : null,
  };
}
