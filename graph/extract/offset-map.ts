import type { NormalisedText } from './normalised-text.js';

/**
 * Builds `clean` piece by piece while remembering, for every clean UTF-16 unit, the original
 * range it came from. Each normalisation step appends kept text with `keep`, replaced text with
 * `replace`, and simply skips what it drops, so offsets never drift.
 */
export class OffsetMapBuilder {
  private readonly parts: string[] = [];
  // Typed tables grown by doubling: two pushes per character onto plain arrays cost more than
  // the rest of normalisation on long texts.
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private length = 0;

  /** Appends original[start, start + text.length) unchanged or with a same-length rewrite. */
  keep(text: string, start: number): void {
    this.parts.push(text);
    this.reserve(text.length);
    for (let i = 0; i < text.length; i += 1) {
      this.starts[this.length] = start + i;
      this.ends[this.length] = start + i + 1;
      this.length += 1;
    }
  }

  /** Appends `text` standing for original[start, end) as a whole (e.g. '(一)' for '(-)'). */
  replace(text: string, start: number, end: number): void {
    this.parts.push(text);
    this.reserve(text.length);
    this.starts.fill(start, this.length, this.length + text.length);
    this.ends.fill(end, this.length, this.length + text.length);
    this.length += text.length;
  }

  toNormalisedText(original: string): NormalisedText {
    const clean = this.parts.join('');
    const starts = this.starts.slice(0, this.length);
    const ends = this.ends.slice(0, this.length);
    this.starts = new Int32Array(0);
    this.ends = new Int32Array(0);
    this.length = 0;
    return createNormalisedText(original, clean, starts, ends);
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}

/** A NormalisedText over per-unit origin tables (`starts[i]`, `ends[i]` for clean unit i). */
export function createNormalisedText(
  original: string,
  clean: string,
  starts: Int32Array,
  ends: Int32Array,
): NormalisedText {
  const n = clean.length;
  const lastEnd = n > 0 ? (ends[n - 1] ?? original.length) : 0;
  return {
    original,
    clean,
    toOriginal(cleanOffset) {
      if (n === 0) return 0;
      const i = Math.trunc(cleanOffset);
      if (i <= 0) return starts[0] ?? 0;
      if (i >= n) return lastEnd;
      return starts[i] ?? lastEnd;
    },
    toOriginalEnd(cleanEnd) {
      if (n === 0) return 0;
      const i = Math.trunc(cleanEnd);
      if (i <= 0) return starts[0] ?? 0;
      if (i > n) return lastEnd;
      return ends[i - 1] ?? lastEnd;
    },
    toClean(originalOffset) {
      // Binary search: origins never decrease along `clean`.
      let low = 0;
      let high = n;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((starts[mid] ?? 0) < originalOffset) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
