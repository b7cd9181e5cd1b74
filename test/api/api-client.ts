/* eslint-disable @typescript-eslint/no-explicit-any --
   GraphQL response bodies are JSON whose shape the assertions check; typing each one adds nothing. */
import type { Api } from '../../api/create-api.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string }; path?: (string | number)[] }[];
}

/** POSTs one operation to the API in-process (no port) and returns the parsed body. */
export async function postGraphQL<Data = Record<string, any>>(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await api.fetch('http://innograph.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** The codes of a response's errors, for asserting on them. */
export function errorCodes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
