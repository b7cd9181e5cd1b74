import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../../graph/ingest/to-page-lines.js';
import { toPageLines } from '../../graph/ingest/to-page-lines.js';

/** A text item of font size 10 at (x, y), one em per character. */
const item = (str: string, x: number, y: number): PdfTextItem => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width: str.length * 10,
  height: 10,
});

describe('toPageLines', () => {
  it('orders lines top to bottom and items left to right whatever the stream order', () => {
    const items = [item('第二行', 0, 680), item('右', 40, 700.8), item('第一行左', 0, 700)];
    expect(toPageLines(items)).toEqual(['第一行左右', '第二行']);
  });

  it('puts a tab at a gap of two ems or more, as a table column', () => {
    expect(toPageLines([item('序号', 0, 700), item('任务', 60, 700)])).toEqual(['序号\t任务']);
  });

  it('joins Chinese across a small gap without a space and spaces Latin words', () => {
    expect(toPageLines([item('市科技局', 0, 700), item('牵头', 45, 700)])).toEqual([
      '市科技局牵头',
    ]);
    expect(toPageLines([item('R&D', 0, 700), item('intensity', 35, 700)])).toEqual([
      'R&D intensity',
    ]);
  });

  it.each(['- 3 -', '— 3 —', '3', '第3页 共10页', '3/10'])(
    'drops a page number "%s" on the last line',
    (marker) => {
      expect(toPageLines([item('正文', 0, 700), item(marker, 0, 40)])).toEqual(['正文']);
    },
  );

  it('keeps a number line that is not at the top or bottom of the page', () => {
    const items = [item('正文', 0, 700), item('3', 0, 680), item('结尾', 0, 660)];
    expect(toPageLines(items)).toEqual(['正文', '3', '结尾']);
  });

  it('ignores whitespace-only items and returns nothing for an empty page', () => {
    expect(toPageLines([item('  ', 0, 700)])).toEqual([]);
  });

  it('joins the lines a paragraph was wrapped into, not paragraphs, items or sentences', () => {
    // A 20-em text block: paragraphs indented 2 ems, wrapped lines run to the right margin.
    const items = [
      item('甲'.repeat(18), 20, 700),
      item('乙'.repeat(20), 0, 685),
      item(`${'丙'.repeat(5)}。`, 0, 670),
      item('丁'.repeat(18), 20, 655),
      item(`1.${'戊'.repeat(18)}`, 0, 640),
      item('己'.repeat(20), 0, 625),
      item(`${'庚'.repeat(19)}。`, 0, 610),
      item('辛'.repeat(10), 0, 595),
    ];
    expect(toPageLines(items)).toEqual([
      `${'甲'.repeat(18)}${'乙'.repeat(20)}${'丙'.repeat(5)}。`,
      '丁'.repeat(18),
      `1.${'戊'.repeat(18)}${'己'.repeat(20)}${'庚'.repeat(19)}。`,
      '辛'.repeat(10),
    ]);
  });

  it('takes leading ideographic spaces as a paragraph indent', () => {
    const items = [
      item('甲'.repeat(20), 0, 700),
      item(`\u3000\u3000${'乙'.repeat(18)}`, 0, 685),
      item('丙'.repeat(20), 0, 670),
      item('丁'.repeat(20), 0, 655),
    ];
    expect(toPageLines(items)).toEqual([
      '甲'.repeat(20),
      `${'乙'.repeat(18)}${'丙'.repeat(20)}${'丁'.repeat(20)}`,
    ]);
  });

  it('leaves table rows and a page of short lines as they are', () => {
    const rows = [
      item('序号', 0, 700),
      item('任务', 60, 700),
      item('1', 0, 685),
      item('建平台', 60, 685),
    ];
    expect(toPageLines(rows)).toEqual(['序号\t任务', '1\t建平台']);
    const list = [
      item('一、总体要求', 0, 700),
      item('二、重点任务', 0, 685),
      item('三、保障', 0, 670),
    ];
    expect(toPageLines(list)).toEqual(['一、总体要求', '二、重点任务', '三、保障']);
  });
});

describe('toPageLines on Chinese layout', () => {
  it('takes a one-em gap between Chinese characters or figures as a column', () => {
    expect(
      toPageLines([item('1', 0, 700), item('强化招引', 20, 700), item('市科技局', 70, 700)]),
    ).toEqual(['1\t强化招引\t市科技局']);
  });

  it('reads a letter-spaced heading as one word', () => {
    expect(toPageLines([item('通', 0, 700), item('知', 30, 700)])).toEqual(['通知']);
  });

  it('turns radical code points from a font ToUnicode table into ideographs', () => {
    expect(toPageLines([item('进\u2f00步提升能\u2f12，\u2ec5附件', 0, 700)])).toEqual([
      '进一步提升能力，见附件',
    ]);
  });
});
