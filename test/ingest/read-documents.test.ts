import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocumentFiles, readDocument } from '../../graph/ingest/read-documents.js';
import { buildDocx } from '../fixtures/ingest/build-docx.js';
import { buildPdf } from '../fixtures/ingest/build-pdf.js';

let dir: string;
const gb = iconv.encode('关于某市科技创新的实施意见\r\n一、总体要求', 'gb18030');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'innograph-read-'));
  await mkdir(join(dir, 'docs/sub'), { recursive: true });
  await mkdir(join(dir, 'docs/.git'));
  await writeFile(join(dir, 'docs/gb.txt'), gb);
  await writeFile(
    join(dir, 'docs/page.html'),
    '<title>标题_站名</title><nav>导航</nav><p>正文</p>',
  );
  await writeFile(join(dir, 'docs/sub/plan.docx'), buildDocx(['市科技局牵头']));
  await writeFile(join(dir, 'docs/sub/plan.pdf'), buildPdf([['市科技局牵头']]));
  await writeFile(join(dir, 'docs/sub/~$plan.docx'), 'lock');
  await writeFile(join(dir, 'docs/.hidden.txt'), 'x');
  await writeFile(join(dir, 'docs/.git/config'), 'x');
  await writeFile(join(dir, 'docs/data.xlsx'), 'x');
  await writeFile(join(dir, 'fake.docx'), '不是压缩包');
  await writeFile(join(dir, 'fake.pdf'), '不是PDF');
  await writeFile(join(dir, 'zip.txt'), buildDocx(['x']));
  await writeFile(
    join(dir, 'old.docx'),
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findDocumentFiles', () => {
  it('walks folders recursively in a stable order, skipping strays and failing named paths', async () => {
    const docs = join(dir, 'docs');
    const found = await findDocumentFiles([docs, join(docs, 'gb.txt'), join(dir, 'missing.txt')]);
    expect(found.files).toEqual([
      join(docs, 'gb.txt'),
      join(docs, 'page.html'),
      join(docs, 'sub/plan.docx'),
      join(docs, 'sub/plan.pdf'),
    ]);
    expect(found.skipped).toEqual([
      { path: join(docs, '.git'), reason: 'hidden folder' },
      { path: join(docs, '.hidden.txt'), reason: 'hidden file' },
      { path: join(docs, 'data.xlsx'), reason: 'unsupported file type .xlsx' },
      { path: join(docs, 'sub/~$plan.docx'), reason: 'Office lock file' },
    ]);
    expect(found.failed).toEqual([
      { path: join(dir, 'missing.txt'), reason: 'no such file or folder' },
    ]);
  });

  it('fails a named file of an unsupported type instead of skipping it', async () => {
    const named = join(dir, 'docs/data.xlsx');
    expect(await findDocumentFiles([named])).toEqual({
      files: [],
      skipped: [],
      failed: [{ path: named, reason: 'unsupported file type .xlsx' }],
    });
  });

  it('reads a hidden file that is named explicitly', async () => {
    const hidden = join(dir, 'docs/.hidden.txt');
    expect((await findDocumentFiles([hidden])).files).toEqual([hidden]);
  });
});

describe('readDocument', () => {
  it('reads a GB18030 text with its encoding, a hash of the raw bytes and a relative source', async () => {
    const document = await readDocument(join(dir, 'docs/gb.txt'), { cwd: dir });
    expect(document).toEqual({
      source: 'docs/gb.txt',
      format: 'text',
      text: '关于某市科技创新的实施意见\n一、总体要求',
      title: null,
      encoding: 'gb18030',
      contentHash: createHash('sha256').update(gb).digest('hex'),
    });
  });

  it('keeps the path as given when it lies outside the working directory', async () => {
    const path = join(dir, 'docs/gb.txt');
    expect((await readDocument(path, { cwd: join(dir, 'docs/sub') })).source).toBe(path);
  });

  it('reads HTML with its title and without its chrome', async () => {
    const document = await readDocument(join(dir, 'docs/page.html'), { cwd: dir });
    expect(document).toMatchObject({
      format: 'html',
      text: '正文',
      title: '标题',
      encoding: 'utf-8',
    });
  });

  it('reads DOCX and PDF', async () => {
    const docx = await readDocument(join(dir, 'docs/sub/plan.docx'), { cwd: dir });
    const pdf = await readDocument(join(dir, 'docs/sub/plan.pdf'), { cwd: dir });
    expect(docx).toMatchObject({ format: 'docx', text: '市科技局牵头', encoding: null });
    expect(pdf).toMatchObject({ format: 'pdf', text: '市科技局牵头', encoding: null });
  });

  it.each([
    ['fake.docx', 'fake.docx: not a DOCX file: not a zip archive'],
    ['old.docx', 'old.docx: not a DOCX file: this is a legacy Word .doc renamed; save it as .docx'],
    ['fake.pdf', 'fake.pdf: not a readable PDF: '],
    ['zip.txt', 'zip.txt: expected a text file but the content is a zip archive (DOCX?)'],
    ['missing.txt', 'missing.txt: no such file or folder'],
    ['docs/data.xlsx', 'docs/data.xlsx: unsupported file type .xlsx'],
  ])('names the file and the problem for %s', async (name, message) => {
    await expect(readDocument(join(dir, name), { cwd: dir })).rejects.toThrow(message);
  });
});
