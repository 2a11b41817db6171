/** Where the server under test runs and how to reach it; set by e2e/run.mjs. */
export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:9100';
export const adminUser = 'admin';
export const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'Admin-Password-123';
export const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const artifactsDir = new URL('../.e2e-artifacts/', import.meta.url).pathname;
