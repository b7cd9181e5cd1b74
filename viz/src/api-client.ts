// The viewer's only network access: GraphQL over HTTP POST to one endpoint, plus the URLs of the
// API's export endpoints (links, not fetches).
import type { Operation } from './operations.js';

export class ApiError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export interface ApiClient {
  request<TData, TVariables>(
    operation: Operation<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
  /** Absolute URL of an API path such as `/export/...`, for download links. */
  urlOf(path: string): string;
}

export interface ApiClientOptions {
  /** Base URL of the API; the page's own origin when the API serves the viewer. */
  baseUrl: string;
  fetch?: typeof fetch;
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function createApiClient({
  baseUrl,
  fetch: fetchImpl = globalThis.fetch.bind(globalThis),
}: ApiClientOptions): ApiClient {
  const endpoint = new URL('graphql', baseUrl).toString();
  return {
    async request(operation, variables) {
      const response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({
          operationName: operation.name,
          query: operation.document,
          variables,
        }),
      });
      let body: GraphQLResponse<never>;
      try {
        body = (await response.json()) as GraphQLResponse<never>;
      } catch {
        throw new ApiError(`HTTP ${response.status}`, 'HTTP_ERROR');
      }
      const first = body.errors?.[0];
      if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
      if (body.data == null) throw new ApiError(`HTTP ${response.status}`, 'HTTP_ERROR');
      return body.data;
    },
    urlOf: (path) => new URL(path.replace(/^\//, ''), baseUrl).toString(),
  };
}
