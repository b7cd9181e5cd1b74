/** How integration and e2e tests reach the run's Neo4j (provided by neo4j-global-setup.ts). */
export interface TestNeo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
  /** Pid of the run's embedded JVM; absent when NEO4J_URI points elsewhere. */
  embeddedPid?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4jConnection;
  }
}
