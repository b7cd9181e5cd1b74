import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../graph/extract/extract-metadata.js';
import { extractOwners } from '../../graph/extract/extract-owners.js';
import { extractStructure } from '../../graph/extract/extract-structure.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';

function owners(body: string) {
  const text = normaliseText(`发布机构: 甲乙市人民政府\n二、重点任务\n${body}`);
  const document = extractMetadata(text, {});
  const tasks = extractOwners(text, extractStructure(text).tasks, document);
  return tasks.map((t) => t.agencies.map((a) => `${a.name}:${a.role}${a.collective ? '*' : ''}`));
}

/** As the pipeline calls it, with the group headings' clauses passed down. */
function ownersWithGroups(body: string) {
  const text = normaliseText(`发布机构: 甲乙区人民政府\n二、重点任务\n${body}`);
  const structure = extractStructure(text);
  return extractOwners(text, structure.tasks, extractMetadata(text, {}), structure.groupSpans);
}

describe('extractOwners', () => {
  it('reads a 责任单位 clause: first leads, the 市 prefix carried, bodies after the comma support', () => {
    expect(
      owners('1.建设平台。推进建设。(责任单位:市科技局、发展改革委、市场监管局,各镇街)'),
    ).toEqual([
      ['市科技局:lead', '市发展改革委:support', '市市场监管局:support', '各镇街:support*'],
    ]);
  });

  it('points an owner that is a university at an Institution, any other at an Agency', () => {
    const text = normaliseText(
      '发布机构: 甲乙市人民政府\n二、重点任务\n1.建设平台。推进建设。(责任单位:市科技局、丙丁大学)',
    );
    const tasks = extractOwners(text, extractStructure(text).tasks, extractMetadata(text, {}));
    expect(tasks[0]?.agencies.map((a) => a.entityKey)).toEqual([
      'Agency|甲乙市|市科技局',
      'Institution||丙丁大学',
    ]);
  });

  it('keeps named parks and towns as written', () => {
    expect(
      owners(
        '1.建设平台。推进建设。(责任单位:高新技术产业开发区,市科技局、某某经济开发区、某港镇)',
      ),
    ).toEqual([
      ['高新技术产业开发区:lead', '市科技局:support', '某某经济开发区:support', '某港镇:support'],
    ]);
  });

  it('reads 牵头单位 and 配合单位 parts, several leads included', () => {
    expect(owners('1.建设平台。推进建设。(牵头单位:市科技局、市财政局;配合单位:各镇)')).toEqual([
      ['市科技局:lead', '市财政局:lead', '各镇:support*'],
    ]);
  });

  it('reads verb clauses: X牵头,Y按职责分工负责 and X负责', () => {
    expect(
      owners(
        '1.建设平台。推进建设。(市科技局牵头,市财政局、各园区按职责分工负责)\n2.培育企业。加强培育。(区工信局负责)',
      ),
    ).toEqual([['市科技局:lead', '市财政局:support', '各园区:support*'], ['区工信局:lead']]);
  });

  it('marks collectives and leaves tasks without an owner empty', () => {
    expect(
      owners('1.加强领导。建立机制。(责任单位:市创新委成员单位,各镇街)\n2.营造氛围。加强宣传。'),
    ).toEqual([['市创新委成员单位:lead*', '各镇街:support*'], []]);
  });

  it('reads owners from task-table columns', () => {
    const text = normaliseText(
      '序号\t任务\t牵头单位\t责任单位\t完成时限\n1\t建设平台\t市科技局\t市财政局、各区\t2024年',
    );
    const tasks = extractOwners(text, extractStructure(text).tasks, extractMetadata(text, {}));
    expect(tasks[0]?.agencies.map((a) => `${a.name}:${a.role}`)).toEqual([
      '市科技局:lead',
      '市财政局:support',
      '各区:support',
    ]);
  });

  it('gives each owner an entity key in the document’s jurisdiction and evidence in the original', () => {
    const original =
      '發布機構: 甲乙市人民政府\n二、重點任務\n1.建設平臺。推進。(責任單位：市科技局、財政局)';
    const text = normaliseText(original);
    const [task] = extractOwners(text, extractStructure(text).tasks, extractMetadata(text, {}));
    const [lead, support] = task?.agencies ?? [];
    expect(lead?.entityKey).toBe('Agency|甲乙市|市科技局');
    expect(lead?.explicit).toBe(true);
    expect(lead && original.slice(lead.evidence.start, lead.evidence.end)).toBe('市科技局');
    expect(support?.evidence).toMatchObject({
      match: 'normalised',
      rule: 'owner.clause.responsible',
    });
    expect(support && original.slice(support.evidence.start, support.evidence.end)).toBe('財政局');
  });
});

describe('extractOwners on labelled lines', () => {
  it('reads a 责任单位 line beside a 牵头单位 line as support', () => {
    expect(owners('1.建设平台。推进建设。\n牵头单位:市科技局\n责任单位:市财政局、各区')).toEqual([
      ['市科技局:lead', '市财政局:support', '各区:support*'],
    ]);
  });

  it('does not read firms or institutes before 牵头 as owners', () => {
    expect(owners('1.组建联合体。(龙头企业牵头)推动高校院所(高校院所牵头)协同。')).toEqual([[]]);
  });
});

describe('extractOwners on marked and inline lists', () => {
  it('lets a body marked (牵头) lead its 责任单位 list', () => {
    expect(owners('1.建设平台。推进建设。(责任单位:市财政局、市科技局(牵头),各区)')).toEqual([
      ['市财政局:support', '市科技局:lead', '各区:support*'],
    ]);
  });

  it('reads a labelled list that follows a sentence on the same line', () => {
    expect(owners('1.建设平台。推进建设。牵头单位:市科技局;配合单位:市财政局。')).toEqual([
      ['市科技局:lead', '市财政局:support'],
    ]);
  });
  it('passes a group heading’s clause down to its items that have none, marked inferred', () => {
    const tasks = ownersWithGroups(
      [
        '(一)培育科技企业(牵头单位:区科技局;配合单位:区经信局)',
        '1.实施倍增行动。新增企业。',
        '2.推动企业上规。培育企业。(区财政局负责)',
      ].join('\n'),
    );
    expect(tasks.map((t) => t.agencies.map((a) => `${a.name}:${a.role}`))).toEqual([
      ['区科技局:lead', '区经信局:support'],
      ['区财政局:lead'],
    ]);
    const inherited = tasks[0]?.agencies[0];
    expect(inherited?.explicit).toBe(true);
    expect(inherited?.evidence.match).toBe('inferred');
    expect(inherited?.evidence.rule).toBe('owner.inherited.clause.lead');
    expect(tasks[1]?.agencies[0]?.evidence.match).toBe('exact');
  });

  it('carries 省 and the party committee’s 市委 over a list', () => {
    expect(
      owners(
        [
          '1.建设平台。推进建设。(省科技厅牵头,省发展改革委、工业和信息化厅、财政厅配合)',
          '2.宣传典型。加强宣传。(责任单位:市委组织部、宣传部,市科协)',
          '3.引进人才。加强引进。(责任单位:市科技局、宣传部、人社局)',
        ].join('\n'),
      ),
    ).toEqual([
      ['省科技厅:lead', '省发展改革委:support', '省工业和信息化厅:support', '省财政厅:support'],
      ['市委组织部:lead', '市委宣传部:support', '市科协:support'],
      ['市科技局:lead', '市委宣传部:support', '市人社局:support'],
    ]);
    expect(owners('1.办好大赛。组织比赛。(责任单位:区科技局、团区委)')).toEqual([
      ['区科技局:lead', '团区委:support'],
    ]);
  });

  it('reads collectives and people’s organisations in verb clauses', () => {
    expect(
      owners(
        [
          '1.建设孵化载体。盘活空间。(各镇街负责)',
          '2.培养技能人才。开展培训。(区人社局、区教体局牵头,区总工会配合)',
        ].join('\n'),
      ),
    ).toEqual([['各镇街:lead*'], ['区人社局:lead', '区教体局:lead', '区总工会:support']]);
  });

  it('keeps a collective whole when its list is written with 、 inside it', () => {
    expect(
      owners(
        [
          '1.建设平台。推进建设。(责任单位:市科技局,各县(市、区)政府)',
          '2.引进团队。加强引进。(责任单位:市人才办,各辖市、区)',
        ].join('\n'),
      ),
    ).toEqual([
      ['市科技局:lead', '各县(市、区)政府:support*'],
      ['市人才办:lead', '各辖市、区:support*'],
    ]);
  });
  it('reads labelled lists whatever separates the labels, in brackets too', () => {
    expect(
      owners(
        [
          '1.建设平台。推进建设。(牵头单位:市科技局 配合单位:市财政局)',
          '2.培育企业。推进培育。(牵头单位:市科技局,配合单位:市财政局、人社局)',
          '3.引进人才。加强引进。【责任单位:市人才办、市科技局】',
          '4.保护产权。加强保护。(主要责任单位:市市场监管局;其他责任单位:市公安局)',
        ].join('\n'),
      ),
    ).toEqual([
      ['市科技局:lead', '市财政局:support'],
      ['市科技局:lead', '市财政局:support', '市人社局:support'],
      ['市人才办:lead', '市科技局:support'],
      ['市市场监管局:lead', '市公安局:support'],
    ]);
  });
  it('reads a table whose columns are kept apart by blanks, skipping a 牵头领导 column', () => {
    const text = normaliseText(
      [
        '序号  重点任务        牵头领导   牵头单位   配合单位          完成时限',
        '1     建设创新平台    王某某     市科技局   市财政局、人社局  2024年底',
      ].join('\n'),
    );
    const tasks = extractOwners(text, extractStructure(text).tasks, extractMetadata(text, {}));
    expect(
      tasks.map((t) => [t.title, t.deadline, t.agencies.map((a) => `${a.name}:${a.role}`)]),
    ).toEqual([
      ['建设创新平台', '2024年底', ['市科技局:lead', '市财政局:support', '市人社局:support']],
    ]);
  });
});
