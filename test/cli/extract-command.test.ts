import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractOutput } from '../../graph/cli/extract-command.js';
import { runExtract } from '../../graph/cli/extract-command.js';
import { buildDocx } from '../fixtures/ingest/build-docx.js';
import { buildPdf } from '../fixtures/ingest/build-pdf.js';

const BIN = new URL('../../bin/innograph.js', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'innograph-extract-'));
  await mkdir(join(dir, 'docs'));
  await writeFile(
    join(dir, 'docs/a.txt'),
    iconv.encode('某市科技局关于创新平台建设的通知', 'gb18030'),
  );
  await writeFile(join(dir, 'docs/b.html'), '<title>某市实施方案</title><p>正文</p>');
  await writeFile(join(dir, 'docs/c.docx'), buildDocx(['某市科技局牵头']));
  await writeFile(join(dir, 'docs/d.pdf'), buildPdf([['某市科技局牵头']]));
  await writeFile(join(dir, 'docs/e.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dir, 'broken.docx'), '不是压缩包');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(paths: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runExtract(paths, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('runExtract', () => {
  it('prints an array for a folder, one object per document in the public shape', async () => {
    const { code, stdout, stderr } = await run([join(dir, 'docs')]);
    const outputs = JSON.parse(stdout) as ExtractOutput[];
    expect(code).toBe(0);
    expect(outputs.map((output) => [output.file, output.format, output.encoding])).toEqual([
      ['docs/a.txt', 'text', 'gb18030'],
      ['docs/b.html', 'html', 'utf-8'],
      ['docs/c.docx', 'docx', null],
      ['docs/d.pdf', 'pdf', null],
    ]);
    for (const output of outputs) {
      expect(Object.keys(output)).toEqual([
        'file',
        'format',
        'encoding',
        'contentHash',
        'document',
        'sections',
        'tasks',
        'targets',
        'entities',
        'relations',
        'diagnostics',
      ]);
      expect(output.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(stderr).toBe(
      `innograph: skipped ${join(dir, 'docs/e.png')}: unsupported file type .png\n`,
    );
  });

  it('prints the same bytes as JSON.stringify of the whole array', async () => {
    const { stdout } = await run([join(dir, 'docs')]);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it('prints one object for one file', async () => {
    const { code, stdout } = await run([join(dir, 'docs/c.docx')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ file: 'docs/c.docx', format: 'docx' });
  });

  it('reports a bad file on stderr, still prints the others and fails', async () => {
    const broken = join(dir, 'broken.docx');
    const missing = join(dir, 'missing.txt');
    const { code, stdout, stderr } = await run([broken, join(dir, 'docs/a.txt'), missing]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as ExtractOutput[]).map((output) => output.file)).toEqual([
      'docs/a.txt',
    ]);
    expect(stderr).toContain(`innograph: ${missing}: no such file or folder\n`);
    expect(stderr).toContain('innograph: broken.docx: not a DOCX file: not a zip archive\n');
  });

  it('prints an empty array for a folder with no documents', async () => {
    await mkdir(join(dir, 'empty'), { recursive: true });
    expect(await run([join(dir, 'empty')])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

// Each run starts Node and tsx: seconds on a busy 2-core machine, hence the generous timeout.
describe('innograph extract', { timeout: 30_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, 'extract', ...args], { cwd: dir, encoding: 'utf8' });

  it('prints a folder as an array and exits 0', () => {
    const result = cli('docs', '--format', 'json');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(4);
  });

  it('exits non-zero with the reason on stderr when a file is bad', () => {
    const result = cli('broken.docx', 'docs/a.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('broken.docx: not a DOCX file');
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1);
  });

  it('rejects an unknown output format', () => {
    const result = cli('docs', '--format', 'xml');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("argument 'xml' is invalid. Allowed choices are json");
    expect(result.stdout).toBe('');
  });
});
