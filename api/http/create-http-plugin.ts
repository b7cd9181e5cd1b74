import type { Plugin } from 'graphql-yoga';
import type { Store } from '../../graph/store/open-store.js';
import { findDatabaseStatus } from '../../graph/store/read-health.js';
import { handleExport } from './handle-export.js';
import { serveStatic } from './serve-static.js';

export interface HttpRoutesOptions {
  store: Store;
  /** The built viewer (viz/dist); its files are served at / with index.html as the fallback. */
  staticDir?: string | undefined;
  graphqlEndpoint: string;
}

/**
 * Everything the server answers besides GraphQL, as a yoga plugin so that `api.fetch` reaches
 * it in tests exactly as HTTP clients do: /healthz (the process is alive), /readyz (Neo4j
 * answers: 200, else 503), /export/… and the viewer's static files.
 */
export function createHttpPlugin(options: HttpRoutesOptions): Plugin {
  return {
    async onRequest(payload) {
      const { request, url } = payload;
      const endResponse = (response: Response): void => payload.endResponse(response);
      const path = url.pathname;
      if (path === options.graphqlEndpoint) return;
      if (path === '/healthz') {
        endResponse(Response.json({ status: 'ok' }));
        return;
      }
      if (path === '/readyz') {
        const status = await findDatabaseStatus(options.store);
        endResponse(
          Response.json(
            status.ready ? { status: 'ready' } : { status: 'unavailable', reason: status.reason },
            { status: status.ready ? 200 : 503 },
          ),
        );
        return;
      }
      if (path.startsWith('/export/')) {
        endResponse(await handleExport(options.store, request, url));
        return;
      }
      if (
        options.staticDir !== undefined &&
        (request.method === 'GET' || request.method === 'HEAD')
      ) {
        const response = await serveStatic(options.staticDir, path);
        if (response !== null) endResponse(response);
      }
    },
  };
}
