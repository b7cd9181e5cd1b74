import { describe, expect, it } from 'vitest';
import { extractStructure } from '../../graph/extract/extract-structure.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';

const structure = (text: string) => extractStructure(normaliseText(text));
const brief = (text: string) =>
  structure(text).tasks.map((t) => ({ number: t.number, section: t.section, title: t.title }));

describe('extractStructure', () => {
  it('takes leaf items under 重点任务 and 保障措施, not goals or guiding ideas', () => {
    const text = [
      '某某实施方案',
      '一、总体要求',
      '(一)指导思想',
      '坚持创新引领。',
      '(二)发展目标',
      '到2025年,企业达到100家。',
      '二、重点任务',
      '(一)壮大创新主体',
      '1.培育科技企业。实施培育计划。',
      '2.建设研发平台。支持企业建设平台。',
      '三、保障措施',
      '(一)加强组织领导。建立工作机制。',
    ].join('\n');
    expect(brief(text)).toEqual([
      { number: '1', section: '壮大创新主体', title: '培育科技企业' },
      { number: '2', section: '壮大创新主体', title: '建设研发平台' },
      { number: '一', section: '保障措施', title: '加强组织领导' },
    ]);
  });

  it('reads headings glued into one line, as a flattened docx gives them', () => {
    const text =
      '二、主要目标到2025年,建成平台10个。三、重点任务(一)实施能力提升工程1、建设创新平台。支持建设。2、集聚高端人才。引进人才。(二)实施融合工程1、部署创新链。推进协同。';
    expect(brief(text)).toEqual([
      { number: '1', section: '实施能力提升工程', title: '建设创新平台' },
      { number: '2', section: '实施能力提升工程', title: '集聚高端人才' },
      { number: '1', section: '实施融合工程', title: '部署创新链' },
    ]);
  });

  it('nests plain heading lines and skips items under 政策支持', () => {
    const text = [
      '主要任务',
      '1.组织技术攻关',
      '协同开展关键技术攻关。',
      '政策支持',
      '项目支持',
      '1. 支持承担重大项目。给予资金支持。',
    ].join('\n');
    expect(brief(text)).toEqual([{ number: '1', section: '主要任务', title: '组织技术攻关' }]);
  });

  it('takes the items of a work report’s plans but not its reported work', () => {
    const text = [
      '一、主要工作情况',
      '(一)推进平台建设。全年建成平台5个。',
      '二、2025年工作重点',
      '(一)加快平台建设。新建平台3个。',
    ].join('\n');
    expect(brief(text)).toEqual([
      { number: '一', section: '2025年工作重点', title: '加快平台建设' },
    ]);
  });

  it('takes items under headings that name no section kind, but not principles or past work', () => {
    const text = [
      '关于加快科技创新的实施意见',
      '一、基本原则',
      '(一)坚持企业主体。发挥企业作用。',
      '二、强化企业创新地位',
      '(一)培育科技企业。实施培育计划。',
      '三、2024年工作开展情况',
      '(一)建成平台。全年建成平台5个。',
    ].join('\n');
    expect(brief(text)).toEqual([
      { number: '一', section: '强化企业创新地位', title: '培育科技企业' },
    ]);
  });

  it('ignores numbers that do not continue a list mid-sentence', () => {
    const text = '二、重点任务\n1.建设平台。投入2.5亿元,建成3、4个中心。\n2.培育企业。新增企业。';
    expect(brief(text).map((t) => t.number)).toEqual(['1', '2']);
  });

  it('takes the articles of a 办法 as outline, not as tasks', () => {
    const result = structure(
      '第一章 总则\n第一条 为规范管理,制定本办法。\n第二章 职责\n第二条 市科技局负责统筹协调工作。',
    );
    expect(result.tasks).toEqual([]);
    expect(result.sections.map((s) => s.number)).toEqual(['第一章', '第一条', '第二章', '第二条']);
  });

  it('reads task-division table rows as tasks with their deadline', () => {
    const text = [
      '附件:任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设创新平台。推进平台建设。\t市科技局\t市财政局\t2024年底',
      '2\t培育科技企业\t市工信局\t\t长期',
    ].join('\n');
    const tasks = structure(text).tasks;
    expect(tasks.map((t) => [t.key, t.number, t.title, t.deadline])).toEqual([
      ['t1', '1', '建设创新平台', '2024年底'],
      ['t2', '2', '培育科技企业', '长期'],
    ]);
  });

  it('gives every task a span inside the original text and sections a level', () => {
    const text = '二、重點任務\n（一）建設平臺\n1. 建設實驗室。支持建設。';
    const result = structure(text);
    const task = result.tasks[0];
    expect(task && text.slice(task.span.start, task.span.end)).toBe('1. 建設實驗室。支持建設。');
    expect(result.sections.map((s) => [s.number, s.level])).toEqual([
      ['二', 1],
      ['一', 2],
      ['1', 3],
    ]);
  });
  it('takes no article of a 办法 as a task, even in a 支持措施 chapter, unless it names its owner', () => {
    const result = structure(
      [
        '第二章 认定条件',
        '第四条 申请认定的机构应当符合下列条件:',
        '(一)在本市注册的独立法人单位,注册满1年;',
        '(二)研发人员不少于15人。',
        '第三章 支持措施',
        '第五条 对首次认定的机构,给予一次性奖励100万元。',
        '第六条 建设公共服务平台,完善服务体系。(责任单位:市科技局)',
      ].join('\n'),
    );
    expect(result.tasks.map((t) => t.number)).toEqual(['第六条']);
  });

  it('drops an owner clause from a heading title and keeps it out of its items’ section', () => {
    const tasks = brief(
      '二、重点任务\n(一)培育科技企业(牵头单位:区科技局;配合单位:区财政局)\n1.实施倍增行动。新增企业。',
    );
    expect(tasks).toEqual([{ number: '1', section: '培育科技企业', title: '实施倍增行动' }]);
  });

  it('does not take a goals heading, a review of problems or a heading over a task table as a task', () => {
    const text = [
      '某某市科学技术局',
      '2024年6月20日',
      '一、行动目标',
      '到2026年,新增重点实验室8家以上。',
      '二、存在的问题',
      '一是平台偏少,二是企业偏小。',
      '三、重点任务分解',
      '序号\t重点任务\t牵头单位\t配合单位',
      '1\t建设实验室。推进建设。\t市科技局\t市财政局',
    ].join('\n');
    expect(brief(text).map((t) => t.title)).toEqual(['建设实验室']);
  });

  it('does not read a signature, a 文号, a bare 通知 or a print line as a section', () => {
    const result = structure(
      [
        '通知',
        '某政办发〔2024〕3号',
        '某某市人民政府办公室',
        '2024年3月1日',
        '重点任务',
        '1.建设平台。推进建设。',
        '某某市科学技术局办公室 2024年2月26日印发',
      ].join('\n'),
    );
    expect(result.sections.map((s) => s.title)).toEqual(['重点任务', '建设平台']);
  });
  it('reads 第X部分 at a line start as a part heading, not inside a sentence', () => {
    const result = structure(
      '第一部分 总体要求\n详见第一部分说明。\n第二部分 重点任务\n一、建设平台。推进平台建设工作。',
    );
    expect(result.sections.map((s) => [s.number, s.title])).toEqual([
      ['第一部分', '总体要求'],
      ['第二部分', '重点任务'],
      ['一', '建设平台'],
    ]);
    expect(brief('第二部分 重点任务\n一、建设平台。推进平台建设工作。')).toEqual([
      { number: '一', section: '重点任务', title: '建设平台' },
    ]);
  });
});
