import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('../../../viz/vite.config.ts', import.meta.url));

/** Where `vite build` puts the viewer: the directory the API server is given as staticDir. */
export const VIEWER_DIST = fileURLToPath(new URL('../../../viz/dist', import.meta.url));

/** Builds the viewer as `npm run build:viz` does, so the tests drive what users get. */
export async function buildViewer(): Promise<string> {
  await build({ configFile, logLevel: 'warn' });
  return VIEWER_DIST;
}
