import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../graph/extract/extract-document.js';
import { findSentence } from '../../graph/extract/find-sentence.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';
import { toEvidence } from '../../graph/extract/to-evidence.js';

describe('findSentence', () => {
  it('returns the sentence around a match, stop included', () => {
    const text = '甲乙。丙丁戊。己';
    expect(findSentence(text, 3, 4)).toEqual({ text: '丙丁戊。', start: 3, end: 7 });
  });

  it('stops at line breaks and trims blanks', () => {
    const text = '标题\n   正文一句\n下一行';
    expect(findSentence(text, 7, 9).text).toBe('正文一句');
  });

  it('spans several sentences when the match does', () => {
    const text = '一。二三;四五。六';
    expect(findSentence(text, 2, 6).text).toBe('二三;四五。');
  });

  it('clamps out-of-range offsets instead of throwing', () => {
    expect(findSentence('短句。', -5, 99).text).toBe('短句。');
    expect(findSentence('', 0, 0)).toEqual({ text: '', start: 0, end: 0 });
  });
});

describe('toEvidence', () => {
  it('maps a clean match back to the traditional original and its sentence', () => {
    const original = '前言。\n(責任單位：市科技局，各鎮街)';
    const text = normaliseText(original);
    const at = text.clean.indexOf('市科技局');
    const evidence = toEvidence(text, at, at + 4, 'exact', 'test.rule');
    expect(original.slice(evidence.start, evidence.end)).toBe('市科技局');
    expect(evidence.sentence).toBe('(責任單位：市科技局，各鎮街)');
    expect(original.slice(evidence.sentenceStart)).toMatch(/^\(責任單位/);
    expect(evidence).toMatchObject({ match: 'exact', rule: 'test.rule' });
  });
});

describe('extractDocument diagnostics', () => {
  it('reports garbled text it skipped with the first stretch’s span', () => {
    const original = '正文一句。建设环湖环??苿搸榻y领。';
    const result = extractDocument(original);
    const diagnostic = result.diagnostics.find((d) => d.code === 'mojibake');
    expect(diagnostic?.span && original.slice(diagnostic.span.start, diagnostic.span.end)).toBe(
      '??苿搸榻y',
    );
  });
});
