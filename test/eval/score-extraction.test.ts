import { describe, expect, it } from 'vitest';
import { toPrecision, toRecall, type FacetScore } from '../../graph/eval/facet-score.js';
import { parseGoldFile } from '../../graph/eval/gold-file.js';
import { scoreExtraction } from '../../graph/eval/score-extraction.js';
import type { Evidence, Extraction, Task } from '../../graph/model/extraction.js';

const evidence: Evidence = {
  start: 0,
  end: 1,
  sentence: '',
  sentenceStart: 0,
  match: 'exact',
  rule: 't',
};

const gold = parseGoldFile({
  file: 'x.txt',
  document: {
    title: '甲市某某实施方案',
    issuer: null,
    docNumber: null,
    date: null,
    jurisdiction: '甲市',
  },
  tasks: [
    {
      number: '1',
      section: '壮大企业',
      title: '培育科技企业',
      agencies: [
        { name: '市科技局', role: 'lead' },
        { name: '各区', role: 'support' },
      ],
    },
    { number: '2', section: '壮大企业', title: '建设孵化载体', agencies: [] },
  ],
  targets: [
    {
      metric: '高新技术企业数',
      value: 500,
      unit: '家',
      year: 2025,
      comparator: '>=',
      kind: 'target',
    },
    { metric: '孵化器', value: 5, unit: '家', year: 2025, comparator: '=', kind: 'target' },
  ],
  entities: [
    { name: '甲创新实验室', type: 'Lab', aliases: ['甲实验室'] },
    { name: '各区', type: 'Agency', aliases: [], collective: true },
  ],
  mustNotExtract: ['网站地图'],
});

function task(number: string, title: string, agencies: Task['agencies'] = []): Task {
  return {
    key: `t${number}`,
    number,
    section: '壮大企业',
    title,
    body: '',
    deadline: null,
    span: { start: 0, end: 0 },
    agencies,
  };
}

const extraction: Extraction = {
  document: {
    title: '《甲市某某实施方案》',
    issuer: null,
    docNumber: null,
    date: '2023-01-01',
    publishedDate: null,
    effectiveDate: null,
    jurisdiction: '甲市',
    kind: '方案',
    validity: null,
  },
  sections: [],
  tasks: [
    task('1', '培育科技型企业', [
      {
        name: '市科技局',
        role: 'support',
        explicit: true,
        collective: false,
        entityKey: 'k',
        evidence,
      },
      {
        name: '市财政局',
        role: 'support',
        explicit: true,
        collective: false,
        entityKey: 'k',
        evidence,
      },
    ]),
    task('3', '无关事项'),
  ],
  targets: [
    {
      key: 'g1',
      metric: '高新技术企业',
      value: 500,
      unit: '家',
      year: 2025,
      recurring: false,
      comparator: '=',
      kind: 'target',
      taskKey: null,
      section: '',
      evidence,
    },
    {
      key: 'g2',
      metric: '众创空间',
      value: 5,
      unit: '家',
      year: 2025,
      recurring: false,
      comparator: '=',
      kind: 'target',
      taskKey: null,
      section: '',
      evidence,
    },
  ],
  entities: [
    {
      key: 'e1',
      name: '甲实验室',
      type: 'Platform',
      aliases: [],
      jurisdiction: null,
      collective: false,
      mentions: [],
    },
    {
      key: 'e2',
      name: '网站地图',
      type: 'Platform',
      aliases: [],
      jurisdiction: null,
      collective: false,
      mentions: [],
    },
  ],
  relations: [],
  diagnostics: [],
};

const scores = scoreExtraction(gold, extraction);
const get = (facet: FacetScore['facet']) => scores.find((s) => s.facet === facet)!;

describe('scoreExtraction', () => {
  it('judges metadata fields after dropping book-title marks', () => {
    expect(get('document')).toMatchObject({ total: 5, correct: 4 });
  });

  it('matches tasks by number and similar title, listing the rest', () => {
    const tasks = get('tasks');
    expect(tasks).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    expect(tasks.measure === 'retrieval' && tasks.missing).toEqual(['[壮大企业] 2 建设孵化载体']);
  });

  it('scores assignments as (task, agency) pairs and lead role over the matched pairs', () => {
    const assignments = get('assignments');
    if (assignments.measure !== 'retrieval') throw new Error('retrieval expected');
    expect(toPrecision(assignments)).toBe(0.5);
    expect(toRecall(assignments)).toBe(0.5);
    expect(get('leadRole')).toMatchObject({ total: 1, correct: 0 });
  });

  it('pairs targets by value and unit only when the metrics are alike', () => {
    expect(get('targets')).toMatchObject({ matched: 1, gold: 2, predicted: 2 });
    expect(get('targetComparator')).toMatchObject({ total: 1, correct: 0 });
  });

  it('matches entities by any alias, leaves collectives out and judges types', () => {
    expect(get('entities')).toMatchObject({ gold: 1, predicted: 2, matched: 1 });
    expect(get('entityType')).toMatchObject({ total: 1, correct: 0 });
  });

  it('reports junk extracted as an entity', () => {
    const junk = get('mustNotExtract');
    expect(junk.measure === 'violations' && junk.violations).toHaveLength(1);
  });
});
