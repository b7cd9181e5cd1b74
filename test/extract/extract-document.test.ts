import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../graph/extract/extract-document.js';

describe('extractDocument', () => {
  it('reports an empty document as a diagnostic instead of throwing', () => {
    const result = extractDocument('   ');
    expect(result.diagnostics.map((d) => d.code)).toContain('empty');
    expect(result.tasks).toEqual([]);
  });
});
