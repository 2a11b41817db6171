import {
  clientSecretLoginRequestSchema,
  currentUserSchema,
  loginResponseSchema,
  passwordLoginRequestSchema,
} from '@pms/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AUTH_COOKIE, CSRF_COOKIE } from '../../platform/auth/auth.plugin.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { currentUser, loginWithClientSecret, loginWithPassword, logout } from './identity.service.ts';
import type { IssuedSession } from './session.service.ts';

const tags = ['Auth manager'];

function isHttps(request: FastifyRequest, deps: AppDeps): boolean {
  if (deps.config.COOKIE_SECURE !== undefined) return deps.config.COOKIE_SECURE;
  return request.protocol === 'https';
}

/** Sets the HttpOnly session cookie and the readable CSRF cookie; returns the token in the header too. */
function issueCookies(request: FastifyRequest, reply: FastifyReply, deps: AppDeps, issued: IssuedSession) {
  const secure = isHttps(request, deps);
  const maxAge = deps.config.SESSION_ABSOLUTE_TIMEOUT_S;
  reply.setCookie(AUTH_COOKIE, issued.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
  reply.setCookie(CSRF_COOKIE, issued.csrfToken, {
    httpOnly: false,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge,
  });
  reply.header('Authorization', issued.token);
}

function clearCookies(reply: FastifyReply) {
  reply.clearCookie(AUTH_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

function meta(request: FastifyRequest) {
  return { address: request.ip, userAgent: request.headers['user-agent'] };
}

function loginAnswer(issued: IssuedSession) {
  return {
    status: 'success' as const,
    message: 'Authentication successful',
    token: issued.token,
    csrfToken: issued.csrfToken,
    expiresAt: issued.session.absoluteExpiresAt.toISOString(),
  };
}

/** MOSIP auth-manager compatible sign-in, who-am-I and sign-out. */
export function registerIdentityRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/v1/authmanager/authenticate/useridPwd',
    summary: 'Sign in with username and password',
    tags,
    access: 'public',
    apiId: 'mosip.io.userId.pwd',
    body: passwordLoginRequestSchema,
    response: loginResponseSchema,
    handler: async ({ body, request, reply }) => {
      const issued = await loginWithPassword(deps, body.userName, body.password, meta(request));
      issueCookies(request, reply, deps, issued);
      return loginAnswer(issued);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/authmanager/authenticate/clientidsecretkey',
    summary: 'Sign in a service account with client id and secret key',
    tags,
    access: 'public',
    apiId: 'mosip.io.clientId.secretKey',
    body: clientSecretLoginRequestSchema,
    response: loginResponseSchema,
    handler: async ({ body, request, reply }) => {
      const issued = await loginWithClientSecret(deps, body.clientId, body.secretKey, meta(request));
      reply.header('Authorization', issued.token);
      return loginAnswer(issued);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/v1/authmanager/authorize/admin/validateToken',
    summary: 'Who am I: the signed-in user, roles and language',
    tags,
    access: 'authenticated',
    apiId: 'mosip.io.validateToken',
    response: currentUserSchema,
    handler: ({ request }) => currentUser(request.authSession),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/v1/authmanager/logout/user',
    summary: 'Sign out: ends the session on the server',
    tags,
    access: 'authenticated',
    apiId: 'mosip.io.logout',
    response: z.object({ status: z.literal('success'), message: z.string() }),
    handler: async ({ ctx, reply }) => {
      await logout(deps, ctx);
      clearCookies(reply);
      return { status: 'success' as const, message: 'Logged out' };
    },
  });
}
