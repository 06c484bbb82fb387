import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectDir = fileURLToPath(new URL('.', import.meta.url));
/** The API server of `npm run dev:server`. */
const API_ORIGIN = 'http://localhost:3000';

/**
 * The web app: sources in src/web, built to dist/web where the server serves it from. The
 * server's Content-Security-Policy allows scripts and styles from its own origin only, so the
 * build must not inline any script (hence no module-preload polyfill).
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The pages are chunks of their own (app/lazy-pages.tsx). zod and zod-setup.ts share one
        // chunk, which the contract's chunk imports, so zod is told `jitless` before any schema
        // is built: built first, it would probe eval, a CSP violation.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]web[\\/]zod-setup\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The server takes a POST only from its own origin (http://localhost:3000 by default):
    // what the browser sends from this dev server is passed on as coming from there.
    proxy: {
      '/api': { target: API_ORIGIN, headers: { origin: API_ORIGIN } },
      '/auth': { target: API_ORIGIN, headers: { origin: API_ORIGIN } },
    },
    fs: { allow: [projectDir] },
  },
});
