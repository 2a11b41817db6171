import {
  createWebhookRequestSchema,
  deliveryQuerySchema,
  outboxMessageSchema,
  outboxQuerySchema,
  pageSchema,
  updateWebhookRequestSchema,
  webhookQuerySchema,
  webhookSchema,
  webhookWithSecretSchema,
} from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  retryOutboxMessage,
  rotateWebhookSecret,
  searchDeliveries,
  searchOutbox,
  searchWebhooks,
  updateWebhook,
} from './webhooks.service.ts';

const tags = ['Webhooks'];
const access = ['PARTNER_ADMIN'] as const;
const byId = z.object({ id: z.uuid() });
const BASE = '/v1/partnermanager/webhooks';

/** Webhook subscriptions (HMAC-signed copies of MOSIP's WebSub events) and the outbox behind them. */
export function registerWebhookRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: BASE,
    summary: 'Register a webhook for MOSIP event topics; the signing secret is shown once',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhook.create',
    body: createWebhookRequestSchema,
    response: webhookWithSecretSchema,
    status: 201,
    handler: ({ body, ctx }) => createWebhook(deps, ctx, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: BASE,
    summary: 'List webhook subscriptions (paged)',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhooks.get',
    querystring: webhookQuerySchema,
    response: pageSchema(webhookSchema),
    handler: ({ query }) => searchWebhooks(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/:id`,
    summary: 'One webhook subscription',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhook.get',
    params: byId,
    response: webhookSchema,
    handler: ({ params }) => getWebhook(deps, params.id),
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${BASE}/:id`,
    summary: 'Change a webhook: name, URL, topics, or activate/deactivate it',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhook.update',
    params: byId,
    body: updateWebhookRequestSchema,
    response: webhookSchema,
    handler: ({ params, body, ctx }) => updateWebhook(deps, ctx, params.id, body),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: `${BASE}/:id`,
    summary: 'Delete a webhook; its undelivered messages are marked dead',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhook.delete',
    params: byId,
    response: z.object({ id: z.string() }),
    handler: ({ params, ctx }) => deleteWebhook(deps, ctx, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${BASE}/:id/secret`,
    summary: 'Rotate the signing secret; the new one is shown once',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhook.secret.rotate',
    params: byId,
    response: webhookWithSecretSchema,
    handler: ({ params, ctx }) => rotateWebhookSecret(deps, ctx, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${BASE}/:id/deliveries`,
    summary: 'Deliveries of one webhook (paged; status, attempts, last error)',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.webhook.deliveries.get',
    params: byId,
    querystring: deliveryQuerySchema,
    response: pageSchema(outboxMessageSchema),
    handler: ({ params, query }) => searchDeliveries(deps, params.id, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/outbox',
    summary: 'Outgoing messages (WebSub, webhooks, mails) and their delivery state (paged)',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.outbox.get',
    querystring: outboxQuerySchema,
    response: pageSchema(outboxMessageSchema),
    handler: ({ query }) => searchOutbox(deps, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/partnermanager/outbox/:id/retry',
    summary: 'Queue a dead message again',
    tags,
    access,
    envelope: 'v2',
    apiId: 'mosip.pms.outbox.retry',
    params: byId,
    response: outboxMessageSchema,
    handler: ({ params, ctx }) => retryOutboxMessage(deps, ctx, params.id),
  });
}
