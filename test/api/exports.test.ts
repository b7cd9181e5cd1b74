import { describe, expect, it } from 'vitest';
import { toMatrixCsv } from '../../api/exports/to-csv.js';
import { toGraphml } from '../../api/exports/to-graphml.js';
import type { MatrixRow } from '../../api/exports/to-matrix-rows.js';

const row = (task: string): MatrixRow => ({
  序号: '1',
  任务: task,
  牵头单位: '市科技局',
  配合单位: '市发展改革委、各区镇',
  完成时限: '2025年底',
  来源条款: '《实施方案》 第1项',
});

describe('toMatrixCsv', () => {
  it('starts with a BOM and quotes commas, quotes and line breaks', () => {
    const csv = toMatrixCsv([row('建设"平台",推进\n改革')]);
    expect(csv.startsWith('\uFEFF序号,任务,')).toBe(true);
    expect(csv).toContain('"建设""平台"",推进\n改革"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses cells Excel would read as formulas', () => {
    expect(toMatrixCsv([row('=HYPERLINK("x")')])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('toGraphml', () => {
  it('escapes markup and declares a key for every property', () => {
    const xml = toGraphml({
      nodes: [
        {
          type: 'Lab',
          id: 'Lab||<实验室>',
          properties: { name: '<实验室>&', aliases: ['甲'] },
          degree: 1,
        },
      ],
      edges: [],
      truncated: false,
      omittedCount: 0,
    });
    expect(xml).toContain('&lt;实验室&gt;&amp;');
    expect(xml).toContain('attr.name="aliases"');
    expect(xml).toContain('[&quot;甲&quot;]');
    expect(xml).not.toContain('<实验室>');
  });
});
