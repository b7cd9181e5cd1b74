/** Gathers inline text into lines: markup's blocks become lines, its whitespace is collapsed. */
export interface LineCollector {
  /** Appends inline text to the current line. */
  add(text: string): void;
  /** Ends the current line, if it has any text. */
  breakLine(): void;
  /** Appends finished lines (a table's rows, a <pre>'s lines) as they are. */
  addLines(lines: readonly string[]): void;
  /** Ends the current line and returns all lines so far. */
  lines(): string[];
}

export function createLineCollector(): LineCollector {
  const lines: string[] = [];
  let buffer = '';
  const breakLine = () => {
    const line = cleanLine(buffer);
    buffer = '';
    if (line !== '') lines.push(line);
  };
  return {
    add(text) {
      buffer += text;
    },
    breakLine,
    addLines(more) {
      breakLine();
      for (const line of more) if (line.trim() !== '') lines.push(line);
    },
    lines() {
      breakLine();
      return lines;
    },
  };
}

const CJK = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
// A source line break between two Chinese characters is markup formatting, not a space:
// "提升科技\n  创新能力" → "提升科技创新能力" (Chinese puts no spaces between words).
const SOFT_BREAK = new RegExp(`(?<=${CJK})[^\\S\\n]*\\n\\s*(?=${CJK})`, 'gu');

/** Collapses markup whitespace: runs become one space, line ends trimmed, nbsp and the ideographic space included. */
export function cleanLine(raw: string): string {
  return raw.replace(SOFT_BREAK, '').replace(/\s+/g, ' ').trim();
}
