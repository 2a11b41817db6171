import {
  accountStatusMessageSchema,
  changePasswordRequestSchema,
  forgotPasswordRequestSchema,
  profileSchema,
  resetPasswordRequestSchema,
  updateProfileRequestSchema,
  verifyEmailRequestSchema,
} from '@pms/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import {
  changeOwnPassword,
  getOwnProfile,
  requestPasswordReset,
  resetPassword,
  updateOwnProfile,
} from './account.service.ts';
import { publicBaseUrl } from './base-url.ts';
import { verifyEmail } from './email-verification.ts';

const tags = ['Auth manager'];
const done = (message: string) => ({ status: 'success' as const, message });

/** Self-service account endpoints and the public password-reset and e-mail verification links. */
export function registerAccountRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/v1/authmanager/users/me',
    summary: 'My profile',
    tags,
    access: 'authenticated',
    apiId: 'mosip.pms.user.profile.get',
    response: profileSchema,
    handler: ({ ctx }) => getOwnProfile(deps, ctx),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/v1/authmanager/users/me',
    summary: 'Update my name, phone and language',
    tags,
    access: 'authenticated',
    apiId: 'mosip.pms.user.profile.patch',
    body: updateProfileRequestSchema,
    response: profileSchema,
    handler: ({ ctx, body }) => updateOwnProfile(deps, ctx, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/v1/authmanager/users/me/password',
    summary: 'Change my password (ends my other sessions)',
    tags,
    access: 'authenticated',
    apiId: 'mosip.pms.user.password.put',
    body: changePasswordRequestSchema,
    response: accountStatusMessageSchema,
    handler: async ({ ctx, body }) => {
      await changeOwnPassword(deps, ctx, body);
      return done('Password changed');
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/authmanager/password/forgot',
    summary: 'Forgot password: mails a reset link (same answer whether or not the account exists)',
    tags,
    access: 'public',
    apiId: 'mosip.pms.password.forgot',
    body: forgotPasswordRequestSchema,
    response: accountStatusMessageSchema,
    handler: async ({ ctx, body, request }) => {
      await requestPasswordReset(deps, ctx, body, publicBaseUrl(deps, request));
      return done('If the account exists, a reset link has been sent to its e-mail address');
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/authmanager/password/reset',
    summary: 'Set a new password with the mailed token (ends every session)',
    tags,
    access: 'public',
    apiId: 'mosip.pms.password.reset',
    body: resetPasswordRequestSchema,
    response: accountStatusMessageSchema,
    handler: async ({ ctx, body }) => {
      await resetPassword(deps, ctx, body);
      return done('Password changed');
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/authmanager/email/verify',
    summary: 'Confirm an e-mail address with the mailed token',
    tags,
    access: 'public',
    apiId: 'mosip.pms.email.verify',
    body: verifyEmailRequestSchema,
    response: accountStatusMessageSchema,
    handler: async ({ ctx, body }) => {
      await verifyEmail(deps, ctx, body.token);
      return done('E-mail address verified');
    },
  });
}
