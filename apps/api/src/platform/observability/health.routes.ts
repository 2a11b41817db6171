import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pingDatabase } from '../../db/client.ts';
import { migrationsApplied } from '../../db/migrate.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors/app-error.ts';
import { defineRoute } from '../http/route.ts';

const statusSchema = z.object({
  status: z.enum(['UP']),
  checks: z.record(z.string(), z.boolean()).optional(),
});

/** Liveness (/health: the process answers) and readiness (/ready: database reachable, migrations applied). */
export function registerHealthRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/health',
    summary: 'Liveness: the process is up',
    tags: ['Operations'],
    access: 'public',
    envelope: 'none',
    response: statusSchema,
    handler: () => ({ status: 'UP' as const }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/ready',
    summary: 'Readiness: database reachable and migrations applied',
    tags: ['Operations'],
    access: 'public',
    envelope: 'none',
    response: statusSchema,
    handler: async () => {
      const database = await pingDatabase(deps.db);
      const migrations = database && (await migrationsApplied(deps.db));
      if (!database || !migrations) throw new AppError('PMS_COR_503');
      return { status: 'UP' as const, checks: { database, migrations } };
    },
  });
}
