import { CELL_SEPARATOR } from './to-table-rows.js';
import { toUnifiedIdeographs } from './to-unified-ideographs.js';

/** What the line builder needs of a pdf.js text item. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: font matrix and origin in PDF user space (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
}

/** Page numbers printed at a page's top or bottom: "- 3 -", "— 3 —", "3", "第3页 共10页", "3/10". */
const PAGE_NUMBER =
  /^[-—–－ \u3000]*(第 *)?\d{1,4}( *页)?([ /／\u3000]*(共 *)?\d{1,4} *页?)?[-—–－ \u3000]*$/;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const DENSE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\d]/u;

/**
 * One page's text items → its lines in reading order: items whose baselines are within half a
 * font size of each other form a line, lines go top to bottom and items left to right. A gap of
 * two ems or more (one between Chinese characters) is a table column (a tab, as tables are in the
 * other formats); a smaller gap is a space, except between Chinese characters, which justified
 * text spaces out without meaning it. Radical code points become the ideographs they stand for. A page number alone on the first or last line is dropped, and lines a paragraph was
 * wrapped into are joined again.
 */
export function toPageLines(items: readonly PdfTextItem[]): string[] {
  const placed = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({
      item,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 10,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);

  const rows: (typeof placed)[] = [];
  for (const entry of placed) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - entry.y) <= Math.max(first.size, entry.size) / 2) {
      row.push(entry);
    } else {
      rows.push([entry]);
    }
  }

  const lines = rows.map((row): PageLine => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | null = null;
    for (const { item, x, size } of row) {
      if (end !== null) text += separator(text, item.str, (x - end) / size);
      text += item.str;
      end = x + item.width;
    }
    const first = row[0];
    return {
      text: joinLetterSpaced(toUnifiedIdeographs(text).trim()),
      indentedBySpaces: /^[\s\u3000]/.test(text),
      left: first?.x ?? 0,
      right: end ?? 0,
      y: first?.y ?? 0,
      size: first?.size ?? 10,
    };
  });
  if (lines.length > 0 && PAGE_NUMBER.test(lines.at(-1)?.text ?? '')) lines.pop();
  if (lines.length > 0 && PAGE_NUMBER.test(lines[0]?.text ?? '')) lines.shift();
  return unwrapParagraphs(lines.filter((line) => line.text !== ''));
}

interface PageLine {
  text: string;
  indentedBySpaces: boolean;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Sentence ends after which a line at the margin is taken to end its paragraph. */
const SENTENCE_END = /[。！？!?]$/;
/** A line starting a numbered item starts a new paragraph: 一、 （一） 1. 1、 (1) ① 第三条. */
const ITEM_START =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①-⑳]|第[一二三四五六七八九十百\d]+条)/;

/**
 * Joins the lines a paragraph was wrapped into, so that a sentence reads as one line as it does
 * in the other formats: "到2025年，高新技术企业达" + "500家以上。" → one line. A line is
 * continued by the next when it runs to the right margin of the page's text block, does not end
 * a sentence, and the next line starts at the left margin (not indented as a new paragraph),
 * in the same font size, right below, and not with an item number. Only pages with a body of
 * justified text (three lines or more reaching the margin of a block at least 15 ems wide) are
 * unwrapped: on a page of short lines the longest is not a wrapped one.
 */
function unwrapParagraphs(lines: readonly PageLine[]): string[] {
  const textLines = lines.filter((line) => !line.text.includes(CELL_SEPARATOR));
  const left = Math.min(...textLines.map((line) => line.left));
  const right = Math.max(...textLines.map((line) => line.right));
  const reachesMargin = (line: PageLine) => line.right >= right - 1.5 * line.size;
  // Body text runs 25–40 characters a line; a block narrower than 15 ems is a list or a table.
  const justified =
    textLines.filter((line) => reachesMargin(line) && right - left >= 15 * line.size).length >= 3;
  const merged: PageLine[] = [];
  for (const line of lines) {
    const previous = merged.at(-1);
    const continues =
      justified &&
      previous !== undefined &&
      !previous.text.includes(CELL_SEPARATOR) &&
      !line.text.includes(CELL_SEPARATOR) &&
      reachesMargin(previous) &&
      !SENTENCE_END.test(previous.text) &&
      !line.indentedBySpaces &&
      line.left <= left + line.size / 2 &&
      Math.abs(line.size - previous.size) < 0.5 &&
      previous.y - line.y <= 2.5 * line.size &&
      !ITEM_START.test(line.text);
    if (continues) {
      const glue = CJK.test(previous.text.at(-1) ?? '') || CJK.test(line.text[0] ?? '') ? '' : ' ';
      merged[merged.length - 1] = { ...line, text: `${previous.text}${glue}${line.text}` };
    } else {
      merged.push(line);
    }
  }
  return merged.map((line) => line.text);
}

function separator(before: string, after: string, gapInEms: number): string {
  const cjk = CJK.test(before.at(-1) ?? '') && CJK.test(after[0] ?? '');
  const dense = DENSE.test(before.at(-1) ?? '') && DENSE.test(after[0] ?? '');
  // Chinese text (digits in it too: 到2025年) runs glyph to glyph, even justified: a gap of an em
  // there is a column boundary; Latin words spread further when justified, so they need two.
  if (gapInEms >= 2 || (dense && gapInEms >= 1)) return CELL_SEPARATOR;
  if (gapInEms <= 0.25 || before.endsWith(' ') || after.startsWith(' ')) return '';
  return cjk ? '' : ' ';
}

/** A letter-spaced heading (通 知, 实 施 方 案) is one word, not a row of one-character cells. */
function joinLetterSpaced(text: string): string {
  const cells = text.split(CELL_SEPARATOR);
  return cells.length > 1 && cells.every((cell) => [...cell.trim()].length <= 1)
    ? cells.join('')
    : text;
}
