import { describe, expect, it } from 'vitest';
import { readGoldCorpus } from '../../graph/eval/read-gold-corpus.js';
import { defineFloorTests } from './define-floor-tests.js';

// The extractor against documents of the genre written for this test (test/fixtures/genre:
// district, city and provincial plans, a task table in HTML, a 管理办法, a 工作要点, a work
// summary, a news report, a traditional-character scrape), each with gold written before the
// extractor ever ran on it. They stand in for the unseen documents the product will meet, so
// rules are fixed for the genre, never for these files. Floors only move up.
const FLOORS: Record<string, number> = {
  'document accuracy': 1,
  'tasks precision': 1,
  'tasks recall': 1,
  'assignments precision': 1,
  'assignments recall': 1,
  'leadRole accuracy': 1,
  'targets precision': 0.98,
  'targets recall': 1,
  'targetYear accuracy': 1,
  'targetComparator accuracy': 1,
  'targetKind accuracy': 1,
  'entities precision': 0.97,
  'entities recall': 0.97,
  'entityType accuracy': 1,
};

const corpus = await readGoldCorpus('test/fixtures/genre', 'test/fixtures/genre');
describe('gold evaluation over the genre fixtures', () => {
  it('reads every gold file with its source, HTML included', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    expect(corpus.some((doc) => doc.gold.file.endsWith('.html'))).toBe(true);
  });

  defineFloorTests(corpus, FLOORS);
});
