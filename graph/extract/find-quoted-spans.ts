import { toCharTable } from './char-table.js';

/** Text between a pair of quotation or book-title marks: [start, end) excludes the marks. */
export interface QuotedSpan {
  start: number;
  end: number;
  /** The opening mark: “ ‘ 《 「 『 〈 */
  mark: string;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '「': '」',
  '『': '』',
  '〈': '〉',
};

const OPENERS = toCharTable(Object.keys(CLOSERS));

const NEWLINE = 0x0a;

/** A quote that does not close within this many characters on its line is a stray mark. */
const MAX_QUOTED = 80;

/**
 * Quoted and titled stretches of the text, innermost not nested: each opener pairs with the
 * first matching closer within MAX_QUOTED characters on the same line, so a stray “ or a run
 * of 《《《 costs at most MAX_QUOTED steps each and the scan stays linear.
 * '实施“国企培羽”专项行动,落实《条例》' → [{ start: 3, end: 7, mark: '“' }, { …, mark: '《' }]
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (OPENERS[text.charCodeAt(i)] !== 1) {
      i += 1;
      continue;
    }
    const mark = text[i] ?? '';
    const closer = (CLOSERS[mark] ?? '').charCodeAt(0);
    const opener = mark.charCodeAt(0);
    const limit = Math.min(text.length, i + 1 + MAX_QUOTED);
    let j = i + 1;
    for (; j < limit; j += 1) {
      const code = text.charCodeAt(j);
      if (code === closer || code === NEWLINE || code === opener) break;
    }
    if (j < limit && text.charCodeAt(j) === closer) {
      spans.push({ start: i + 1, end: j, mark });
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return spans;
}

/** One flag per character: 1 inside a quoted span (marks included). */
export function toQuoteMask(text: string, spans: QuotedSpan[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const span of spans)
    mask.fill(1, Math.max(0, span.start - 1), Math.min(text.length, span.end + 1));
  return mask;
}
