import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser user stories against a running PMS (started by e2e/run.mjs, which sets E2E_BASE_URL). One file
 * at a time: the specs share one server and one seeded admin.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/specs/**/*.spec.ts'],
    setupFiles: ['e2e/support/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
