import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../graph/extract/extract-metadata.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';
import { parseDate } from '../../graph/extract/parse-date.js';

const read = (text: string, title?: string) =>
  extractMetadata(normaliseText(text), title ? { title } : {});

describe('extractMetadata', () => {
  it('reads a labelled metadata block and unwraps a 印发…的通知 around its body', () => {
    const meta = read(
      [
        '发布机构: 甲乙市人民政府办公室 文号: 甲政办发[2022]7号',
        '成文日期: 2022-04-01 发布日期: 2022-04-08 有效性: 有效',
        '名称: 市政府办公室印发关于加快科技创新的若干措施的通知',
        '关于加快科技创新的若干措施',
        '一、总体要求',
      ].join('\n'),
    );
    expect(meta).toEqual({
      title: '关于加快科技创新的若干措施',
      issuer: '甲乙市人民政府办公室',
      docNumber: '甲政办发〔2022〕7号',
      date: '2022-04-01',
      publishedDate: '2022-04-08',
      effectiveDate: null,
      jurisdiction: '甲乙市',
      kind: '措施',
      validity: '有效',
    });
  });

  it('takes the issuer named at the head of the title and its place', () => {
    const meta = read('丙丁市科学技术局2022年工作总结\n一、主要成效\n正文。');
    expect(meta).toMatchObject({
      issuer: '丙丁市科学技术局',
      jurisdiction: '丙丁市',
      kind: '总结',
    });
  });

  it('cuts a title that runs on into the body and finds no place in a verb phrase', () => {
    const meta = read('建设创新强市行动方案为深入实施创新驱动发展战略,制定本方案。');
    expect(meta).toMatchObject({ title: '建设创新强市行动方案', jurisdiction: null, kind: '方案' });
  });

  it('reads a signature and its date when there is no metadata block', () => {
    const meta = read('关于某事的通知\n正文。\n戊己县人民政府\n2021年12月30日');
    expect(meta).toMatchObject({
      issuer: '戊己县人民政府',
      date: '2021-12-30',
      jurisdiction: '戊己县',
    });
  });

  it('takes a news report’s subject from the policy it announces', () => {
    const meta = read(
      '某某日报讯(记者 某某)近日,市科技局出台《庚辛市科技项目管理办法》,自2024年1月1日起施行。',
    );
    expect(meta).toMatchObject({
      title: '庚辛市科技项目管理办法',
      issuer: '市科技局',
      kind: '新闻',
      jurisdiction: '庚辛市',
      effectiveDate: '2024-01-01',
      date: null,
    });
  });

  it('takes the innermost place of the issuer, a province included', () => {
    expect(
      read(
        '某某市某某区人民政府办公室关于某事的通知\n正文。\n某某市某某区人民政府办公室\n2024年4月12日',
      ).jurisdiction,
    ).toBe('某某区');
    expect(read('发布机构: 某某省科学技术厅\n2024年全省科技工作要点').jurisdiction).toBe('某某省');
  });

  it('takes the first of joint signatories as the issuer', () => {
    const meta = read('关于某事的办法\n正文。\n某某市科学技术局\n某某市财政局\n2024年3月8日');
    expect(meta).toMatchObject({ issuer: '某某市科学技术局', date: '2024-03-08' });
  });

  it('reads a news report whose dispatch opens under its headline and date stamp', () => {
    const meta = read(
      [
        '某某出台孵化器行动方案 到2026年在孵企业超6000家',
        '2024-07-16 08:30 来源:某某日报',
        '本报讯(记者 某某)近日,某某市科技局联合市财政局印发《某某市孵化器行动方案》,提出目标。',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      title: '某某市孵化器行动方案',
      issuer: '某某市科技局',
      date: '2024-07-16',
      jurisdiction: '某某市',
      kind: '新闻',
    });
  });

  it('reads a signature dated in Chinese numerals, a 第N号 文号 and a masthead of joint issuers', () => {
    expect(
      read('某某市科技创新方案\n某府发〔2024〕第5号\n正文。\n某某市人民政府\n二〇二四年三月八日'),
    ).toMatchObject({
      issuer: '某某市人民政府',
      docNumber: '某府发〔2024〕第5号',
      date: '2024-03-08',
    });
    expect(
      read('中共某某市委 某某市人民政府\n关于建设科技强市的实施意见\n一、总体要求'),
    ).toMatchObject({
      issuer: '中共某某市委',
      jurisdiction: '某某市',
    });
  });

  it('joins a 通知 title broken over two lines and unwraps the document it carries', () => {
    const meta = read(
      [
        '某某市人民政府办公室关于印发',
        '某某市科技成果转化行动计划的通知',
        '某府办〔2024〕23号',
        '某某市科技成果转化行动计划',
        '一、行动目标',
      ].join('\n'),
    );
    expect(meta.title).toBe('某某市科技成果转化行动计划');
  });

  it('takes the adoption note under a title as the written date', () => {
    expect(
      read('某某市科技项目管理办法\n(2024年3月8日市政府第12次常务会议审议通过)\n第一章 总则').date,
    ).toBe('2024-03-08');
  });

  it('falls back to the title passed in', () => {
    expect(read('正文没有标题,只有句子。', '外部标题').title).toBe('外部标题');
  });
});

describe('parseDate', () => {
  it('reads Chinese and ISO-like dates and rejects impossible ones', () => {
    expect(parseDate('2023年3月5日')).toBe('2023-03-05');
    expect(parseDate('2024-02-18 17:04')).toBe('2024-02-18');
    expect(parseDate('二〇二三年十月')).toBeNull();
    expect(parseDate('二〇二四年十二月三十一日')).toBe('2024-12-31');
    expect(parseDate('二〇二四年二月三十二日')).toBeNull();
    expect(parseDate('2023-13-01')).toBeNull();
  });
});
