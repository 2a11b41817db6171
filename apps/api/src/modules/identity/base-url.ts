import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';

/**
 * The portal's address for links in mails: PUBLIC_URL when configured, else the origin the request came
 * to. Production deployments must set PUBLIC_URL: without it the link follows the Host header (and
 * X-Forwarded-* behind the trusted proxy), which a caller controls.
 */
export function publicBaseUrl(deps: AppDeps, request: FastifyRequest): string {
  if (deps.config.PUBLIC_URL) return deps.config.PUBLIC_URL.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
