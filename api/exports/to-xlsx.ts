import ExcelJS from 'exceljs';
import { MATRIX_COLUMNS } from './to-matrix-rows.js';
import type { MatrixRow } from './to-matrix-rows.js';

const WIDTHS: Record<(typeof MATRIX_COLUMNS)[number], number> = {
  序号: 6,
  任务: 60,
  牵头单位: 24,
  配合单位: 36,
  完成时限: 14,
  来源条款: 40,
};

/** The 任务分解表 as an .xlsx workbook: a bold header row, wrapped text, frozen header. */
export async function toMatrixXlsx(
  rows: readonly MatrixRow[],
  title: string,
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'innograph';
  const sheet = workbook.addWorksheet('任务分解表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = MATRIX_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: WIDTHS[column],
  }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  workbook.title = title;
  const buffer = await workbook.xlsx.writeBuffer();
  // exceljs hands back a Node Buffer typed as ArrayBuffer: copy it into a plain ArrayBuffer.
  return new Uint8Array(buffer).slice().buffer;
}
