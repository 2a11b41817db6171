import { mailQuerySchema, mailSchema, mailSummarySchema, pageSchema } from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { getMail, searchMails } from './mailbox.service.ts';

const tags = ['Mailbox'];

/** The local mailbox: mails PMS queued, readable by admins (useful without SMTP). */
export function registerMailboxRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/mailbox',
    summary: 'List queued and sent mails (paged; filter by recipient and template)',
    tags,
    access: ['PARTNER_ADMIN'],
    envelope: 'v2',
    apiId: 'mosip.pms.mailbox.get',
    querystring: mailQuerySchema,
    response: pageSchema(mailSummarySchema),
    handler: ({ query }) => searchMails(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/mailbox/:id',
    summary: 'One mail with its text',
    tags,
    access: ['PARTNER_ADMIN'],
    envelope: 'v2',
    apiId: 'mosip.pms.mailbox.mail.get',
    params: z.object({ id: z.uuid() }),
    response: mailSchema,
    handler: ({ params }) => getMail(deps, params.id),
  });
}
