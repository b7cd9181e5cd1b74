import { describe, expect, it } from 'vitest';
import { FULL_READ, readPlanOf } from '../../graph/store/read-plan.js';
import { assignmentOf, orNull, taskOf } from '../../graph/store/read-projections.js';

describe('taskOf', () => {
  it('names the list values in column order and fills what the plan leaves out', () => {
    const task = taskOf('t', readPlanOf(new Set(['title'])));
    expect(task.cypher).toBe('[t.id, t.documentId, t.start, t.end, t.title]');
    expect(task.decode(['t1', 'd1', 10, 20, '加快建设实验室'])).toEqual({
      id: 't1',
      documentId: 'd1',
      start: 10,
      end: 20,
      key: '',
      number: '',
      section: '',
      title: '加快建设实验室',
      body: '',
      deadline: null,
    });
  });

  it('reads every property under the full plan', () => {
    const task = taskOf('t', FULL_READ);
    const values = ['t1', 'd1', 1, 2, 'k', '（一）', 's', 'title', 'body', '2025年'];
    expect(task.cypher).toContain('t.body');
    expect(Object.values(task.decode(values))).toEqual(values);
  });
});

describe('assignmentOf', () => {
  it('decodes nested evidence, and none when the plan does not read it', () => {
    const withEvidence = assignmentOf('r', 't', 'a', readPlanOf(new Set(['evidence', 'sentence'])));
    const decoded = withEvidence.decode([
      'e1',
      't1',
      'a1',
      'lead',
      ['d1', 5, 9, 0, 'exact', 'owner.clause.lead', '责任单位:市科技局'],
    ]);
    expect(decoded.evidence).toEqual({
      documentId: 'd1',
      start: 5,
      end: 9,
      sentenceStart: 0,
      match: 'exact',
      rule: 'owner.clause.lead',
      sentence: '责任单位:市科技局',
    });
    expect(decoded).toMatchObject({ role: 'lead', explicit: true, name: '' });
    expect(withEvidence.decode(['e1', 't1', 'a1', 'lead', null]).evidence).toBeNull();

    const bare = assignmentOf('r', 't', 'a', readPlanOf(new Set()));
    expect(bare.cypher).not.toContain('sentence');
    expect(bare.decode(['e1', 't1', 'a1', 'support']).evidence).toBeNull();
  });
});

describe('orNull', () => {
  it('keeps a null the Cypher made and decodes anything else', () => {
    const decode = orNull(taskOf('t', readPlanOf(new Set())));
    expect(decode(null)).toBeNull();
    expect(decode(['t1', 'd1', 0, 1])?.id).toBe('t1');
  });
});
