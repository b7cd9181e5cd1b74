import type { Config } from '../config/load-config.js';
import { startEmbeddedNeo4j } from './embedded/start-embedded-neo4j.js';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded/start-embedded-neo4j.js';
import { toStoreError } from './map-driver-error.js';
import { openStore } from './open-store.js';
import type { Store, StoreConfig } from './open-store.js';
import { DatabaseUnavailableError, StoreAuthenticationError } from './store-errors.js';

export interface GraphConnection {
  store: Store;
  /** The embedded Neo4j this connection started, or null when NEO4J_URI named a server. */
  embedded: EmbeddedNeo4j | null;
  /** Closes the driver, then stops the embedded Neo4j if one was started. */
  close(): Promise<void>;
}

/**
 * Opens the graph the configuration names: the server at NEO4J_URI (Aura, a cluster, a local
 * server; nothing embedded starts), or else the embedded Neo4j in INNOGRAPH_DATA_DIR on
 * INNOGRAPH_NEO4J_PORT. Resolves once Neo4j has answered, so a wrong URI, password or database
 * fails here with a message naming the setting rather than at the first query.
 */
export async function connectGraph(
  config: Config,
  options: Pick<StoreConfig, 'maxRetryTimeMs'> & {
    /** Memory of an embedded Neo4j (the benchmarks give it more than the default). */
    embedded?: Pick<EmbeddedNeo4jOptions, 'heapMb' | 'pageCacheMb'>;
  } = {},
): Promise<GraphConnection> {
  const embedded = config.neo4jUri
    ? null
    : await startEmbeddedNeo4j({
        ...options.embedded,
        dataDir: config.dataDir,
        port: config.embeddedNeo4jPort,
      });
  const uri = embedded?.uri ?? config.neo4jUri!;
  const store = openStore({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    maxRetryTimeMs: options.maxRetryTimeMs,
  });
  const close = async () => {
    try {
      await store.close();
    } finally {
      await embedded?.stop();
    }
  };
  try {
    await store.driver.getServerInfo({ database: config.neo4jDatabase });
  } catch (error) {
    await close();
    throw describeConnectError(error, uri, config);
  }
  return { store, embedded, close };
}

function describeConnectError(error: unknown, uri: string, config: Config): unknown {
  const mapped = toStoreError(error);
  const detail = error instanceof Error ? error.message : String(error);
  const options = { cause: error, code: (mapped as { code?: string }).code };
  if (mapped instanceof StoreAuthenticationError) {
    return new StoreAuthenticationError(
      `Neo4j at ${uri} refused user "${config.neo4jUser}" (check NEO4J_USER and NEO4J_PASSWORD): ${detail}`,
      options,
    );
  }
  if (mapped instanceof DatabaseUnavailableError) {
    const database = config.neo4jDatabase ? ` database "${config.neo4jDatabase}"` : '';
    return new DatabaseUnavailableError(
      `Cannot reach Neo4j at ${uri}${database} (check NEO4J_URI and NEO4J_DATABASE): ${detail}`,
      options,
    );
  }
  return mapped;
}
