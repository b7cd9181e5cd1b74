import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocx } from '../../graph/ingest/decode-docx.js';
import { decodeHtml } from '../../graph/ingest/decode-html.js';
import { decodePdf } from '../../graph/ingest/decode-pdf.js';
import { decodeText } from '../../graph/ingest/decode-text.js';
import { buildDocxFromBody } from '../fixtures/ingest/build-docx.js';

/** Runs `decode` and returns its error, failing unless it is an Error with a message. */
function errorOf(decode: () => unknown): Error | null {
  try {
    decode();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toBe('');
    return error as Error;
  }
}

// Markup-like strings: tags that matter to the reader mixed with Chinese text and entities.
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p>', '</p>', '<table>', '<tr>', '<td rowspan="99">', '</td>', '<br>'),
      fc.constantFrom('<nav>', '<script>', '</script>', '<div class="share">', '</div>', '<pre>'),
      fc.constantFrom('<title>', '</title>', '<h1>', '&nbsp;', '&#x5e02;', '&bogus;', '<', '>'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

// Generous: the machine is shared, and these parse thousands of nodes.
describe('decoders on arbitrary input', { timeout: 30_000 }, () => {
  it('decodeText returns text or a clear Error for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        errorOf(() => decodeText(bytes));
      }),
    );
  });

  it('decodeHtml reads any string without throwing', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const { text } = decodeHtml(html);
        // Lines have text; a <pre> may keep leading spaces.
        for (const line of text === '' ? [] : text.split('\n')) expect(line.trim()).not.toBe('');
      }),
    );
  });

  it('decodeDocx says "not a DOCX file" for any bytes that are not one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(errorOf(() => decodeDocx(bytes))?.message).toMatch(/^not a DOCX file: /);
      }),
    );
  });

  it('decodePdf rejects arbitrary bytes with a clear Error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        await expect(decodePdf(bytes)).rejects.toThrow(/^not a readable PDF: |^no text layer/);
      }),
      { numRuns: 15 },
    );
  });

  it('reads HTML nested far deeper than a browser allows', () => {
    const depth = 5_000; // htmlparser2 itself slows quadratically with depth beyond this
    const html = `${'<div><font>'.repeat(depth)}正文<script>var junk;</script>${'</font></div>'.repeat(depth)}`;
    expect(decodeHtml(html).text).toBe('正文');
  });

  it('reads a DOCX body nested far too deep', () => {
    const depth = 5_000;
    const body = `${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>正文</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    expect(decodeDocx(buildDocxFromBody(body)).text).toBe('正文');
  });
});
