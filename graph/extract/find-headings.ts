import { toCharTableMatching } from './char-table.js';
import { parseHeadingNumber } from './parse-heading-number.js';

/** One heading of the outline, numbered ('(一)', '1.', '第三条') or a short plain line ('主要任务'). */
export interface Heading {
  /** '一、' | '(一)' | '1.' (also 1、) | '(1)' | '①' | '第部分' | '第篇' | '第章' | '第节' | '第条' | 'plain'. */
  style: string;
  /** As written without punctuation: '一', '1', '第三条'; '' for plain headings. */
  number: string;
  /** The number's value (一 → 1), null for plain headings. */
  value: number | null;
  start: number;
  /** Where the heading's title starts and ends (before 。, the line end or the next heading). */
  titleStart: number;
  titleEnd: number;
  title: string;
  /** Where the heading's own text ends: the next heading's start or the end of the text. */
  end: number;
  depth: number;
  /** Index of the enclosing heading, -1 at the top. */
  parent: number;
  hasChildren: boolean;
}

/**
 * List markers, most specific first. Each alternative is flat (no nested quantifiers), so the
 * scan stays linear. '第二部分' '第三条' '一、' '(一)' '1、' '1.' '(1)' '①'.
 */
const MARKER =
  /第([一二三四五六七八九十百零〇\d]{1,5})(章|节|条|部分|篇)|([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\)|(\d{1,3})(?:、|\.(?![\d.]))|\((\d{1,2})\)|([\u2460-\u2473])/g;

/** What may precede an inline marker that continues its list: a sentence or clause end. */
const STOP_BEFORE = /[。;!?:)]/;
const CJK = /[\u4e00-\u9fff]/;

/** A short line with no sentence punctuation can head what follows ('主要任务', '政策支持'). */
const PLAIN_HEADING = /^[^。,;:!?、,\d][^。,;:!?]{1,19}$/;
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?$/;

/**
 * Short lines that head nothing: a signature ('某某市科学技术局'), a 文号 ('某政办发〔2024〕3号'),
 * a bare genre word left by a page's category field ('通知'), a print line ('…2024年2月26日印发').
 */
const NOT_PLAIN_HEADING = [
  /^[\u4e00-\u9fff]{2,20}(?:人民政府办公室|人民政府|办公厅|办公室|委员会|管委会|局|厅|委|办)$/,
  /[〔[【]\d{4}[〕\]】]\s?\d{1,4}号$/,
  /^(?:通知|公告|通告|决定|意见|通报|函|批复)$/,
  /印发$/,
];

/** An owner clause closing a heading's line: '培育科技企业(牵头单位:区科技局)' → '培育科技企业'. */
const TRAILING_OWNER_CLAUSE =
  /\((?:(?:牵头|主责|配合|协办|责任|负责|实施)(?:单位|部门|主体)\s?:[^()]*|[^():]*(?:牵头|负责|配合)[^():]*)\)$/;

interface Marker {
  style: string;
  number: string;
  value: number | null;
}

/**
 * The outline of a clean text: markers at line starts, and inline markers that continue or start
 * a list after a stop or glued to a heading ('三、重点任务(一)实施…工程1、建设…' in a flattened
 * docx). Lists nest by style as they appear: a style already open closes everything below it.
 */
export function findHeadings(clean: string): Heading[] {
  const headings: Heading[] = [];
  const stack: number[] = [];
  let plainHasContent = true;
  const open = (heading: Pick<Heading, 'style' | 'number' | 'value' | 'start' | 'titleStart'>) => {
    const parent = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1;
    const parentHeading = headings[parent];
    if (parentHeading) parentHeading.hasChildren = true;
    headings.push({
      style: heading.style,
      number: heading.number,
      value: heading.value,
      start: heading.start,
      titleStart: heading.titleStart,
      title: '',
      titleEnd: heading.titleStart,
      end: clean.length,
      depth: stack.length + 1,
      parent,
      hasChildren: false,
    });
    stack.push(headings.length - 1);
  };
  let lineStart = 0;
  while (lineStart <= clean.length) {
    const newline = clean.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? clean.length : newline;
    const line = clean.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    let sawMarker = false;
    for (const m of line.matchAll(MARKER)) {
      const marker = toMarker(m);
      // The last non-blank character before the marker, '' at the line start; read backwards
      // rather than sliced, so a flattened document of one long line stays linear.
      const previous = findPreviousChar(line, m.index);
      const styleAt = stack.findIndex((i) => headings[i]?.style === marker.style);
      const expected = styleAt === -1 ? 1 : (headings[stack[styleAt] ?? -1]?.value ?? 0) + 1;
      const atLineStart = previous === '';
      const continues = marker.value === expected && STOP_BEFORE.test(previous);
      const startsNested =
        marker.value === 1 && styleAt === -1 && CJK.test(previous) && stack.length > 0;
      if (!atLineStart && !continues && !startsNested) continue;
      // '第二部分 重点任务' heads a part only at a line start; '详见第一部分' is a reference.
      if (!atLineStart && (marker.style === '第部分' || marker.style === '第篇')) continue;
      if (styleAt !== -1) stack.length = styleAt;
      sawMarker = true;
      open({
        style: marker.style,
        number: marker.number,
        value: marker.value,
        start: lineStart + m.index,
        titleStart: lineStart + m.index + m[0].length,
      });
    }
    if (!sawMarker && trimmed !== '') {
      if (isPlainHeading(trimmed)) {
        const lastPlain = findLastIndex(stack, (i) => headings[i]?.style === 'plain');
        if (lastPlain !== -1) stack.length = plainHasContent ? lastPlain : lastPlain + 1;
        open({
          style: 'plain',
          number: '',
          value: null,
          start: lineStart + line.indexOf(trimmed),
          titleStart: lineStart + line.indexOf(trimmed),
        });
        plainHasContent = false;
      } else {
        plainHasContent = true;
      }
    } else if (sawMarker) {
      plainHasContent = true;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return finishHeadings(clean, headings);
}

/** Titles end at 。, the line end or the next heading; each heading's text ends at the next. */
function finishHeadings(clean: string, headings: Heading[]): Heading[] {
  headings.forEach((heading, i) => {
    const next = headings[i + 1]?.start ?? clean.length;
    heading.end = next;
    let end = heading.titleStart;
    while (end < next && clean[end] !== '。' && clean[end] !== '\n') end += 1;
    heading.titleEnd = end;
    heading.title = clean
      .slice(heading.titleStart, end)
      .trim()
      .replace(TRAILING_OWNER_CLAUSE, '')
      .trim()
      .replace(/[:,;]$/, '');
  });
  return headings;
}

/** '主要任务' → true; '2024年3月8日', '某某市科学技术局', '通知' → false. */
function isPlainHeading(line: string): boolean {
  return (
    PLAIN_HEADING.test(line) &&
    CJK.test(line) &&
    !DATE_LINE.test(line) &&
    !NOT_PLAIN_HEADING.some((pattern) => pattern.test(line))
  );
}

function toMarker(m: RegExpMatchArray): Marker {
  if (m[1] !== undefined)
    return { style: `第${m[2]}`, number: `第${m[1]}${m[2]}`, value: parseHeadingNumber(m[1]) };
  if (m[3] !== undefined) return { style: '一、', number: m[3], value: parseHeadingNumber(m[3]) };
  if (m[4] !== undefined) return { style: '(一)', number: m[4], value: parseHeadingNumber(m[4]) };
  if (m[5] !== undefined) return { style: '1.', number: m[5], value: Number(m[5]) };
  if (m[6] !== undefined) return { style: '(1)', number: m[6], value: Number(m[6]) };
  const circled = (m[7] ?? '①').charCodeAt(0) - 0x2460 + 1;
  return { style: '①', number: String(circled), value: circled };
}

const BLANK = toCharTableMatching(/\s/);

/** The last non-blank character of `line` before `index`, or '' when only blanks precede it. */
function findPreviousChar(line: string, index: number): string {
  for (let i = index - 1; i >= 0; i -= 1) if (BLANK[line.charCodeAt(i)] !== 1) return line[i] ?? '';
  return '';
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}
