import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Entity, Task } from '../../graph/model/extraction.js';
import { toCanonicalAgencyName } from '../../graph/extract/canonical-agency-name.js';
import { toEntityKey } from '../../graph/extract/entity-key.js';
import { extractDocument } from '../../graph/extract/extract-document.js';
import { extractEntities } from '../../graph/extract/extract-entities.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';

function toMeta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    title: null,
    issuer: null,
    docNumber: null,
    date: null,
    publishedDate: null,
    effectiveDate: null,
    jurisdiction: '甲市',
    kind: '方案',
    validity: null,
    ...overrides,
  };
}

function read(text: string, meta: Partial<DocumentMeta> = {}, tasks: Task[] = []): Entity[] {
  return extractEntities(normaliseText(text), { document: toMeta(meta), tasks });
}

const names = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.name}`);

describe('extractEntities', () => {
  it('keys an issuer and its short form as one agency, the short form kept as an alias', () => {
    const text =
      '甲乙省科学技术厅关于印发《2031年全省科技工作要点》的通知\n一、平台建设\n' +
      '(1)推进丙丁实验室建设。(省科技厅牵头,省财政厅配合)\n甲乙省科学技术厅\n2031年2月1日\n';
    const agencies = extractDocument(text).entities.filter((e) => e.type === 'Agency');
    const issuer = agencies.find((e) => e.name === '甲乙省科学技术厅');
    expect(issuer?.aliases).toContain('省科技厅');
    expect(agencies.filter((e) => e.key === issuer?.key)).toHaveLength(1);
  });

  it('takes a programme described by size or rank for a category, a named one for a name', () => {
    const text =
      '组织实施重大科技专项攻关,承担国家、省重点研发计划项目,策划重大科技计划项目,' +
      '推动国家重点研发计划、科技重大专项落地。';
    expect(names(read(text)).filter((n) => n.startsWith('Program:'))).toEqual([
      'Program:国家重点研发计划',
      'Program:科技重大专项',
    ]);
  });

  it('does not take the plan the document itself is for a programme in it', () => {
    const text = '甲市人民政府办公室关于印发甲市科技成果转化三年行动计划的通知\n实施乙丙英才计划。';
    const programs = read(text, { title: '甲市科技成果转化三年行动计划(2031—2033年)' }).filter(
      (e) => e.type === 'Program',
    );
    expect(programs.map((e) => e.name)).toEqual(['乙丙英才计划']);
  });

  it('reads a named 街道办事处 as an agency and a bare one as none', () => {
    const text = '支持丁戊街道办事处建设创新服务中心。由街道办事处负责组织实施。';
    expect(names(read(text)).filter((n) => n.includes('办事处'))).toEqual([
      'Agency:丁戊街道办事处',
    ]);
  });

  it('types a university named as a task owner Institution, not Agency', () => {
    const text = '一、重点任务\n(一)建设成果转化基地。(责任单位:市科技局、丙丁大学、戊己研究所)\n';
    const result = extractDocument(text);
    expect(names(result.entities)).toEqual(
      expect.arrayContaining(['Agency:市科技局', 'Institution:丙丁大学', 'Institution:戊己研究所']),
    );
    const keys = new Set(result.entities.map((e) => e.key));
    for (const agency of result.tasks[0]?.agencies ?? []) expect(keys).toContain(agency.entityKey);
  });

  it('reads a zone before 管委会 as part of its name, not as its jurisdiction', () => {
    const text =
      '一、重点任务\n(一)建设成果转化基地。(责任单位:市科技局、丙丁高新区管委会)\n' +
      '支持丙丁高新区管委会设立转化专区。\n';
    const agencies = extractDocument(text).entities.filter((e) => e.name === '丙丁高新区管委会');
    expect(agencies).toHaveLength(1);
  });

  it('reads a name back from its suffix to the verb that introduces it', () => {
    expect(names(read('高标准建设丙丁创新实验室。'))).toEqual(['Lab:丙丁创新实验室']);
  });

  it('types names by suffix', () => {
    const text =
      '依托戊己科学城,支持庚辛集团,实施壬癸人才工程,联合子丑大学,推进寅卯数字经济研究院建设。';
    expect(names(read(text))).toEqual([
      'Platform:戊己科学城',
      'Enterprise:庚辛集团',
      'Program:壬癸人才工程',
      'Institution:子丑大学',
      'Platform:寅卯数字经济研究院',
    ]);
  });

  it('drops quotation marks from programme names and runs through them', () => {
    const text = '实施“青苗领航”专项行动,参与北辰产业创新“揭榜挂帅”攻坚计划。';
    expect(names(read(text))).toEqual([
      'Program:青苗领航专项行动',
      'Program:北辰产业创新揭榜挂帅攻坚计划',
    ]);
  });

  it('reads 《titles》 as cited policies, not file names', () => {
    const text = '落实《甲市促进科技创新若干规定》,下载《方案.docx》。';
    expect(names(read(text))).toEqual(['Policy:甲市促进科技创新若干规定']);
  });

  it('takes aliases from 以下简称 and 统称', () => {
    const text = '出台《甲市科技计划项目管理办法》(以下简称《办法》)。《办法》自公布之日起施行。';
    const [policy] = read(text);
    expect(policy?.aliases).toEqual(['办法']);
    expect(policy?.mentions).toHaveLength(3);
    const [program] = read('全面实施创新驱动引领工程(统称“北斗工程”)。');
    expect(program?.aliases).toEqual(['北斗工程']);
  });

  it('keeps a Latin acronym as an alias', () => {
    const [program] = read('支持海洋碳汇(OCS)国际大科学计划建设。');
    expect(program?.aliases).toEqual(['海洋碳汇国际大科学计划', 'OCS']);
  });

  it('never makes a category phrase an entity', () => {
    const text =
      '建设各类创新平台,支持龙头企业建设省级以上企业技术中心、重点实验室,培育新型研发机构,争创全国重点实验室。';
    expect(read(text)).toEqual([]);
  });

  it('drops a class introduced by 等 and a family of 系列', () => {
    expect(read('在医药等领域建设国家产教融合创新平台,建设“启明”系列新型研发机构。')).toEqual([]);
  });

  it('reads names listed before 等…企业 and 等…高校', () => {
    const text = '支持甲乙、丙丁等骨干国有企业,引进戊大、己工等知名高校。';
    expect(names(read(text))).toEqual([
      'Enterprise:甲乙',
      'Enterprise:丙丁',
      'Institution:戊大',
      'Institution:己工',
    ]);
  });

  it('reads agencies with a level or place before their ending', () => {
    const text = '在市委、市政府领导下,市科学技术局会同乙丙省人民政府落实部署,优化学科布局。';
    expect(names(read(text))).toEqual([
      'Agency:市委',
      'Agency:市政府',
      'Agency:市科学技术局',
      'Agency:乙丙省人民政府',
    ]);
  });

  it('reads a company whose name holds a particle character', () => {
    expect(names(read('支持甲为技术有限公司、乙丙股份有限公司等龙头企业。'))).toEqual([
      'Enterprise:甲为技术有限公司',
      'Enterprise:乙丙股份有限公司',
    ]);
  });

  it('does not read a definition verb into an agency', () => {
    expect(names(read('本办法所称创新券,是指市科学技术局发放的凭证。'))).toEqual([
      'Agency:市科学技术局',
    ]);
  });

  it('keeps 和 inside one body but splits two bodies at it', () => {
    expect(names(read('由甲乙新区科技创新和人才局负责,市委和市政府统筹。'))).toEqual([
      'Agency:甲乙新区科技创新和人才局',
      'Agency:市委',
      'Agency:市政府',
    ]);
  });

  it('keys a district body named with its city by the district', () => {
    const [agency] = read('丙丁市甲乙区科学技术局印发。', { jurisdiction: '甲乙区' });
    expect(agency?.key).toBe('Agency|甲乙区|区科技局');
  });

  it('skips every item of an addressee list opened by 各', () => {
    expect(names(read('各乡镇人民政府、街道办事处,区政府各部门:'))).toEqual(['Agency:区政府']);
  });

  it('does not make a place plus a category a name', () => {
    expect(read('可申报丙丁省科技计划项目。')).toEqual([]);
  });

  it('keeps a field paired with 及 inside a name, but not a kind before 及', () => {
    expect(names(read('推动轻质合金及复合材料研究院建设,支持高校及企业研究院发展。'))).toEqual([
      'Platform:轻质合金及复合材料研究院',
    ]);
  });

  it('reads names joined by a dash but not chains of kinds', () => {
    expect(names(read('建设中国—东盟技术转移中心,构建“众创空间—孵化器—加速器”链条。'))).toEqual([
      'Platform:中国—东盟技术转移中心',
    ]);
  });

  it('skips addressees after 各', () => {
    expect(read('各镇人民政府,各园区管委会,各街道办事处:')).toEqual([]);
  });

  it('keys agencies by jurisdiction and canonical name', () => {
    const [agency] = read('甲市科学技术局印发。', { jurisdiction: '甲市' });
    expect(agency?.key).toBe('Agency|甲市|市科技局');
  });

  it('merges a name written with and without its city', () => {
    const entities = read('组织实施甲市自然科学基金项目,给予市自然科学基金支持。');
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([
      ['甲市自然科学基金', ['市自然科学基金']],
    ]);
  });

  it('makes task owners Agency entities, collectives marked, and names the body of 成员单位', () => {
    const source = normaliseText('任务。');
    const evidence = {
      start: 0,
      end: 1,
      sentence: '任务。',
      sentenceStart: 0,
      match: 'exact' as const,
      rule: 'owner',
    };
    const agency = (name: string, collective: boolean) => ({
      name,
      role: 'lead' as const,
      explicit: true,
      collective,
      entityKey: toEntityKey('Agency', name, '甲市'),
      evidence,
    });
    const task: Task = {
      key: 't1',
      number: '1',
      section: '',
      title: '任务',
      body: '任务。',
      deadline: null,
      span: { start: 0, end: 3 },
      agencies: [agency('市科技局', false), agency('市科创委成员单位', true)],
    };
    const entities = extractEntities(source, { document: toMeta(), tasks: [task] });
    expect(entities.map((e) => [e.name, e.collective])).toEqual([
      ['市科技局', false],
      ['市科创委成员单位', true],
      ['市科创委', false],
    ]);
  });

  it('makes the issuer an Agency entity under its own place', () => {
    const [issuer] = read('乙县人民政府办公室印发。', {
      issuer: '乙县人民政府办公室',
      jurisdiction: '乙县',
    });
    expect([issuer?.key, issuer?.mentions[0]?.match]).toEqual(['Agency|乙县|县政府办', 'exact']);
  });

  it('keeps junk and mojibake out', () => {
    expect(read('网站地图|联系我们\n首页 > 资助项目 > 综合\n锟斤拷??中心')).toEqual([]);
  });
});

describe('toCanonicalAgencyName', () => {
  it('brings long and colloquial forms to the official short form', () => {
    expect(toCanonicalAgencyName('市科学技术局')).toBe('市科技局');
    expect(toCanonicalAgencyName('市发展和改革委员会')).toBe('市发展改革委');
    expect(toCanonicalAgencyName('市发改委')).toBe('市发展改革委');
    expect(toCanonicalAgencyName('区人力资源和社会保障局')).toBe('区人力资源社会保障局');
    expect(toCanonicalAgencyName('丙市市场监督管理局', '丙市')).toBe('市市场监管局');
  });
});

describe('toEntityKey', () => {
  it('meets traditional and simplified, Roman and Latin numerals on one key', () => {
    const simplified = read('建设甲城Ⅰ号孵化器。')[0]?.key;
    const traditional = read('建設甲城I號孵化器。')[0]?.key;
    expect(simplified).toBe('Platform||甲城I号孵化器');
    expect(traditional).toBe(simplified);
  });

  it('keeps agencies of two jurisdictions apart', () => {
    expect(toEntityKey('Agency', '市科技局', '甲市')).not.toBe(
      toEntityKey('Agency', '市科技局', '乙市'),
    );
  });
});
