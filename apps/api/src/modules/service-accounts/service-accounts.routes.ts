import {
  accountIdParamsSchema,
  createServiceAccountRequestSchema,
  serviceAccountListQuerySchema,
  serviceAccountPageSchema,
  serviceAccountSchema,
  serviceAccountWithSecretSchema,
  updateServiceAccountRequestSchema,
} from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import {
  createServiceAccount,
  getServiceAccount,
  listServiceAccounts,
  rotateServiceAccountSecret,
  updateServiceAccount,
} from './service-accounts.service.ts';

const tags = ['Service accounts'];
const access = ['PARTNER_ADMIN'] as const;

/** Service accounts of other systems: create (secret shown once), list, enable/disable, rotate secret. */
export function registerServiceAccountRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/v1/partnermanager/service-accounts',
    summary: 'Create a service account; the secret key is shown only in this answer',
    tags,
    access,
    apiId: 'mosip.pms.service.accounts.create',
    body: createServiceAccountRequestSchema,
    response: serviceAccountWithSecretSchema,
    status: 201,
    handler: ({ ctx, body }) => createServiceAccount(deps, ctx, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/service-accounts',
    summary: 'List service accounts (paged, sorted, filtered)',
    tags,
    access,
    apiId: 'mosip.pms.service.accounts.get',
    querystring: serviceAccountListQuerySchema,
    response: serviceAccountPageSchema,
    handler: ({ query }) => listServiceAccounts(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/service-accounts/:id',
    summary: 'One service account',
    tags,
    access,
    apiId: 'mosip.pms.service.accounts.get',
    params: accountIdParamsSchema,
    response: serviceAccountSchema,
    handler: ({ params }) => getServiceAccount(deps, params.id),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/v1/partnermanager/service-accounts/:id',
    summary: 'Enable or disable a service account (with a reason) and/or replace its roles',
    tags,
    access,
    apiId: 'mosip.pms.service.accounts.patch',
    params: accountIdParamsSchema,
    body: updateServiceAccountRequestSchema,
    response: serviceAccountSchema,
    handler: ({ ctx, params, body }) => updateServiceAccount(deps, ctx, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/partnermanager/service-accounts/:id/secret',
    summary: 'Rotate the secret key (shown once); ends the sessions opened with the old one',
    tags,
    access,
    apiId: 'mosip.pms.service.accounts.secret',
    params: accountIdParamsSchema,
    response: serviceAccountWithSecretSchema,
    handler: ({ ctx, params }) => rotateServiceAccountSecret(deps, ctx, params.id),
  });
}
