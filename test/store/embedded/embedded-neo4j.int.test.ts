import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../graph/config/load-config.js';
import { connectGraph } from '../../../graph/store/connect-graph.js';
import { startEmbeddedNeo4j } from '../../../graph/store/embedded/start-embedded-neo4j.js';
import { runQuery } from '../../../graph/store/run-query.js';
import { findFreePort } from '../../support/find-free-port.js';
import { isProcessAlive, waitUntil } from '../../support/is-process-alive.js';
import '../../support/neo4j-test-context.js';

// A JVM start takes 5-15 s on an idle 2-core machine and over a minute when it is busy: the
// tests that start their own instance get a deadline well past that.
const JVM_TEST_TIMEOUT_MS = 240_000;

const CHILD_SCRIPT = fileURLToPath(new URL('./start-embedded-child.ts', import.meta.url));

describe('startEmbeddedNeo4j', () => {
  let tempRoot: string;
  beforeAll(async () => {
    tempRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'innograph-launcher-test-'));
  });
  afterAll(() => fs.rm(tempRoot, { recursive: true, force: true }));

  it(
    'answers Bolt, refuses a second launcher on its store, and leaves no JVM after close',
    async () => {
      const dataDir = path.join(tempRoot, 'answers');
      const config = loadConfig({
        INNOGRAPH_DATA_DIR: dataDir,
        INNOGRAPH_NEO4J_PORT: String(await findFreePort()),
      });
      const graph = await connectGraph(config);
      const pid = graph.embedded!.pid;
      try {
        expect(graph.embedded!.neo4jVersion).toMatch(/^5\.26\./);
        expect(await runQuery(graph.store, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
        await expect(
          startEmbeddedNeo4j({ dataDir, port: await findFreePort(), heapMb: 256 }),
        ).rejects.toThrow(/^the store in .* is locked by another Neo4j process;/);
      } finally {
        await graph.close();
      }
      expect(isProcessAlive(pid)).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it(
    'stops the JVM when the process that started it is killed',
    async () => {
      const dataDir = path.join(tempRoot, 'orphan');
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', CHILD_SCRIPT, dataDir, String(await findFreePort())],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const firstLine = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) =>
          reject(new Error(`child exited with ${code} before starting`)),
        );
      });
      const { pid } = JSON.parse(firstLine) as { pid: number };
      expect(isProcessAlive(pid)).toBe(true);

      child.kill('SIGKILL');
      // stdin of the JVM hits EOF; the launcher shuts Neo4j down and exits.
      await waitUntil(() => !isProcessAlive(pid), 120_000);
      expect(isProcessAlive(pid)).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it('reports a taken port in one line', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(
        startEmbeddedNeo4j({ dataDir: path.join(tempRoot, 'port'), port }),
      ).rejects.toThrow(
        new RegExp(
          `^port ${port} on 127\\.0\\.0\\.1 is already in use; [^\\n]*\\(INNOGRAPH_NEO4J_PORT\\)$`,
        ),
      );
    } finally {
      blocker.close();
    }
  });

  it('reports a missing Java in one line', async () => {
    await expect(
      startEmbeddedNeo4j({
        dataDir: path.join(tempRoot, 'nojava'),
        port: await findFreePort(),
        java: path.join(tempRoot, 'no-such-java'),
      }),
    ).rejects.toThrow(/^Java not found \(.*\): the embedded Neo4j needs a Java 17\+ runtime/);
  });
});

describe('connectGraph', () => {
  it('starts nothing embedded when NEO4J_URI is set', async () => {
    // Point it at this run's Neo4j, as a deployment points it at its server.
    const graph = await connectGraph(loadConfig({ NEO4J_URI: inject('neo4j').uri }));
    try {
      expect(graph.embedded).toBeNull();
      expect(await runQuery(graph.store, 'RETURN 2 AS two')).toEqual([{ two: 2 }]);
    } finally {
      await graph.close();
    }
  });

  it('names NEO4J_URI when nothing answers there', async () => {
    const uri = `bolt://127.0.0.1:${await findFreePort()}`;
    await expect(connectGraph(loadConfig({ NEO4J_URI: uri }))).rejects.toThrow(
      `Cannot reach Neo4j at ${uri} (check NEO4J_URI and NEO4J_DATABASE)`,
    );
  });
});
