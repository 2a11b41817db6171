import type { Role } from '@pms/contracts';
import { languageFromAcceptLanguage, languageFromTag } from '@pms/phrases';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { constantTimeEqual } from '../../lib/ids.ts';
import { resolveSession, type SessionRow, type UserRow } from '../../modules/identity/session.service.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor, RequestContext } from '../http/context.ts';

export const AUTH_COOKIE = 'Authorization';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    /** The resolved session and user of an authenticated route (saves a second lookup). */
    authSession?: { session: SessionRow; user: UserRow };
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token from `Authorization: Bearer …` (or MOSIP's bare header value), else from the cookie. */
export function presentedToken(request: FastifyRequest): { token: string; via: Actor['via'] } | undefined {
  const header = request.headers.authorization;
  if (header) {
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : header.trim();
    if (token) return { token, via: 'bearer' };
  }
  const cookie = request.cookies?.[AUTH_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

/**
 * Builds each request's context and enforces the route's declared access: a valid session for anything
 * not public, one of the declared roles, and the CSRF token on cookie-authenticated writes.
 */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('ctx', undefined as unknown as RequestContext);

  app.addHook('onRequest', async (request) => {
    const explicitLanguage = request.headers['accept-language'];
    request.ctx = {
      requestId: request.id,
      address: request.ip,
      lang: languageFromAcceptLanguage(explicitLanguage),
      actor: undefined,
    };
  });

  // onRequest (before the body is parsed and validated): an unauthenticated or unauthorised caller gets
  // 401/403, never a validation answer that would describe the endpoint's input.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const presented = presentedToken(request);
    const resolved = presented ? await resolveSession(deps.db, deps.config, presented.token) : undefined;
    if (!presented || !resolved) throw new AppError('KER-ATH-401');
    request.authSession = resolved;
    const { session, user } = resolved;
    if (!request.headers['accept-language']) request.ctx.lang = languageFromTag(user.locale);
    request.ctx.actor = {
      userId: user.id,
      username: user.username,
      roles: user.roles as Role[],
      kind: user.kind === 'service' ? 'service' : 'user',
      sessionId: session.id,
      via: presented.via,
    };
    if (access !== 'authenticated' && !user.roles.some((r) => (access as readonly string[]).includes(r))) {
      throw new AppError('KER-ATH-403');
    }
    if (presented.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !constantTimeEqual(header, session.csrfToken)) {
        throw new AppError('PMS_ATH_004');
      }
    }
  });
}
