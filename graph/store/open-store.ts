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
  /** Round trips made so far (queries and transactions); the API's N+1 test reads it. */
  stats: { roundTrips: number };
  close(): Promise<void>;
}

export function openStore(config: StoreConfig): Store {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  return {
    driver,
    database: config.database,
    stats: { roundTrips: 0 },
    close: () => driver.close(),
  };
}
