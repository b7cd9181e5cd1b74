import { inject } from 'vitest';
import { openStore } from '../../graph/store/open-store.js';
import type { Store } from '../../graph/store/open-store.js';
import './neo4j-test-context.js';

/**
 * Opens a Store on the run's Neo4j (the throwaway embedded instance, or NEO4J_URI). Call it in
 * beforeAll and close it in afterAll; isolate test data by random ids, not by clearing the graph.
 */
export function openTestStore(): Store {
  const { uri, user, password, database } = inject('neo4j');
  return openStore({ uri, user, password, database });
}
