import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../graph/ingest/create-docx-numbering.js';
import { decodeDocx } from '../../graph/ingest/decode-docx.js';
import { buildDocxFromBody } from '../fixtures/ingest/build-docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

// A policy document's outline as Word numbers it: 一、 / （一） / 1. and a bullet level.
const NUMBERING =
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
  '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>' +
  '<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>' +
  '</w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
  '</w:numbering>';

// 标题1 carries the list's first level, as Word's heading styles do.
const STYLES =
  `<w:styles ${W}>` +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>' +
  '</w:styles>';

const numbered = (text: string, level: number, numId = 1) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` +
  `<w:r><w:t>${text}</w:t></w:r></w:p>`;
const styled = (text: string, style: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('createDocxNumbering', () => {
  it("restores the numbers of Word's automatic lists, restarting lower levels", () => {
    const body = [
      styled('总体要求', 'Heading1'),
      numbered('主要目标', 1),
      numbered('提升企业创新能力', 2),
      numbered('建设创新平台', 2),
      numbered('要点', 3),
      styled('重点任务', 'MyHeading'),
      numbered('强化企业主体地位', 1),
      numbered('培育科技型企业', 2),
      '<w:p><w:r><w:t>无编号段落</w:t></w:r></w:p>',
    ].join('');
    const docx = buildDocxFromBody(body, {
      'word/numbering.xml': NUMBERING,
      'word/styles.xml': STYLES,
    });
    expect(decodeDocx(docx).text.split('\n')).toEqual([
      '一、总体要求',
      '（一）主要目标',
      '1. 提升企业创新能力',
      '2. 建设创新平台',
      '要点',
      '二、重点任务',
      '（一）强化企业主体地位',
      '1. 培育科技型企业',
      '无编号段落',
    ]);
  });

  it('starts a restarted list at its override', () => {
    const docx = buildDocxFromBody(numbered('保障措施', 0, 2), { 'word/numbering.xml': NUMBERING });
    expect(decodeDocx(docx).text).toBe('五、保障措施');
  });

  it('reads numbered paragraphs without a numbering part as plain paragraphs', () => {
    expect(decodeDocx(buildDocxFromBody(numbered('总体要求', 0))).text).toBe('总体要求');
  });
});

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCountingThousand', '十二'],
    [20, 'chineseCounting', '二十'],
    [35, 'chineseCounting', '三十五'],
    [3, 'decimalEnclosedCircleChinese', '③'],
    [2, 'ideographTraditional', '乙'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [7, 'decimalFullWidth', '７'],
    [7, 'decimal', '7'],
  ])('writes %i in %s as %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });
});
