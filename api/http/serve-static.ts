import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * A file of the built viewer, or index.html for a client-side route (a path without an
 * extension), or null. Paths never leave `root`.
 */
export async function serveStatic(root: string, urlPath: string): Promise<Response | null> {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const wanted = resolve(base, `.${sep}${normalize(decoded)}`);
  if (wanted !== base && !wanted.startsWith(base + sep)) return null;
  const file = (await isFile(wanted))
    ? wanted
    : extname(decoded) === ''
      ? join(base, 'index.html')
      : null;
  if (file === null || !(await isFile(file))) return null;
  const body = await readFile(file);
  const hashed = file.includes(`${sep}assets${sep}`);
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite fingerprints assets/*, so they may be cached for good; index.html never.
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
