import { defineConfig } from 'vitest/config';

/** Tests that touch the database run on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. */
const dbTests = ['apps/api/**/*.routes.test.ts', 'apps/api/**/*.db.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'pglite',
          include: ['apps/api/**/*.test.ts', 'packages/**/*.test.ts', 'tools/**/*.test.ts'],
          env: { PMS_TEST_DRIVER: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                name: 'postgres',
                include: dbTests,
                env: { PMS_TEST_DRIVER: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
