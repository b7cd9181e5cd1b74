import { describe, expect, it } from 'vitest';
import type { Relation } from '../../graph/model/extraction.js';
import { extractDocument } from '../../graph/extract/extract-document.js';

const describeRef = (ref: Relation['from']) =>
  ref.kind === 'entity' ? ref.key : ref.kind === 'task' ? `task:${ref.key}` : ref.kind;
const describeRelation = (r: Relation) => `${describeRef(r.from)} ${r.type} ${describeRef(r.to)}`;

function entityRelations(text: string): string[] {
  return extractDocument(text)
    .relations.filter((r) => r.from.kind === 'entity')
    .map(describeRelation);
}

describe('extractRelations', () => {
  it('reads 依托X建设Y as Y BASED_ON X', () => {
    expect(entityRelations('依托子丑大学建设寅卯创新实验室。')).toEqual([
      'Lab||寅卯创新实验室 BASED_ON Institution||子丑大学',
    ]);
  });

  it('reads X与Y共建Z as two CO_BUILDS', () => {
    expect(entityRelations('推动甲乙集团与丙丁大学共建戊己技术研究院。')).toEqual([
      'Enterprise||甲乙集团 CO_BUILDS Platform||戊己技术研究院',
      'Institution||丙丁大学 CO_BUILDS Platform||戊己技术研究院',
    ]);
  });

  it('reads X牵头组建Y as ESTABLISHES', () => {
    expect(entityRelations('支持庚辛大学牵头组建壬癸海洋实验室。')).toEqual([
      'Institution||庚辛大学 ESTABLISHES Lab||壬癸海洋实验室',
    ]);
  });

  it('reads Y入驻X and X…,入驻Y、Z as LOCATED_IN', () => {
    expect(entityRelations('寅卯生物研究院入驻辰巳科学城。')).toEqual([
      'Platform||寅卯生物研究院 LOCATED_IN Platform||辰巳科学城',
    ]);
    expect(
      entityRelations('午未科创孵化园正式揭牌,入驻申酉数字研究中心、戌亥材料研究院等项目。'),
    ).toEqual([
      'Platform||申酉数字研究中心 LOCATED_IN Platform||午未科创孵化园',
      'Platform||戌亥材料研究院 LOCATED_IN Platform||午未科创孵化园',
    ]);
  });

  it('reads X研制Y as DEVELOPS when Y is an entity', () => {
    expect(entityRelations('子丑集团研制寅卯检测平台。')).toEqual([
      'Enterprise||子丑集团 DEVELOPS Platform||寅卯检测平台',
    ]);
  });

  it('reads 组建X管委会 as the committee ADMINISTERS X', () => {
    const relations = entityRelations('建设辰巳科学城,组建辰巳科学城管委会。');
    expect(relations).toContain('Agency||辰巳科学城管委会 ADMINISTERS Platform||辰巳科学城');
  });

  it('relates the document to its issuer, its mentions and its citations, with evidence', () => {
    const text =
      '甲市科学技术局关于印发方案的通知\n发布机构:甲市科学技术局\n落实《甲市促进科技创新若干规定》,建设丙丁创新实验室。';
    const result = extractDocument(text);
    const fromDocument = result.relations.filter((r) => r.from.kind === 'document');
    const types = fromDocument.map((r) => r.type);
    expect(types).toContain('CITES');
    expect(types).toContain('MENTIONS');
    for (const relation of fromDocument) {
      expect(text.slice(relation.evidence.start, relation.evidence.end).length).toBeGreaterThan(0);
      expect(relation.evidence.sentence).toContain(
        text.slice(relation.evidence.start, relation.evidence.end),
      );
    }
    const issued = fromDocument.find((r) => r.type === 'ISSUED_BY');
    if (result.document.issuer)
      expect(issued?.to).toEqual({
        kind: 'entity',
        key: expect.stringContaining('市科技局') as string,
      });
  });

  it('relates each task to the entities mentioned in its span', () => {
    const text =
      '工作方案\n一、重点任务\n1.建设丙丁创新实验室。(责任单位:市科技局)\n2.打造戊己科学城。(责任单位:市财政局)\n';
    const byTask = extractDocument(text)
      .relations.filter((r) => r.from.kind === 'task' && r.to.kind === 'entity')
      .map(describeRelation)
      .filter((line) => !line.includes('Agency'));
    expect(byTask).toEqual([
      'task:t1 MENTIONS Lab||丙丁创新实验室',
      'task:t2 MENTIONS Platform||戊己科学城',
    ]);
  });
});
