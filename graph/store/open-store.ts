import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export interface StoreConfig {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default (neo4j on Community). */
  database?: string | undefined;
}

/** An open connection to the graph. graph/store is the only code that sees the driver. */
export interface Store {
  driver: Driver;
  database: string | undefined;
  close(): Promise<void>;
}

export function openStore(config: StoreConfig): Store {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
  });
  return { driver, database: config.database, close: () => driver.close() };
}
