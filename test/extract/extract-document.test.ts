import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../graph/extract/extract-document.js';

/** Bytes of a made-up executable read as Latin-1 text: controls, NULs and a few letters. */
function toBinaryText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1)
    text += String.fromCharCode((i * 37) % 5 === 0 ? 0 : (i * 13) % 256);
  return text;
}

describe('extractDocument', () => {
  it('reports an empty document as a diagnostic instead of throwing', () => {
    const result = extractDocument('   ');
    expect(result.diagnostics.map((d) => d.code)).toContain('empty');
    expect(result.tasks).toEqual([]);
  });

  it('reads nothing from binary-looking text and says why', () => {
    // Policy words wedged between the binary keep a careless reader busy: none may come out.
    const text = `${toBinaryText(4000)}市科技局牵头建设嘉庚创新实验室,到2025年达到500家。${toBinaryText(4000)}`;
    const result = extractDocument(text, { title: '某文件' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['binary']);
    expect(result.entities).toEqual([]);
    expect(result.targets).toEqual([]);
    expect(result.tasks).toEqual([]);
    expect(result.document.title).toBe('某文件');
  });

  it('still reads a document with a few control characters in it', () => {
    const text =
      '一、重点任务\n\u0007(一)建设嘉庚创新实验室。到2025年,高新技术企业达到500家以上。\u000c\n';
    const result = extractDocument(text);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('binary');
    expect(result.entities.map((e) => e.name)).toContain('嘉庚创新实验室');
    expect(result.targets.map((t) => t.value)).toContain(500);
  });
});
