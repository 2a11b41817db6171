import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { ensurePmsCa } from './modules/certificates/pms-ca.ts';
import { type BootstrapResult, ensureAdminUser } from './modules/identity/bootstrap.ts';
import { loadMasterKey } from './platform/crypto/master-key.ts';
import { startJobs } from './platform/jobs.ts';
import './platform/outbox/dispatcher.ts'; // registers the outbox dispatcher job
import './platform/outbox/retention.job.ts'; // registers the delivered-outbox clean-up job
import './modules/identity/housekeeping.job.ts'; // registers the throttling/session clean-up job

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  bootstrap: BootstrapResult;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds, builds the app, listens and starts background jobs. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: config.PMS_DATA_DIR },
  );
  await runMigrations(database);
  const bootstrap = await ensureAdminUser(database.db, config.PMS_ADMIN_PASSWORD);
  const masterKey = loadMasterKey({ masterKey: config.PMS_MASTER_KEY, dataDir: config.PMS_DATA_DIR });
  await ensurePmsCa({ db: database.db, config, masterKey }); // PMS root + issuing CA on first start
  const app = await buildApp({ db: database.db, config, masterKey, servePortal: true });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const jobs = config.JOBS_ENABLED
    ? startJobs({ db: database.db, config, log: app.log, masterKey })
    : undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await jobs?.stop();
      await app.close(); // waits for in-flight requests
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url: config.PUBLIC_URL ?? address.replace('[::1]', 'localhost'), bootstrap, stop };
}
