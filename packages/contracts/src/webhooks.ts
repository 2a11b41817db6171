import { z } from 'zod';
import { pagingQuerySchema } from './paging.ts';

/** MOSIP WebSub topics a webhook can subscribe to. */
export const webhookTopics = [
  'PARTNER_UPDATED',
  'POLICY_UPDATED',
  'APIKEY_APPROVED',
  'APIKEY_UPDATED',
  'CA_CERTIFICATE_UPLOADED',
  'MISP_LICENSE_GENERATED',
  'MISP_LICENSE_UPDATED',
  'OIDC_CLIENT_CREATED',
  'OIDC_CLIENT_UPDATED',
] as const;
export const webhookTopicSchema = z.enum(webhookTopics);
export type WebhookTopic = z.infer<typeof webhookTopicSchema>;

const webhookUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .max(2048)
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');
const topicList = z.array(webhookTopicSchema).min(1).max(webhookTopics.length);

export const createWebhookRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(128),
  url: webhookUrl,
  topics: topicList,
});
export type CreateWebhookRequest = z.infer<typeof createWebhookRequestSchema>;

export const updateWebhookRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(128).optional(),
  url: webhookUrl.optional(),
  topics: topicList.optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookRequest = z.infer<typeof updateWebhookRequestSchema>;

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  topics: z.array(z.string()),
  active: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** Creation and rotation answer: the HMAC secret, shown this once. */
export const webhookWithSecretSchema = webhookSchema.extend({ secret: z.string() });
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

export const webhookSortFields = ['name', 'createdAt', 'updatedAt'] as const;
export const webhookQuerySchema = pagingQuerySchema.extend({
  name: z.string().max(128).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type WebhookQuery = z.infer<typeof webhookQuerySchema>;

export const outboxStatuses = ['pending', 'delivered', 'dead'] as const;
export const outboxChannels = ['websub', 'webhook', 'mail'] as const;
export const outboxSortFields = ['createdAt', 'seq', 'status', 'attempts', 'nextAttemptAt'] as const;

export const outboxQuerySchema = pagingQuerySchema.extend({
  status: z.enum(outboxStatuses).optional(),
  channel: z.enum(outboxChannels).optional(),
  topic: z.string().max(64).optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const deliveryQuerySchema = pagingQuerySchema.extend({
  status: z.enum(outboxStatuses).optional(),
});
export type DeliveryQuery = z.infer<typeof deliveryQuerySchema>;

/** One outbox row as admins see it (deliveries of a webhook, failures of the hub or of mails). */
export const outboxMessageSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  channel: z.string(),
  subscriptionId: z.string().nullable(),
  topic: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  result: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
