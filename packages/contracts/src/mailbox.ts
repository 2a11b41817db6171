import { z } from 'zod';
import { pagingQuerySchema } from './paging.ts';

/** Sort aliases of the local mailbox. */
export const mailSortFields = ['createdAt', 'to', 'template'] as const;

/** Filters of `GET /v1/partnermanager/mailbox`: recipient contains, exact template. */
export const mailQuerySchema = pagingQuerySchema.extend({
  to: z.string().max(320).optional(),
  template: z.string().max(128).optional(),
});
export type MailQuery = z.infer<typeof mailQuerySchema>;

export const mailSummarySchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  lang: z.string(),
  template: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailSummary = z.infer<typeof mailSummarySchema>;

export const mailSchema = mailSummarySchema.extend({ text: z.string() });
export type Mail = z.infer<typeof mailSchema>;
