import { MATRIX_COLUMNS } from './to-matrix-rows.js';
import type { MatrixRow } from './to-matrix-rows.js';

// Excel opens a CSV as the local ANSI code page unless it starts with a UTF-8 BOM; with it,
// Chinese shows intact. Fields are quoted per RFC 4180, lines end in CRLF.
const BOM = '\uFEFF';

function toField(value: string): string {
  // A leading = + - @ would make Excel evaluate the cell as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toMatrixCsv(rows: readonly MatrixRow[]): string {
  const lines = [
    MATRIX_COLUMNS.map(toField).join(','),
    ...rows.map((row) => MATRIX_COLUMNS.map((column) => toField(row[column])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
