import {
  type CreateWebhookRequest,
  type DeliveryQuery,
  type OutboxMessage,
  type OutboxQuery,
  outboxSortFields,
  type Page,
  type UpdateWebhookRequest,
  type Webhook,
  type WebhookQuery,
  type WebhookWithSecret,
  webhookSortFields,
} from '@pms/contracts';
import { newId, randomSecret } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { encryptSecret } from '../../platform/crypto/master-key.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthedContext } from '../../platform/http/context.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { webhookSecretContext } from '../../platform/outbox/dispatcher.ts';
import { presentOutboxMessage, presentWebhook } from './webhooks.presenter.ts';
import {
  abandonPendingDeliveries,
  deleteWebhookRow,
  findOutboxRow,
  findWebhook,
  insertWebhook,
  listOutboxRows,
  listWebhookRows,
  requeueOutboxRow,
  updateWebhookRow,
} from './webhooks.repo.ts';

const ENTITY = 'webhook_subscription';

function sealedSecret(deps: AppDeps, id: string): { secret: string; secretEncrypted: string } {
  const secret = `whsec_${randomSecret(32)}`;
  return { secret, secretEncrypted: encryptSecret(deps.masterKey, secret, webhookSecretContext(id)) };
}

/** Registers a webhook; the HMAC secret is returned this once and stored encrypted. */
export async function createWebhook(
  deps: AppDeps,
  ctx: AuthedContext,
  request: CreateWebhookRequest,
): Promise<WebhookWithSecret> {
  const id = newId();
  const { secret, secretEncrypted } = sealedSecret(deps, id);
  return deps.db.transaction(async (tx) => {
    const row = await insertWebhook(tx, {
      id,
      name: request.name,
      url: request.url,
      topics: [...new Set(request.topics)],
      secretEncrypted,
      createdBy: ctx.actor.username,
    });
    const after = presentWebhook(row);
    await recordAudit(tx, ctx, { action: 'webhook.create', entityType: ENTITY, entityId: id, after });
    return { ...after, secret };
  });
}

export async function searchWebhooks(deps: AppDeps, query: WebhookQuery): Promise<Page<Webhook>> {
  const paging = parsePaging(query, webhookSortFields);
  const active = query.active === undefined ? undefined : query.active === 'true';
  const { total, rows } = await listWebhookRows(deps.db, { name: query.name, active }, paging);
  return toPage(paging, total, rows.map(presentWebhook));
}

export async function getWebhook(deps: AppDeps, id: string): Promise<Webhook> {
  const row = await findWebhook(deps.db, id);
  if (!row) throw new AppError('PMS_WHK_001', {}, 'id');
  return presentWebhook(row);
}

export async function updateWebhook(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
  request: UpdateWebhookRequest,
): Promise<Webhook> {
  return deps.db.transaction(async (tx) => {
    const current = await findWebhook(tx, id, true);
    if (!current) throw new AppError('PMS_WHK_001', {}, 'id');
    const updated = await updateWebhookRow(tx, id, {
      ...(request.name === undefined ? {} : { name: request.name }),
      ...(request.url === undefined ? {} : { url: request.url }),
      ...(request.topics === undefined ? {} : { topics: [...new Set(request.topics)] }),
      ...(request.active === undefined ? {} : { active: request.active }),
    });
    if (!updated) throw new AppError('PMS_WHK_001', {}, 'id');
    const before = presentWebhook(current);
    const after = presentWebhook(updated);
    await recordAudit(tx, ctx, { action: 'webhook.update', entityType: ENTITY, entityId: id, before, after });
    return after;
  });
}

/** Removes a subscription; its undelivered messages are marked dead (nowhere left to send them). */
export async function deleteWebhook(deps: AppDeps, ctx: AuthedContext, id: string): Promise<{ id: string }> {
  return deps.db.transaction(async (tx) => {
    const current = await findWebhook(tx, id, true);
    if (!current) throw new AppError('PMS_WHK_001', {}, 'id');
    const abandoned = await abandonPendingDeliveries(tx, id, 'subscription deleted');
    await deleteWebhookRow(tx, id);
    await recordAudit(tx, ctx, {
      action: 'webhook.delete',
      entityType: ENTITY,
      entityId: id,
      before: presentWebhook(current),
      after: { abandonedDeliveries: abandoned },
    });
    return { id };
  });
}

/** A new HMAC secret, returned once; deliveries from now on are signed with it. */
export async function rotateWebhookSecret(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
): Promise<WebhookWithSecret> {
  const { secret, secretEncrypted } = sealedSecret(deps, id);
  return deps.db.transaction(async (tx) => {
    const current = await findWebhook(tx, id, true);
    if (!current) throw new AppError('PMS_WHK_001', {}, 'id');
    const updated = await updateWebhookRow(tx, id, { secretEncrypted });
    if (!updated) throw new AppError('PMS_WHK_001', {}, 'id');
    await recordAudit(tx, ctx, { action: 'webhook.rotate_secret', entityType: ENTITY, entityId: id });
    return { ...presentWebhook(updated), secret };
  });
}

export async function searchDeliveries(
  deps: AppDeps,
  id: string,
  query: DeliveryQuery,
): Promise<Page<OutboxMessage>> {
  const paging = parsePaging(query, outboxSortFields);
  const webhook = await findWebhook(deps.db, id);
  if (!webhook) throw new AppError('PMS_WHK_001', {}, 'id');
  const { total, rows } = await listOutboxRows(
    deps.db,
    { subscriptionId: id, channel: 'webhook', status: query.status },
    paging,
  );
  return toPage(paging, total, rows.map(presentOutboxMessage));
}

export async function searchOutbox(deps: AppDeps, query: OutboxQuery): Promise<Page<OutboxMessage>> {
  const paging = parsePaging(query, outboxSortFields);
  const { total, rows } = await listOutboxRows(
    deps.db,
    { status: query.status, channel: query.channel, topic: query.topic },
    paging,
  );
  return toPage(paging, total, rows.map(presentOutboxMessage));
}

/** Queues a dead message again (after the receiver is fixed). Only `dead` rows qualify. */
export async function retryOutboxMessage(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
): Promise<OutboxMessage> {
  return deps.db.transaction(async (tx) => {
    const current = await findOutboxRow(tx, id, true);
    if (!current) throw new AppError('PMS_OBX_001', {}, 'id');
    if (current.status !== 'dead') throw new AppError('PMS_OBX_002', { status: current.status }, 'id');
    const requeued = await requeueOutboxRow(tx, id);
    if (!requeued) throw new AppError('PMS_OBX_002', { status: current.status }, 'id');
    await recordAudit(tx, ctx, {
      action: 'outbox.retry',
      entityType: 'outbox_message',
      entityId: id,
      before: { status: current.status, attempts: current.attempts, lastError: current.lastError },
      after: { status: requeued.status, attempts: requeued.attempts },
    });
    return presentOutboxMessage(requeued);
  });
}
