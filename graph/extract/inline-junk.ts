/** A half-open range of a line with what replaces it ('' drops it). */
export interface LineEdit {
  start: number;
  end: number;
  text: string;
}

/** HTML tag remnants: '<th id="2lwyf">', '</video>', '<br/>'. Bounded, so no backtracking. */
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,200})?\/?>/g;

/**
 * Page-chrome fields inside a metadata line: counters, font switches, editors, index numbers.
 * '发布时间:2023-06-13 内容编辑:某某 点击数:' keeps only the date.
 */
const CHROME_FIELD =
  /(?:内容编辑|点击数|点击量|浏览次数|浏览量|阅读次数|阅读量|访问次数|访问量|累计次数|字体|字号|索引号|索\s引\s号|分类|主题分类)\s?:\s?(?:\[[^\]\n]{0,20}\]|(?![^\s:]{1,40}:)[^\s:]{0,40})/g;

/** A scraped list bullet in front of a metadata line: '1. 索引号: …' → '索引号: …'. */
const METADATA_BULLET = /^(\s*)(?:\d{1,2}\.\s*|[•·]\s*)(?=\S{0,8}:)/;

/** Edits that remove tags, chrome fields and metadata bullets from one line. */
export function findInlineJunk(line: string): LineEdit[] {
  const edits: LineEdit[] = [];
  // A tag needs a '<', a field or a bullet a ':'; most lines hold neither and skip the scans.
  if (line.includes('<'))
    for (const m of line.matchAll(HTML_TAG))
      edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  if (!line.includes(':')) return edits;
  for (const m of line.matchAll(CHROME_FIELD))
    edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  const bullet = METADATA_BULLET.exec(line);
  if (bullet) {
    const indent = bullet[1]?.length ?? 0;
    edits.push({ start: indent, end: bullet[0].length, text: '' });
  }
  return edits;
}
