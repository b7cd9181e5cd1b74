/** A docx page number printed at a line start: '2、要目标…'. */
const PAGE_MARKER = /^(\s*)(\d{1,3})、/;

/** A line ending in one of these ends a sentence or a heading, so the next line starts anew. */
const CLOSED_END = /[。;!?:)》”"]\s*$/;

export interface PageMarker {
  /** Length of indentation + 'N、' to drop at the line start. */
  length: number;
  /** The line continues the previous one (a word or sentence cut by the page break). */
  rejoin: boolean;
}

/**
 * Page numbers of a docx scrape that cut the text mid-word: lines starting 'N、' whose N counts
 * 1, 2, 3… down the document (≥ 3 of them) while the line before mostly stops mid-sentence.
 * A real numbered list fails the test because its items end their sentences.
 * ['…二、主', '2、要目标…'] → the second line's '2、' is a page marker that rejoins '主要目标'.
 * `lines` are the kept lines (junk already '' ), by index.
 */
export function findPageMarkers(lines: readonly string[]): Map<number, PageMarker> {
  const chain: Array<{ index: number; length: number; open: boolean }> = [];
  let counter = 0;
  let previous = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const m = PAGE_MARKER.exec(line);
    if (m && Number(m[2]) === counter + 1) {
      counter += 1;
      chain.push({
        index: i,
        length: m[0].length,
        open: previous !== '' && !CLOSED_END.test(previous),
      });
    }
    if (line.trim() !== '') previous = line;
  }
  const markers = new Map<number, PageMarker>();
  const open = chain.slice(1).filter((c) => c.open).length;
  if (chain.length < 3 || open * 3 < (chain.length - 1) * 2) return markers;
  for (const c of chain) markers.set(c.index, { length: c.length, rejoin: c.open });
  return markers;
}
