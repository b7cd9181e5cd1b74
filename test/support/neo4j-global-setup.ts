import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../graph/config/load-config.js';
import { startEmbeddedNeo4j } from '../../graph/store/embedded/start-embedded-neo4j.js';
import type { EmbeddedNeo4j } from '../../graph/store/embedded/start-embedded-neo4j.js';
import { findFreePort } from './find-free-port.js';
import type { TestNeo4jConnection } from './neo4j-test-context.js';

// Vitest global setup of the integration and e2e projects: one throwaway embedded Neo4j per run,
// on a free port, in a temp directory deleted afterwards; or, when NEO4J_URI is set, that server
// (tests isolate themselves by random ids, so a shared database is fine). Tests read the
// connection with inject('neo4j') — see open-test-store.ts.

interface RunNeo4j {
  connection: TestNeo4jConnection;
  stop: () => Promise<void>;
}

interface SharedInstance {
  users: number;
  started: Promise<RunNeo4j>;
}

// Both projects name this file, and each loads its own copy of the module; globalThis is what
// they share, so a run with both projects still starts one JVM.
const SHARED = Symbol.for('innograph.test.neo4j');
const registry = globalThis as { [SHARED]?: SharedInstance };

async function startForRun(): Promise<RunNeo4j> {
  // Composition root of the test run: the one place the tests' configuration is read.
  const config = loadConfig(process.env);
  if (config.neo4jUri) {
    const connection: TestNeo4jConnection = {
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
    };
    if (config.neo4jDatabase) connection.database = config.neo4jDatabase;
    return { connection, stop: () => Promise.resolve() };
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'innograph-test-neo4j-'));
  let neo4j: EmbeddedNeo4j;
  try {
    neo4j = await startEmbeddedNeo4j({ dataDir, port: await findFreePort(), heapMb: 512 });
  } catch (error) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    connection: { uri: neo4j.uri, user: 'neo4j', password: 'unused', embeddedPid: neo4j.pid },
    stop: async () => {
      await neo4j.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function setup(project: TestProject): Promise<void> {
  const shared = (registry[SHARED] ??= { users: 0, started: startForRun() });
  shared.users += 1;
  const { connection } = await shared.started;
  project.provide('neo4j', connection);
}

export async function teardown(): Promise<void> {
  const shared = registry[SHARED];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  delete registry[SHARED];
  const { stop } = await shared.started;
  await stop();
}
