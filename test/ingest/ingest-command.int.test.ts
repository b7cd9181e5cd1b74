import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const BIN = new URL('../../bin/innograph.js', import.meta.url).pathname;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'innograph-ingest-cli-'));
  await writeFile(
    path.join(folder, 'plan.txt'),
    '某市关于推进创新平台建设的实施方案\n一、建设平台。\n',
  );
  await writeFile(path.join(folder, 'broken.docx'), 'not a zip archive');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the real CLI against the run's Neo4j (NEO4J_URI, so nothing embedded starts). */
function runIngest(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { uri, user, password } = inject('neo4j');
  const child = spawn(process.execPath, [BIN, 'ingest', ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('innograph ingest', () => {
  it('loads the good file, names the bad one with its reason and exits 1', async () => {
    const result = await runIngest([folder]);
    expect(result.stdout).toContain('Ingested 1 document (0 unchanged)');
    expect(result.stdout).toMatch(/Failed 1 file:\n {2}.*broken\.docx: .+/);
    expect(result.code).toBe(1);
  }, 240_000);

  it('skips the unchanged file the second time and exits 0 when nothing failed', async () => {
    const result = await runIngest([path.join(folder, 'plan.txt')]);
    expect(result.stdout).toContain('Ingested 0 documents (1 unchanged)');
    expect(result.code).toBe(0);
  }, 240_000);
});
