import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.PMS_API_URL ?? 'http://127.0.0.1:9100';

/**
 * The portal is a static bundle served by the API at `/` (apps/api/src/platform/web/static.ts). In
 * development Vite serves it and forwards the API paths to a running API.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/v1': { target: api, changeOrigin: false },
      '/docs': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
