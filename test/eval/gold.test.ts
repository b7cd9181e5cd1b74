import { describe, expect, it } from 'vitest';
import { readGoldCorpus } from '../../graph/eval/read-gold-corpus.js';
import { defineFloorTests } from './define-floor-tests.js';

// The extractor against the hand annotations of the seeds (test/fixtures/gold). Each floor is
// what the extractor achieves today: floors only move up. The targets: assignments
// P/R ≥ 0.95, lead role ≥ 0.95, tasks R ≥ 0.95, targets P/R ≥ 0.85, entities R ≥ 0.85 and
// P ≥ 0.80, no mustNotExtract string ever extracted.
const FLOORS: Record<string, number> = {
  'document accuracy': 1,
  'tasks precision': 1,
  'tasks recall': 1,
  'assignments precision': 1,
  'assignments recall': 1,
  'leadRole accuracy': 1,
  'targets precision': 0.97,
  'targets recall': 0.98,
  'targetYear accuracy': 1,
  'targetComparator accuracy': 1,
  'targetKind accuracy': 1,
  'entities precision': 0.94,
  'entities recall': 0.97,
  'entityType accuracy': 0.99,
};

const corpus = await readGoldCorpus('seeds', 'test/fixtures/gold');
describe('gold evaluation over the seeds', () => {
  it('reads every gold file with its source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5);
  });

  defineFloorTests(corpus, FLOORS);
});
