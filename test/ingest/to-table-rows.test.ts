import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../graph/ingest/to-table-rows.js';
import { toTableRows } from '../../graph/ingest/to-table-rows.js';

const cell = (text: string, more: Partial<TableCell> = {}): TableCell => ({
  text,
  colSpan: 1,
  rowSpan: 1,
  continuesAbove: false,
  ...more,
});

describe('toTableRows', () => {
  it('joins cells with a tab, one row per line', () => {
    expect(
      toTableRows([
        [cell('序号'), cell('任务')],
        [cell('1'), cell('建平台')],
      ]),
    ).toEqual(['序号\t任务', '1\t建平台']);
  });

  it('repeats a row-spanning cell in each row it covers, in its column', () => {
    const rows = [
      [cell('1'), cell('市科技局', { rowSpan: 3 }), cell('甲')],
      [cell('2'), cell('乙')],
      [cell('3'), cell('丙')],
      [cell('4'), cell('市财政局'), cell('丁')],
    ];
    expect(toTableRows(rows)).toEqual([
      '1\t市科技局\t甲',
      '2\t市科技局\t乙',
      '3\t市科技局\t丙',
      '4\t市财政局\t丁',
    ]);
  });

  it('pads a column-spanning cell so later columns line up', () => {
    const rows = [
      [cell('责任单位', { colSpan: 2 }), cell('时限')],
      [cell('牵头'), cell('配合'), cell('2025年')],
    ];
    expect(toTableRows(rows)).toEqual(['责任单位\t\t时限', '牵头\t配合\t2025年']);
  });

  it('continues a DOCX vertical merge with the text above', () => {
    const rows = [
      [cell('1'), cell('市科技局')],
      [cell('2'), cell('', { continuesAbove: true })],
    ];
    expect(toTableRows(rows)).toEqual(['1\t市科技局', '2\t市科技局']);
  });

  it('drops rows with no text', () => {
    expect(toTableRows([[cell(''), cell('')], [cell('有')]])).toEqual(['有']);
  });
});
