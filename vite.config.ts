import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectDir = fileURLToPath(new URL('.', import.meta.url));

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
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/auth': 'http://localhost:3000' },
    fs: { allow: [projectDir] },
  },
});
