import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API the dev server forwards to; `npm start` serves the built viewer from the API itself.
const apiTarget = 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  // Relative asset URLs so the API server can mount the build under any path.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/export': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
    },
  },
});
