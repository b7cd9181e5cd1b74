import { findMojibake } from './find-mojibake.js';
import { findOcrSlips } from './find-ocr-slips.js';
import { findPageMarkers } from './find-page-markers.js';
import { findInlineJunk, type LineEdit } from './inline-junk.js';
import { isJunkLine } from './junk-lines.js';
import type { NormalisedText } from './normalised-text.js';
import { OffsetMapBuilder } from './offset-map.js';
import { toHalfWidth } from './to-half-width.js';
import { toSimplifiedKeepingLength } from './to-simplified.js';

interface Line {
  start: number;
  /** Simplified and half-width, same length as the original line. */
  converted: string;
  edits: LineEdit[];
  /** The line after its edits: what junk and page-marker rules look at. */
  visible: string;
}

/**
 * Original text → the clean text every rule reads, with an offset map back to the original.
 * Line by line: traditional → simplified and full-width → half-width (same length, so offsets
 * hold), mojibake blanked, HTML remnants and chrome fields cut, OCR slips fixed, junk lines
 * dropped, and docx page numbers that cut words removed with their line break.
 */
export function normaliseText(original: string): NormalisedText {
  const lines = toLines(original);
  const kept = lines.map((line) => (isJunkLine(line.visible) ? '' : line.visible));
  const markers = findPageMarkers(kept);
  const builder = new OffsetMapBuilder();
  lines.forEach((line, i) => {
    const marker = markers.get(i);
    if (i > 0 && !marker?.rejoin) builder.keep('\n', line.start - 1);
    if (kept[i] === '') return;
    const edits = marker
      ? [{ start: 0, end: markerEnd(line, marker.length), text: '' }, ...line.edits]
      : line.edits;
    applyEdits(builder, line.converted, line.start, edits);
  });
  return builder.toNormalisedText(original);
}

function toLines(original: string): Line[] {
  const lines: Line[] = [];
  // One conversion for the whole text: lines with nothing to convert cost one table look-up each.
  const simplified = toSimplifiedKeepingLength(original);
  let start = 0;
  for (;;) {
    const newline = original.indexOf('\n', start);
    const end = newline === -1 ? original.length : newline;
    const raw = original.slice(start, end);
    const converted = toHalfWidth(simplified.slice(start, end));
    const edits = [...findMojibake(raw), ...findInlineJunk(converted), ...findOcrSlips(converted)];
    if (raw.endsWith('\r')) edits.push({ start: raw.length - 1, end: raw.length, text: '' });
    const sorted = toDisjoint(edits);
    lines.push({ start, converted, edits: sorted, visible: applyToString(converted, sorted) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/** Where the page marker ends in the converted line (edits do not touch a line's start). */
function markerEnd(line: Line, visibleLength: number): number {
  const indent = /^\s*/.exec(line.converted)?.[0].length ?? 0;
  const visibleIndent = /^\s*/.exec(line.visible)?.[0].length ?? 0;
  return indent + (visibleLength - visibleIndent);
}

/** Sorted by start; an edit overlapping an earlier one is dropped. */
function toDisjoint(edits: LineEdit[]): LineEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LineEdit[] = [];
  let reach = 0;
  for (const edit of sorted) {
    if (edit.start < reach) continue;
    out.push(edit);
    reach = edit.end;
  }
  return out;
}

function applyToString(text: string, edits: LineEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

function applyEdits(
  builder: OffsetMapBuilder,
  text: string,
  lineStart: number,
  edits: LineEdit[],
): void {
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    if (edit.start > at) builder.keep(text.slice(at, edit.start), lineStart + at);
    if (edit.text !== '') {
      if (edit.text.length === edit.end - edit.start)
        builder.keep(edit.text, lineStart + edit.start);
      else builder.replace(edit.text, lineStart + edit.start, lineStart + edit.end);
    }
    at = edit.end;
  }
  if (at < text.length) builder.keep(text.slice(at), lineStart + at);
}
