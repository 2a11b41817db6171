import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const server = await startServer(config);
  const db = config.DATABASE_URL ? 'PostgreSQL' : `embedded PGlite in ${config.PMS_DATA_DIR}`;
  const lines = [
    '',
    `  PMS is running on ${db}`,
    `  Portal:   ${server.url}/`,
    `  API docs: ${server.url}/docs`,
  ];
  if (server.bootstrap.generatedPassword) {
    lines.push(
      `  Sign in as "admin" with the password: ${server.bootstrap.generatedPassword}`,
      '  (shown once; set PMS_ADMIN_PASSWORD before the first start to choose it)',
    );
  } else if (server.bootstrap.created) {
    lines.push('  Sign in as "admin" with the password from PMS_ADMIN_PASSWORD.');
  } else {
    lines.push('  Sign in with an existing account (the first start created "admin").');
  }
  console.log(`${lines.join('\n')}\n`);

  const shutdown = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
