import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/ingest/ingest-paths.js';
import type { IngestProgress } from '../../graph/ingest/ingest-paths.js';
import { countGraph } from '../../graph/store/count-graph.js';
import { toDocumentId } from '../../graph/store/document-id.js';
import type { Store } from '../../graph/store/open-store.js';
import { runQuery } from '../../graph/store/run-query.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';

const SEEDS = path.join(import.meta.dirname, '../../seeds');
// The first ingestion also compiles the save statements; on a busy 2-core machine that is slow.
const FIRST_INGEST_TIMEOUT_MS = 240_000;

let store: Store;
let folder: string;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  // A copy under a fresh path gives the seeds document ids of their own, apart from other
  // tests that ingest seeds/ into the same database.
  folder = await mkdtemp(path.join(tmpdir(), 'innograph-ingest-test-'));
  await cp(SEEDS, path.join(folder, 'seeds'), { recursive: true });
  await writeFile(path.join(folder, 'seeds', 'broken.docx'), 'not a zip archive');
  await writeFile(path.join(folder, 'seeds', 'notes.csv'), 'a,b\n');
});

afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('ingestPaths', () => {
  it(
    'loads the seeds, reports a bad file, and skips unchanged documents the second time',
    async () => {
      const events: IngestProgress[] = [];
      const first = await ingestPaths(store, [path.join(folder, 'seeds')], {
        onProgress: (event) => events.push(event),
      });
      expect(first).toMatchObject({ documents: 5, unchanged: 0 });
      expect(first.failed).toEqual([
        { path: path.join(folder, 'seeds', 'broken.docx'), reason: expect.any(String) as unknown },
      ]);
      expect(first.skipped.map((file) => path.basename(file.path))).toEqual(['notes.csv']);
      expect(first.nodesCreated).toBeGreaterThan(5);
      expect(events[0]).toEqual({ type: 'start', total: 6 });
      expect(events.at(-1)).toMatchObject({ type: 'document', done: 6, total: 6 });

      const counts = await countGraph(store);
      const second = await ingestPaths(store, [path.join(folder, 'seeds')]);
      expect(second).toMatchObject({ documents: 0, unchanged: 5, nodesCreated: 0 });
      expect(await countGraph(store)).toEqual(counts);
    },
    FIRST_INGEST_TIMEOUT_MS,
  );

  it(
    'rewrites unchanged documents with force and ends with the same graph',
    async () => {
      const counts = await countGraph(store);
      const forced = await ingestPaths(store, [path.join(folder, 'seeds')], { force: true });
      expect(forced).toMatchObject({ documents: 5, unchanged: 0 });
      expect(await countGraph(store)).toEqual(counts);
    },
    FIRST_INGEST_TIMEOUT_MS,
  );

  it('stores each document under the id of its path, with its source, format and hash', async () => {
    const file = path.join(folder, 'seeds', '004_2d54c2fb91714e37.txt');
    const [row] = await runQuery<{ format: string; contentHash: string; text: string }>(
      store,
      'MATCH (d:Document {id: $id}) RETURN d.format AS format, d.contentHash AS contentHash, d.text AS text',
      { id: toDocumentId(path.resolve(file)) },
    );
    expect(row?.format).toBe('text');
    expect(row?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.text.length).toBeGreaterThan(1000);
  });

  it("keeps a moved folder's unchanged documents under their ids instead of adding copies", async () => {
    // A project folder with one plan, ingested from inside it; then the folder is renamed (a
    // moved clone) and ingested again from its new place.
    const before = path.join(folder, `project-${randomUUID().slice(0, 8)}`);
    const after = `${before}-moved`;
    await mkdir(path.join(before, 'docs'), { recursive: true });
    const text = `关于${randomUUID()}的实施方案\n一、重点任务\n1.建设实验室。(责任单位:市科技局)\n`;
    await writeFile(path.join(before, 'docs', 'plan.txt'), text);
    const first = await ingestPaths(store, [path.join(before, 'docs')], { cwd: before });
    expect(first).toMatchObject({ documents: 1, unchanged: 0 });

    await rename(before, after);
    const documentsWithSource = async () =>
      (
        await runQuery<{ id: string }>(
          store,
          'MATCH (d:Document {source: $source}) WHERE d.text = $text RETURN d.id AS id',
          { source: 'docs/plan.txt', text },
        )
      ).map((row) => row.id);
    const [id] = await documentsWithSource();
    const second = await ingestPaths(store, [path.join(after, 'docs')], { cwd: after });
    expect(second).toMatchObject({ documents: 0, unchanged: 1 });
    expect(await documentsWithSource()).toEqual([id]);

    // Re-extracting with force rewrites the same document, not a second one.
    const forced = await ingestPaths(store, [path.join(after, 'docs')], {
      cwd: after,
      force: true,
    });
    expect(forced).toMatchObject({ documents: 1 });
    expect(await documentsWithSource()).toEqual([id]);
  });

  it('records a named path that does not exist as failed, not skipped', async () => {
    const missing = path.join(folder, 'no-such-folder');
    const summary = await ingestPaths(store, [missing]);
    expect(summary.failed).toEqual([{ path: missing, reason: 'no such file or folder' }]);
    expect(summary.skipped).toEqual([]);
    expect(summary.documents).toBe(0);
  });
});
