import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../graph/config/load-config.js';
import type { Store } from '../graph/store/open-store.js';
import { isGraphQLError, toKnownApiError } from './api-errors.js';
import type { ApiContext } from './api-context.js';
import { compileRepeatedOperations } from './compile-repeated-operations.js';
import { createLoaders } from './create-loaders.js';
import { createSchema } from './create-schema.js';
import { toReadPlan } from './to-read-plan.js';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples.js';
import { createBodyLimitPlugin } from './http/create-body-limit-plugin.js';
import { createHttpPlugin } from './http/create-http-plugin.js';
import { createLimitsPlugin, DEFAULT_QUERY_LIMITS } from './limits/create-limits-plugin.js';
import type { QueryLimits } from './limits/create-limits-plugin.js';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface CreateApiOptions {
  store: Store;
  config: Pick<Config, 'token' | 'corsOrigins'>;
  /** The built viewer to serve at / (viz/dist). */
  staticDir?: string | undefined;
  limits?: QueryLimits | undefined;
  /** Largest request body read, in bytes (MAX_REQUEST_BODY_BYTES by default). */
  maxRequestBodyBytes?: number | undefined;
  /** Yoga's request logging; off by default so tests stay quiet. */
  logging?: boolean | undefined;
  /** Sees each error that is masked as INTERNAL_SERVER_ERROR (e.g. to log it server-side). */
  onUnexpectedError?: ((error: unknown) => void) | undefined;
}

export type Api = YogaServerInstance<Record<string, never>, ApiContext>;

/**
 * The API as a yoga instance that does not listen: `api.fetch(url, init)` answers in-process
 * (tests), `createServer` puts it behind node:http. Schema-first; resolvers are thin calls into
 * graph/store with per-request batching loaders.
 */
export function createApi(options: CreateApiOptions): Api {
  const { store, config } = options;
  return createYoga<Record<string, never>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    // Replaced by createBodyLimitPlugin, which counts only bodies of unknown length.
    maxRequestBodySize: false,
    logging: options.logging ?? false,
    context: ({ request, params }) => {
      const readPlan = toReadPlan(params.query);
      return {
        store,
        readPlan,
        loaders: createLoaders(store, readPlan),
        authorized: hasToken(request, config.token),
      };
    },
    cors: config.corsOrigins ? { origin: config.corsOrigins, credentials: false } : false,
    graphiql: {
      title: 'innograph GraphQL',
      defaultQuery: GRAPHIQL_EXAMPLES[0],
      defaultTabs: GRAPHIQL_EXAMPLES.map((query) => ({ query })),
    },
    renderGraphiQL,
    maskedErrors: {
      maskError(error, message) {
        const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
        const known = toKnownApiError(original);
        if (known !== null) {
          if (known === error) return known;
          const located = isGraphQLError(error) ? error : undefined;
          return new GraphQLError(known.message, {
            nodes: located?.nodes,
            source: located?.source,
            positions: located?.positions,
            path: located?.path,
            extensions: known.extensions,
          });
        }
        if (isGraphQLError(error) && !error.originalError) return error;
        options.onUnexpectedError?.(error);
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    plugins: [
      compileRepeatedOperations(),
      createLimitsPlugin(options.limits ?? DEFAULT_QUERY_LIMITS),
      createHttpPlugin({ store, staticDir: options.staticDir, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      // After every request parser is registered, so it bounds whichever one is chosen.
      createBodyLimitPlugin(options.maxRequestBodyBytes),
    ],
  });
}

/** The API behind a node:http server that is not yet listening (`.listen(port)` is the caller's). */
export function createServer(options: CreateApiOptions): Server {
  const api = createApi(options);
  return createHttpServer((request, response) => void api(request, response));
}

/** True when the request carries `Authorization: Bearer <token>` and a token is configured. */
function hasToken(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
