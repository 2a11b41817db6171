import type {
  CreateWebhookRequest,
  OutboxMessage,
  UpdateWebhookRequest,
  Webhook,
  WebhookWithSecret,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { fetchPage } from '../../api/list.ts';

const BASE = '/v1/partnermanager/webhooks';
const OUTBOX = '/v1/partnermanager/outbox';

export const webhooksKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhooksKeys.all, 'list'] as const,
  webhook: (id: string) => [...webhooksKeys.all, 'webhook', id] as const,
  deliveries: (id: string) => [...webhooksKeys.all, 'deliveries', id] as const,
  outbox: () => [...webhooksKeys.all, 'outbox'] as const,
};

export const fetchWebhooks = fetchPage<Webhook>(BASE);

export function fetchDeliveries(id: string) {
  return fetchPage<OutboxMessage>(`${BASE}/${encodeURIComponent(id)}/deliveries`);
}

export const fetchOutbox = fetchPage<OutboxMessage>(OUTBOX);

export const webhookQuery = (id: string) =>
  queryOptions({
    queryKey: webhooksKeys.webhook(id),
    queryFn: ({ signal }) => api<Webhook>(`${BASE}/${encodeURIComponent(id)}`, { signal }),
  });

/** The secret never goes into the cache: only the dialog that shows it once holds it. */
function withoutSecret({ secret: _secret, ...webhook }: WebhookWithSecret): Webhook {
  return webhook;
}

export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateWebhookRequest) =>
      api<WebhookWithSecret>(BASE, { method: 'POST', body: request }),
    onSuccess: (webhook) => {
      client.setQueryData(webhooksKeys.webhook(webhook.id), withoutSecret(webhook));
      void client.invalidateQueries({ queryKey: webhooksKeys.list() });
    },
  });
}

export function useUpdateWebhook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateWebhookRequest) =>
      api<Webhook>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PUT', body: request }),
    onSuccess: (webhook) => {
      client.setQueryData(webhooksKeys.webhook(id), webhook);
      void client.invalidateQueries({ queryKey: webhooksKeys.list() });
    },
  });
}

export function useRotateWebhookSecret(id: string) {
  return useMutation({
    mutationFn: () => api<WebhookWithSecret>(`${BASE}/${encodeURIComponent(id)}/secret`, { method: 'POST' }),
  });
}

export function useDeleteWebhook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ id: string }>(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      client.removeQueries({ queryKey: webhooksKeys.webhook(id) });
      void client.invalidateQueries({ queryKey: webhooksKeys.list() });
      void client.invalidateQueries({ queryKey: webhooksKeys.outbox() });
    },
  });
}

export function useRetryOutboxMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<OutboxMessage>(`${OUTBOX}/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: webhooksKeys.outbox() });
      void client.invalidateQueries({ queryKey: [...webhooksKeys.all, 'deliveries'] });
    },
  });
}
