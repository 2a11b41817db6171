import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { registerModules } from './modules/index.ts';
import { registerAuth } from './platform/auth/auth.plugin.ts';
import { loadMasterKey } from './platform/crypto/master-key.ts';
import type { AppDeps } from './platform/deps.ts';
import { registerErrorHandler } from './platform/errors/error-handler.ts';
import { registerHealthRoutes } from './platform/observability/health.routes.ts';
import { registerMetrics } from './platform/observability/metrics.ts';
import { defaultWebDist, registerPortal } from './platform/web/static.ts';

export interface BuildAppOptions {
  db: Db;
  config: Config;
  /** Master key for secrets at rest; tests pass a random one, main.ts loads it from config. */
  masterKey?: Buffer;
  /** Serve the built portal (off in route tests). */
  servePortal?: boolean;
  /** Sees every route as it is registered (the platform test checks each declares access, summary, tags). */
  onRoute?: (route: RouteOptions) => void;
}

/** Builds the Fastify app with every plugin and module; used by main.ts and by the tests. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    requestIdHeader: false,
    ajv: { customOptions: { allErrors: true } },
  }).withTypeProvider<ZodTypeProvider>();
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const deps: AppDeps = {
    db,
    config,
    outbox: { websubEnabled: !!config.WEBSUB_HUB_URL, publisher: config.WEBSUB_PUBLISHER },
    masterKey:
      options.masterKey ?? loadMasterKey({ masterKey: config.PMS_MASTER_KEY, dataDir: config.PMS_DATA_DIR }),
  };

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'PMS — Partner Management System',
        description:
          'MOSIP-compatible partner and policy management API. Requests and responses use the MOSIP envelope; ' +
          'errors carry MOSIP error codes with the real HTTP status.',
        version: '1.2.2',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'Authorization' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'none' } });

  registerErrorHandler(app, config.BODY_LIMIT_BYTES);
  registerAuth(app, deps);
  registerMetrics(app);
  registerHealthRoutes(app, deps);
  registerModules(app, deps);

  if (config.PMS_BENCH_BARE_ROUTE) {
    app.get(
      '/bench/bare',
      { config: { access: 'public', envelope: 'none' }, schema: { hide: true } },
      async () => ({
        ok: true,
      }),
    );
  }
  if (options.servePortal) await registerPortal(app, config.WEB_DIST_DIR ?? defaultWebDist);
  return app;
}
