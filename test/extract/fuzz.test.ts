import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../graph/extract/extract-document.js';
import { findNumbers } from '../../graph/extract/find-numbers.js';
import { parseChineseNumber } from '../../graph/extract/parse-chinese-number.js';

// Generous per-test limits: the machine running the suite may be shared; these guard against a
// hang, they do not measure speed (npm run bench:extract does).
const LIMIT = 120_000;

// Pieces of the genre's text, recombined at random: the extractor must return a result for
// any mix of them, and every fact it returns must point inside the original text.
const PIECES = [
  '到2025年',
  '每年',
  '新增',
  '达到',
  '500',
  '家以上',
  '2.5万人',
  '左右',
  '不少于',
  '%',
  '。',
  ',',
  '、',
  '“',
  '”',
  '《',
  '》',
  '(',
  ')',
  '责任单位:',
  '市科技局',
  '各区镇',
  '实验室',
  '中心',
  '平台',
  '建设',
  '依托',
  '共建',
  '入驻',
  '牵头组建',
  '管委会',
  '一、',
  '(一)',
  '1.',
  '\n',
  '第',
  '位',
  '居',
  '前',
  '最高',
  '给予',
  '万元',
  '亿元',
  '工程',
  '计划',
  '行动',
  '“国企培羽”',
  '以下简称',
  '統稱',
  '實驗室',
  '科學城',
  '\ufffd',
  '??',
  '<th>',
  ' ',
  '一百五十',
  '两',
  '十二',
];

const genreText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join(''));

function expectWellFormed(text: string): void {
  const result = extractDocument(text);
  const spans = [
    ...result.targets.map((t) => t.evidence),
    ...result.entities.flatMap((e) => e.mentions),
    ...result.relations.map((r) => r.evidence),
  ];
  for (const evidence of spans) {
    expect(evidence.start).toBeGreaterThanOrEqual(0);
    expect(evidence.end).toBeLessThanOrEqual(text.length);
    expect(evidence.start).toBeLessThanOrEqual(evidence.end);
  }
  for (const target of result.targets) expect(Number.isFinite(target.value)).toBe(true);
  for (const entity of result.entities) expect(entity.name.length).toBeGreaterThan(0);
}

describe('extraction on any input', () => {
  it('returns a result for the empty text', () => {
    const result = extractDocument('');
    expect(result.targets).toEqual([]);
    expect(result.entities).toEqual([]);
  });

  it(
    'returns well-formed facts for random mixes of the genre',
    () => {
      fc.assert(
        fc.property(genreText, (text) => expectWellFormed(text)),
        { numRuns: 150 },
      );
    },
    LIMIT,
  );

  it(
    'returns a result for random Unicode',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
          expectWellFormed(text),
        ),
        { numRuns: 60 },
      );
    },
    LIMIT,
  );

  it(
    'returns a result for binary-looking text',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) =>
          expectWellFormed(String.fromCharCode(...bytes)),
        ),
        { numRuns: 100 },
      );
    },
    LIMIT,
  );

  it(
    'returns a result for a megabyte of brackets, quotes and title marks',
    () => {
      const flood = '《“(（【'.repeat(200_000);
      const result = extractDocument(flood);
      expect(result.entities).toEqual([]);
      expect(result.targets).toEqual([]);
    },
    LIMIT,
  );

  it(
    'returns a result for one very long line of names and figures',
    () => {
      const line = '建设甲乙创新实验室新增500家以上'.repeat(6_000);
      const result = extractDocument(line);
      expect(result.targets.length).toBeGreaterThan(0);
      expect(result.entities.map((e) => e.name)).toEqual(['甲乙创新实验室']);
    },
    LIMIT,
  );
});

describe('number parsing on any input', () => {
  it('never throws and finds only finite numbers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const n of findNumbers(text)) expect(Number.isFinite(n.value)).toBe(true);
        const value = parseChineseNumber(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
