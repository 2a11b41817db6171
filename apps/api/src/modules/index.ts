import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.ts';
import { registerIdentityRoutes } from './identity/identity.routes.ts';

/** Every resource module's routes. A new module adds one line here. */
export function registerModules(app: FastifyInstance, deps: AppDeps): void {
  registerIdentityRoutes(app, deps);
}
