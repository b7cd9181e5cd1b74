import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { joinMessageChunks } from './join-message-chunks.js';

export interface StoreConfig {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default (neo4j on Community). */
  database?: string | undefined;
  /**
   * How long the driver keeps retrying a failing transaction (driver default 30 s). The API
   * sets it short so that a down database is reported at once instead of after half a minute.
   */
  maxRetryTimeMs?: number | undefined;
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
  // Large records decode in one buffer instead of piece by piece (see the module).
  joinMessageChunks();
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Every integer the graph holds (offsets, counts, years) fits a JS number; reading them as
    // numbers spares an Integer object per value on the API's hot path.
    disableLosslessIntegers: true,
    ...(config.maxRetryTimeMs === undefined
      ? {}
      : { maxTransactionRetryTime: config.maxRetryTimeMs }),
  });
  return {
    driver,
    database: config.database,
    stats: { roundTrips: 0 },
    close: () => driver.close(),
  };
}
