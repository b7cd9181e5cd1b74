import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../graph/extract/extract-metadata.js';
import { extractOwners } from '../../graph/extract/extract-owners.js';
import { extractStructure } from '../../graph/extract/extract-structure.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';
import { toEvidence } from '../../graph/extract/to-evidence.js';

// Any input returns a result with offsets inside the original text. The pathological inputs
// below would take minutes under catastrophic regex backtracking; here they finish within the
// test timeout (no timing assertion: the bound is the runner's timeout).

/** Text drawn from the characters the rules care about, so the fuzz reaches them. */
const policyish = fc
  .array(
    fc.constantFrom(
      ...'一二三四五六七八九十、。,;:()（）《》“”\n\t 123.市科技局责任单位牵头配合各镇街重点任务保障措施?!L-IO|>锟斤拷'.split(
        '',
      ),
      '(责任单位:',
      '二、重点任务\n',
      '(一)',
      '1.',
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), policyish);

function runStages(original: string) {
  const text = normaliseText(original);
  const document = extractMetadata(text, {});
  const structure = extractStructure(text);
  const tasks = extractOwners(text, structure.tasks, document);
  return { text, structure, tasks };
}

describe('normaliseText, extractStructure and extractOwners on any input', () => {
  it('never throw and keep every offset inside the original', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, structure, tasks } = runStages(original);
        for (let i = 0; i <= text.clean.length; i += 1) {
          const at = text.toOriginal(i);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(original.length);
        }
        for (const section of structure.sections) {
          expect(section.span.start).toBeLessThanOrEqual(section.span.end);
          expect(section.span.end).toBeLessThanOrEqual(original.length);
        }
        for (const task of tasks) {
          expect(task.span.end).toBeLessThanOrEqual(original.length);
          for (const agency of task.agencies) {
            const { start, end, sentence, sentenceStart } = agency.evidence;
            expect(0 <= start && start <= end && end <= original.length).toBe(true);
            expect(original.slice(sentenceStart, sentenceStart + sentence.length)).toBe(sentence);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives evidence inside the original for any clean range', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (original, a, b) => {
        const text = normaliseText(original);
        const start = a % (text.clean.length + 1);
        const end = start + (b % (text.clean.length - start + 1));
        const evidence = toEvidence(text, start, end, 'exact', 'fuzz');
        expect(evidence.start).toBeLessThanOrEqual(evidence.end);
        expect(evidence.end).toBeLessThanOrEqual(original.length);
        expect(original.slice(evidence.sentenceStart).startsWith(evidence.sentence)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty text and pathological runs', () => {
    expect(runStages('').tasks).toEqual([]);
    const runs = [
      '('.repeat(100_000),
      '((((((((((((责任单位:'.repeat(5_000),
      '一、'.repeat(50_000),
      '1.'.repeat(50_000),
      '?'.repeat(100_000) + '中',
      'L'.repeat(50_000) + '建设。',
      `${'市科技局、'.repeat(20_000)})`,
      '首页 > '.repeat(20_000),
      'a\n'.repeat(100_000),
      '<th id="x"'.repeat(20_000),
    ];
    for (const run of runs) {
      const { text } = runStages(run);
      expect(text.toOriginal(text.clean.length)).toBeLessThanOrEqual(run.length);
    }
  });
});
