import { describe, expect, it } from 'vitest';
import { countRows, toDocumentRows, toFactId } from '../../graph/store/document-rows.js';
import type { SaveDocumentInput } from '../../graph/store/document-rows.js';
import {
  makeEntity,
  makeEvidence,
  makeExtraction,
  makeOwner,
  makeRelation,
  makeTarget,
  makeTask,
} from './make-extraction.js';

function makeInput(extraction = makeExtraction(), text = '厦门嘉庚創新實驗室'): SaveDocumentInput {
  return { id: 'doc:1', source: 'a.txt', format: 'txt', contentHash: 'h', text, extraction };
}

describe('toDocumentRows', () => {
  it('gives tasks and targets ids scoped by the document and links a target to its task', () => {
    const extraction = makeExtraction({ title: '实施方案', jurisdiction: '厦门市' });
    extraction.tasks.push(makeTask('t1', '建设平台'));
    extraction.targets.push(makeTarget('g1', '高新技术企业数', 500, 't1'));
    extraction.targets.push(makeTarget('g2', '研发投入', 3, 't9'));
    const rows = toDocumentRows(makeInput(extraction));

    expect(rows.document).toMatchObject({ id: 'doc:1', title: '实施方案', jurisdiction: '厦门市' });
    expect(rows.tasks.map((task) => task.id)).toEqual(['doc:1#t1']);
    expect(rows.targets.map((target) => [target.id, target.taskId])).toEqual([
      ['doc:1#g1', 'doc:1#t1'],
      ['doc:1#g2', null],
    ]);
    expect(toFactId('doc:1', 't1')).toBe('doc:1#t1');
  });

  it('groups entities by label and indexes the original-script form beside the simplified name', () => {
    const extraction = makeExtraction();
    extraction.entities.push(
      makeEntity('Lab', '嘉庚创新实验室', {
        aliases: ['嘉庚实验室'],
        mentions: [makeEvidence('e', 2, 9)],
      }),
      makeEntity('Agency', '市科技局', { jurisdiction: '厦门市' }),
    );
    const rows = toDocumentRows(makeInput(extraction));

    expect(rows.entities.Lab).toHaveLength(1);
    expect(rows.entities.Agency.map((row) => row.id)).toEqual(['Agency|厦门市|市科技局']);
    expect(rows.entities.Lab[0]?.searchTerms).toEqual([
      '嘉庚创新实验室',
      '嘉庚实验室',
      '嘉庚創新實驗室',
    ]);
    expect(rows.entities.Lab[0]?.searchText).toBe('嘉庚创新实验室 嘉庚实验室 嘉庚創新實驗室');
  });

  it('keeps search terms free of spaces so the stored union stays idempotent', () => {
    const extraction = makeExtraction();
    extraction.entities.push(makeEntity('Enterprise', 'Acme Robotics', { mentions: [] }));
    const [row] = toDocumentRows(makeInput(extraction, '')).entities.Enterprise;
    expect(row?.searchTerms).toEqual(['Acme', 'Robotics']);
  });

  it('turns task owners into ASSIGNED_TO rows with role and provenance', () => {
    const extraction = makeExtraction();
    const agency = makeEntity('Agency', '市科技局', { jurisdiction: '启东市' });
    extraction.entities.push(agency);
    extraction.tasks.push(makeTask('t1', '招引项目', [makeOwner(agency, 'lead')]));
    const rows = toDocumentRows(makeInput(extraction));

    expect(rows.relations['ASSIGNED_TO:task']).toEqual([
      {
        fromId: 'doc:1#t1',
        toId: agency.key,
        props: expect.objectContaining({
          documentId: 'doc:1',
          role: 'lead',
          explicit: true,
          rule: 'owner.lead',
          match: 'exact',
        }) as unknown,
      },
    ]);
  });

  it('creates an Agency row for an owner the extractor did not list as an entity', () => {
    const extraction = makeExtraction({ jurisdiction: '启东市' });
    const agency = makeEntity('Agency', '各区镇', { jurisdiction: '启东市', collective: true });
    extraction.tasks.push(makeTask('t1', '招引项目', [makeOwner(agency, 'support')]));
    const rows = toDocumentRows(makeInput(extraction));
    expect(rows.entities.Agency).toEqual([
      expect.objectContaining({
        id: agency.key,
        name: '各区镇',
        collective: true,
        jurisdiction: '启东市',
      }),
    ]);
  });

  it('drops relations with an unknown end and counts them', () => {
    const extraction = makeExtraction();
    const lab = makeEntity('Lab', '甲实验室');
    extraction.entities.push(lab);
    extraction.relations.push(
      makeRelation('MENTIONS', { kind: 'task', key: 't404' }, lab.key),
      makeRelation('PART_OF', { kind: 'entity', key: lab.key }, 'Platform||nowhere'),
      makeRelation('MENTIONS', { kind: 'document' }, lab.key),
    );
    const rows = toDocumentRows(makeInput(extraction));
    expect(rows.dropped).toBe(2);
    expect(rows.relations['MENTIONS:document']).toHaveLength(1);
  });

  it('gives an entity the extractor related to nothing a MENTIONS from the document', () => {
    const extraction = makeExtraction();
    const related = makeEntity('Lab', '甲实验室');
    const lonely = makeEntity('Platform', '乙平台', {
      mentions: [makeEvidence('entity.platform', 4, 7)],
    });
    extraction.entities.push(related, lonely);
    extraction.relations.push(makeRelation('ISSUED_BY', { kind: 'document' }, related.key));
    const rows = toDocumentRows(makeInput(extraction));

    expect(rows.relations['MENTIONS:document']).toEqual([
      {
        fromId: 'doc:1',
        toId: lonely.key,
        props: expect.objectContaining({ start: 4, end: 7, rule: 'entity.platform' }) as unknown,
      },
    ]);
    expect(rows.relations['ISSUED_BY:document']).toHaveLength(1);
  });

  it('writes a relation stated twice at one place once', () => {
    const extraction = makeExtraction();
    const lab = makeEntity('Lab', '甲实验室');
    extraction.entities.push(lab, lab);
    extraction.relations.push(
      makeRelation('MENTIONS', { kind: 'document' }, lab.key),
      makeRelation('MENTIONS', { kind: 'document' }, lab.key),
    );
    const rows = toDocumentRows(makeInput(extraction));
    expect(rows.entities.Lab).toHaveLength(1);
    expect(rows.relations['MENTIONS:document']).toHaveLength(1);
    expect(countRows(rows)).toBe(3);
  });
});
