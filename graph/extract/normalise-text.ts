import type { NormalisedText } from './normalised-text.js';
import { OffsetMapBuilder } from './offset-map.js';
import { toHalfWidth } from './to-half-width.js';
import { toSimplified } from './to-simplified.js';

/**
 * Original text → the clean text the rules read, with an offset map back to the original.
 * Line by line: traditional → simplified, full-width → half-width.
 */
export function normaliseText(original: string): NormalisedText {
  const builder = new OffsetMapBuilder();
  let lineStart = 0;
  while (lineStart <= original.length) {
    const newline = original.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? original.length : newline;
    builder.keep(toCleanLine(original.slice(lineStart, lineEnd)), lineStart);
    if (newline === -1) break;
    builder.keep('\n', newline);
    lineStart = newline + 1;
  }
  return builder.toNormalisedText(original);
}

/** One line, same length out as in: simplified where the conversion keeps length. */
function toCleanLine(line: string): string {
  return toHalfWidth(toSameLengthSimplified(line));
}

/** opencc converts phrases; where that changes the length, fall back to one unit at a time. */
function toSameLengthSimplified(line: string): string {
  const converted = toSimplified(line);
  if (converted.length === line.length) return converted;
  let out = '';
  for (const ch of line) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
