import type { Span } from '../model/extraction.js';
import { toCharTable } from './char-table.js';

/** Characters that close a sentence, full- and half-width, plus line breaks. */
const SENTENCE_END = toCharTable(['。！？；!?;\n\r']);

/** Longest stretch read on each side of a match: keeps evidence small on text without stops. */
const MAX_REACH = 400;

export interface SentenceSpan extends Span {
  text: string;
}

/**
 * The sentence (or clause run) of `text` around [start, end): from just after the previous
 * 。！？；!?; or line break to the next one inclusive, trimmed of surrounding blanks.
 * '甲。乙丙。丁' around 乙 → { text: '乙丙。', start: 2 }
 */
export function findSentence(text: string, start: number, end: number): SentenceSpan {
  const from = clamp(Math.min(start, end), 0, text.length);
  const to = clamp(Math.max(start, end), from, text.length);
  let s = from;
  const sLimit = Math.max(0, from - MAX_REACH);
  while (s > sLimit && SENTENCE_END[text.charCodeAt(s - 1)] !== 1) s -= 1;
  let e = to;
  // A match ending on a stop already ends its sentence ('…不少于100个。' ends at 。).
  const endsOnStop = to > from && SENTENCE_END[text.charCodeAt(to - 1)] === 1;
  if (!endsOnStop) {
    const eLimit = Math.min(text.length, to + MAX_REACH);
    while (e < eLimit && SENTENCE_END[text.charCodeAt(e)] !== 1) e += 1;
    if (e < text.length && e < eLimit && text[e] !== '\n' && text[e] !== '\r') e += 1;
  }
  while (s < from && isBlank(text[s])) s += 1;
  while (e > to && isBlank(text[e - 1])) e -= 1;
  return { text: text.slice(s, e), start: s, end: e };
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\n' || ch === '\r';
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
