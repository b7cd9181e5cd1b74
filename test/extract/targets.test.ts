import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Target } from '../../graph/model/extraction.js';
import { extractTargets } from '../../graph/extract/extract-targets.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';

function toMeta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    title: null,
    issuer: null,
    docNumber: null,
    date: null,
    publishedDate: null,
    effectiveDate: null,
    jurisdiction: null,
    kind: '方案',
    validity: null,
    ...overrides,
  };
}

function read(text: string, meta: Partial<DocumentMeta> = {}): Target[] {
  return extractTargets(normaliseText(text), { document: toMeta(meta), sections: [], tasks: [] });
}

const brief = (t: Target) => [t.metric, t.value, t.unit, t.comparator, t.year, t.kind];

describe('extractTargets', () => {
  it('dates the undated goals of a one-year plan to the year its title names', () => {
    const meta: Partial<DocumentMeta> = { title: '2031年全县科技工作要点', kind: '要点' };
    expect(read('全年新增科技型企业80家以上。每年举办对接会6场。', meta).map(brief)).toEqual([
      ['新增科技型企业', 80, '家', '>=', 2031, 'target'],
      ['每年举办对接会', 6, '场', '=', null, 'target'],
    ]);
  });

  it('takes no plan year from a plan period or a report title', () => {
    const text = '新增科技型企业80家以上。';
    expect(read(text, { title: '某市科技行动计划(2031—2033年)' })[0]?.year).toBeNull();
    expect(read(text, { title: '某区2031年科技创新工作方案' })[0]?.year).toBeNull();
  });

  it('reads 今年 as the document year, and 截至 before a date as a figure already reached', () => {
    const targets = read('截至今年6月底,全县已有孵化器18家。', { date: '2031-07-01' });
    expect(targets.map(brief)).toEqual([['全县已有孵化器', 18, '家', '=', 2031, 'actual']]);
    const undated = read('截至今年6月底,全县已有孵化器18家。');
    expect(undated[0]?.year ?? null).toBeNull();
  });

  it('reads 以上 as >= and the due year of 到2025年', () => {
    expect(read('到2025年,示范企业数达到120家以上。').map(brief)).toEqual([
      ['示范企业数', 120, '家', '>=', 2025, 'target'],
    ]);
  });

  it('reads plain 达 as =, 左右 as ~, 不超过 as <= and 不少于 as >=', () => {
    const targets = read('孵化载体达40家,培训农民3000人左右,能耗增幅不超过2%,新增专利不少于90件。');
    expect(targets.map((t) => [t.value, t.comparator])).toEqual([
      [40, '='],
      [3000, '~'],
      [2, '<='],
      [90, '>='],
    ]);
  });

  it('keeps 万 and 亿 in the unit and reads 个百分点 whole', () => {
    const targets = read('培养技能人才1.5万人,产值突破80亿元,比重提高3个百分点。');
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [1.5, '万人'],
      [80, '亿元'],
      [3, '个百分点'],
    ]);
  });

  it('reads a range as reaching its lower end', () => {
    expect(read('建设中试基地2-3家。').map((t) => [t.value, t.comparator])).toEqual([[2, '>=']]);
  });

  it('reads 前N位 as a rank bound', () => {
    const [rank] = read('创新指数进入全省前5位。');
    expect([rank?.value, rank?.unit, rank?.comparator]).toEqual([5, '位', '<=']);
  });

  it('reads 居…第N as a rank', () => {
    const [rank] = read('园区综合排名居全国第7位。');
    expect([rank?.value, rank?.unit]).toEqual([7, '位']);
  });

  it('marks 每年 targets recurring, without a year, metric prefixed', () => {
    const targets = read('到2027年,每年推广新品种不少于8个,引进新技术6项。');
    expect(targets.map((t) => [t.metric, t.recurring, t.year])).toEqual([
      ['每年推广新品种', true, null],
      ['每年引进新技术', true, null],
    ]);
  });

  it('lets 到YYYY年 scope only the clauses after it', () => {
    const targets = read('每年新增平台4家,到2026年实现覆盖率达95%。');
    expect(targets.map((t) => [t.value, t.year, t.recurring])).toEqual([
      [4, null, true],
      [95, 2026, false],
    ]);
  });

  it('dates every figure of a goals section by the year stated once in it', () => {
    const text =
      '二、工作目标\n到2028年,体系更加完善。\n新型研发机构达到12家。\n三、主要任务\n建设平台3个。';
    expect(read(text).map((t) => [t.value, t.year])).toEqual([
      [12, 2028],
      [3, null],
    ]);
  });

  it('drops subsidy caps, grants, rates and per-item counts', () => {
    const text =
      '给予最高500万元资助;按120%加计扣除;给予一次性200万元奖励;每个项目遴选1-2名专家;享受岗位(50万元补贴)。';
    expect(read(text)).toEqual([]);
  });

  it('drops ages, durations, dates and quoted names', () => {
    expect(read('对40周岁以下人才连续3年支持,2024年5月10日起施行,落实“人才10条”。')).toEqual([]);
  });

  it('reads the noun after the unit into the metric', () => {
    const [target] = read('支持实施200项重点研发项目。');
    expect(target?.metric).toBe('支持实施重点研发项目');
  });

  it('keeps the metric to the noun phrase measured: no list marker, purpose or garble', () => {
    const metrics = read(
      '(2)选派科技特派员3000名以上服务乡村振兴。每年遴选10家左右优秀孵化器进行重点培育。' +
        '全市新增锟斤拷高新技术企业50家。',
    ).map((t) => t.metric);
    expect(metrics).toEqual(['选派科技特派员', '每年遴选优秀孵化器', '高新技术企业']);
  });

  it('lists a goal a news headline repeats once', () => {
    const text =
      '甲市出台孵化器行动方案 到2031年在孵企业超6000家\n' +
      '本报讯 近日,甲市印发行动方案,提出到2031年,全市在孵企业超过6000家。\n';
    const targets = read(text, { kind: '新闻' });
    expect(targets.map((t) => [t.value, t.year, t.comparator])).toEqual([[6000, 2031, '>=']]);
  });

  it('reads 年均增长 as the growth of the figure before it', () => {
    const targets = read('到2031年,技术合同成交额突破200亿元,年均增长15%以上。');
    expect(targets.map((t) => t.metric)).toEqual(['技术合同成交额', '技术合同成交额年均增长']);
  });

  it('reads reported figures as actual in a work summary, dated by its title', () => {
    const meta = { title: '某市科技局2022年工作总结', kind: '总结' as const };
    const targets = read('一、主要成效\n全年登记技术合同900项,同比增长12%。', meta);
    expect(targets.map((t) => [t.value, t.kind, t.year])).toEqual([
      [900, 'actual', 2022],
      [12, 'actual', 2022],
    ]);
  });

  it('reads 已组建 and 截至目前 as reported figures in any document', () => {
    const [target] = read('截至目前,全市已组建9个产业联盟。');
    expect([target?.value, target?.kind]).toEqual([9, 'actual']);
  });

  it('reads a plan heading of a summary as goals for its year', () => {
    const meta = { title: '某局2022年工作总结和2023年工作要点', kind: '总结' as const };
    const text = '一、总体进展\n新增孵化器6家。\n二、2023年工作重点\n新增孵化器8家。';
    expect(read(text, meta).map((t) => [t.value, t.kind, t.year])).toEqual([
      [6, 'actual', 2022],
      [8, 'target', 2023],
    ]);
  });

  it('lists a goal restated in a task once', () => {
    const text = '到2025年,高新技术企业数达到300家以上。\n到2025年,全市高新技术企业达300家以上。';
    expect(read(text)).toHaveLength(1);
  });

  it('keeps evidence pointing at the original text', () => {
    const original = '到2025年，研發機構達到30家。';
    const [target] = read(original);
    expect(original.slice(target?.evidence.start, target?.evidence.end)).toContain('30家');
    expect(target?.evidence.sentence).toBe(original);
  });

  it('drops the conditions an applicant must meet', () => {
    expect(read('申请企业应当在本市注册,上年度研发投入不低于50万元,职工人数不超过300人。')).toEqual(
      [],
    );
  });

  it('ends a figure at the 、 that starts the next item', () => {
    const targets = read('全年新建重点实验室8家、工程技术研究中心12家。');
    expect(targets.map((t) => [t.metric, t.value])).toEqual([
      ['新建重点实验室', 8],
      ['工程技术研究中心', 12],
    ]);
  });

  it('drops the enumerated conditions after 符合下列条件', () => {
    const text =
      '第四条 申请认定的机构应当符合下列条件:\n(一)研发人员不少于20人;\n(二)研发投入占比不低于5%。\n第五条 到2026年,认定机构达到40家。';
    expect(read(text).map((t) => t.value)).toEqual([40]);
  });

  it('reads 家次 and areas as units', () => {
    const targets = read('全年服务企业800家次,新增孵化面积5万平方米,举办路演20场。');
    expect(targets.map((t) => t.unit)).toEqual(['家次', '万平方米', '场']);
  });

  it('drops the size a fund is set up with', () => {
    expect(read('设立总规模30亿元的科创产业基金。')).toEqual([]);
  });
});
