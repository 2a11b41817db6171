import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const defaultWebDist = join(dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

const API_PREFIXES = ['/v1/', '/docs', '/metrics', '/health', '/ready'];

/**
 * Serves the built portal at `/`: hashed assets cached for a year, index.html never cached, and every
 * unknown non-API path answered with index.html so deep links work.
 */
export async function registerPortal(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      res.header(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get(
    '/*',
    { config: { access: 'public', envelope: 'none' }, schema: { hide: true } },
    (request, reply) => {
      // API paths and missing hashed assets are real 404s: answering index.html for a stale
      // `/assets/x.js` would leave the browser with a blank page instead of an error.
      if (API_PREFIXES.some((p) => request.url.startsWith(p)) || request.url.startsWith('/assets/')) {
        return reply.callNotFound();
      }
      reply.header('Cache-Control', 'no-cache');
      return reply.sendFile('index.html');
    },
  );
  return true;
}
