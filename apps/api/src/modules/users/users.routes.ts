import {
  accountIdParamsSchema,
  createUserRequestSchema,
  passwordResetSentSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
} from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { publicBaseUrl } from '../identity/base-url.ts';
import { createUser, getUser, listUsers, sendPasswordReset, updateUser } from './users.service.ts';

const tags = ['Users'];
/** Only partner admins manage users (MOSIP let any partner create users with any role). */
const access = ['PARTNER_ADMIN'] as const;

/** Admin user management: create, list, read, enable/disable and roles, password-reset mail. */
export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/v1/partnermanager/users',
    summary: 'Create a user (without userPassword the user is mailed a link to set one)',
    tags,
    access,
    apiId: 'mosip.partnermanagement.users.create',
    body: createUserRequestSchema,
    response: userSchema,
    status: 201,
    handler: ({ ctx, body, request }) => createUser(deps, ctx, body, publicBaseUrl(deps, request)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/users',
    summary: 'List users and service accounts (paged, sorted, filtered)',
    tags,
    access,
    apiId: 'mosip.partnermanagement.users.get',
    querystring: userListQuerySchema,
    response: userPageSchema,
    handler: ({ query }) => listUsers(deps, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/partnermanager/users/:id',
    summary: 'One user',
    tags,
    access,
    apiId: 'mosip.partnermanagement.users.get',
    params: accountIdParamsSchema,
    response: userSchema,
    handler: ({ params }) => getUser(deps, params.id),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/v1/partnermanager/users/:id',
    summary: 'Enable or disable a user (with a reason) and/or replace their roles',
    tags,
    access,
    apiId: 'mosip.partnermanagement.users.patch',
    params: accountIdParamsSchema,
    body: updateUserRequestSchema,
    response: userSchema,
    handler: ({ ctx, params, body }) => updateUser(deps, ctx, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/partnermanager/users/:id/password-reset',
    summary: 'Mail the user a password-reset link',
    tags,
    access,
    apiId: 'mosip.partnermanagement.users.password.reset',
    params: accountIdParamsSchema,
    response: passwordResetSentSchema,
    handler: async ({ ctx, params, request }) => {
      const { emailID } = await sendPasswordReset(deps, ctx, params.id, publicBaseUrl(deps, request));
      return { status: 'success' as const, message: 'Password-reset link sent', emailID };
    },
  });
}
