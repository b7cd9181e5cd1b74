import type { LineEdit } from './inline-junk.js';

/** The blank a garbled run becomes: same length, never part of a word. */
export const BLANK = '\ufffd';

const CJK = /[\u3400-\u9fff]/;
/** ASCII letters and marks that a multi-byte character split in two leaves behind. */
const LATIN = /[A-Za-z^`~|\\_{}]/;
/** Symbols that GBK/UTF-8 confusion scatters into Chinese text ('⌒', '锟斤拷'). */
const STRAY_SYMBOL = /[\u2000-\u2bff\ue000-\uf8ff]/;

/** A character each mojibake rule needs: its first, a private-use character or a '?'. */
const MOJIBAKE_SIGN = /[锟烫屯\ue000-\uf8ff?]/;

/** How far past a '?' run the garbled tail may reach. */
const TAIL = 8;

/**
 * Ranges of one (original) line that are mojibake: UTF-8 bytes shown as GBK come out as '?'
 * runs glued to CJK, followed by rare characters with Latin letters or symbols wedged between
 * them, or as '锟斤拷'; private-use characters are never text. Each range is blanked so no rule
 * reads it. '环湖环??苿搸榻y领' → '环湖环' + 6 blanks + '领'.
 */
export function findMojibake(line: string): LineEdit[] {
  const edits: LineEdit[] = [];
  // Every rule below needs one of these characters; most lines hold none.
  if (!MOJIBAKE_SIGN.test(line)) return edits;
  for (const m of line.matchAll(/锟斤拷|烫烫烫|屯屯屯/g))
    edits.push(blank(line, m.index, m.index + m[0].length));
  for (const m of line.matchAll(/[\ue000-\uf8ff]+/g))
    edits.push(blank(line, m.index, m.index + m[0].length));
  for (const m of line.matchAll(/\?+/g)) {
    const start = m.index;
    const afterRun = start + m[0].length;
    const before = line[start - 1] ?? '';
    const after = line[afterRun] ?? '';
    // A real question mark ends a sentence; a garbled one sits inside Chinese text.
    if (!CJK.test(after) && !(after === '!' && CJK.test(line[afterRun + 1] ?? ''))) continue;
    if (!CJK.test(before) && before !== ')' && before !== '》' && start !== 0) continue;
    const end = garbledTailEnd(line, afterRun);
    // One '?' before Chinese may be a sloppy question mark; '??', '?!' or a wedged letter is not.
    if (m[0].length < 2 && after !== '!' && end === afterRun) continue;
    edits.push(blank(line, start, end));
  }
  return edits;
}

/**
 * The end of the garbled stretch after a '?' run: through the last Latin letter or stray
 * symbol wedged between CJK characters within TAIL characters ('苿搸榻y' ends after 'y'),
 * or just the '?' run when there is none.
 */
function garbledTailEnd(line: string, from: number): number {
  let end = from;
  const limit = Math.min(line.length, from + TAIL);
  for (let i = from; i < limit; i += 1) {
    const ch = line[i] ?? '';
    if (ch === '!' || ch === '?') end = i + 1;
    else if ((LATIN.test(ch) || STRAY_SYMBOL.test(ch)) && CJK.test(line[i - 1] ?? '')) end = i + 1;
    else if (!CJK.test(ch)) break;
  }
  return end;
}

function blank(line: string, start: number, end: number): LineEdit {
  return { start, end, text: BLANK.repeat(end - start) };
}
