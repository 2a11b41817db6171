import type { Role } from '@pms/contracts';
import { requestEnvelope, responseEnvelope } from '@pms/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { AuthedContext, RequestContext } from './context.ts';

/**
 * Who may call a route. Declared with every route: a test fails when a route has none.
 * - `public`: no token needed (sign-in, health, public sign-up).
 * - `authenticated`: any valid token.
 * - a role list: the caller must hold one of them (else 403 KER-ATH-403).
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type EnvelopeKind = 'v1' | 'v2' | 'none';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    envelope?: EnvelopeKind;
    apiId?: string;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<
  Body extends z.ZodType | undefined,
  Query extends z.ZodType | undefined,
  Params extends z.ZodType | undefined,
  Res extends z.ZodType,
  A extends Access,
> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: A;
  /** MOSIP envelope spelling of this endpoint (default v1); `none` for plain endpoints like /health. */
  envelope?: EnvelopeKind;
  /** The `id` field of the response envelope (MOSIP api id). */
  apiId?: string;
  /** The inner `request` schema; wrapped in the MOSIP request envelope unless envelope is `none`. */
  body?: Body;
  querystring?: Query;
  params?: Params;
  /** The inner `response` schema; anything the handler returns beyond it is stripped. */
  response: Res;
  /** Success status (default 200). */
  status?: 200 | 201 | 202 | 204;
  handler: (input: {
    body: Out<Body>;
    query: Out<Query>;
    params: Out<Params>;
    ctx: A extends 'public' ? RequestContext : AuthedContext;
    request: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<z.input<Res>> | z.input<Res>;
}

function describeAccess(access: Access): string {
  if (access === 'public') return 'Access: public.';
  if (access === 'authenticated') return 'Access: any signed-in caller.';
  return `Access: roles ${access.join(', ')}.`;
}

/** Wraps a payload in the response envelope of the given spelling. */
export function envelopeOf(kind: EnvelopeKind, apiId: string | undefined, response: unknown) {
  const base = { id: apiId ?? 'mosip.pms', version: '1.0', metadata: null, response, errors: [] };
  const time = new Date().toISOString();
  return kind === 'v2' ? { ...base, responseTime: time } : { ...base, responsetime: time };
}

/**
 * Declares one route: schemas, access, envelope and handler in one place. The OpenAPI document, the
 * runtime validation and the role check all come from this declaration.
 */
export function defineRoute<
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  Params extends z.ZodType | undefined = undefined,
  Res extends z.ZodType = z.ZodType,
  A extends Access = Access,
>(app: FastifyInstance, spec: RouteSpec<Body, Query, Params, Res, A>): void {
  const envelope = spec.envelope ?? 'v1';
  const body = spec.body && envelope !== 'none' ? requestEnvelope(spec.body) : spec.body;
  const response = envelope === 'none' ? spec.response : responseEnvelope(spec.response);
  const status = spec.status ?? 200;
  const schema: FastifySchema = {
    summary: spec.summary,
    tags: spec.tags,
    description: describeAccess(spec.access),
    ...(spec.access === 'public' ? {} : { security: [{ bearer: [] }, { cookie: [] }] }),
    ...(body ? { body } : {}),
    ...(spec.querystring ? { querystring: spec.querystring } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    response: { [status]: status === 204 ? z.null() : response },
  };
  app.route({
    method: spec.method,
    url: spec.url,
    config: { access: spec.access, envelope, apiId: spec.apiId },
    schema,
    handler: async (request, reply) => {
      const rawBody = request.body as { request?: unknown } | undefined;
      const result = await spec.handler({
        body: (envelope === 'none' || !spec.body ? rawBody : rawBody?.request) as Out<Body>,
        query: request.query as Out<Query>,
        params: request.params as Out<Params>,
        ctx: request.ctx as A extends 'public' ? RequestContext : AuthedContext,
        request,
        reply,
      });
      reply.code(status);
      if (status === 204) return null;
      return envelope === 'none' ? result : envelopeOf(envelope, spec.apiId, result);
    },
  });
}
