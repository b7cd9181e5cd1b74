import type { NormalisedText } from './normalised-text.js';

/**
 * Builds `clean` piece by piece while remembering, for every clean UTF-16 unit, the original
 * range it came from. Each normalisation step appends kept text with `keep`, replaced text with
 * `replace`, and simply skips what it drops, so offsets never drift.
 */
export class OffsetMapBuilder {
  private readonly parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends original[start, start + text.length) unchanged or with a same-length rewrite. */
  keep(text: string, start: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i += 1) {
      this.starts.push(start + i);
      this.ends.push(start + i + 1);
    }
  }

  /** Appends `text` standing for original[start, end) as a whole (e.g. '(一)' for '(-)'). */
  replace(text: string, start: number, end: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i += 1) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  toNormalisedText(original: string): NormalisedText {
    const clean = this.parts.join('');
    const starts = Int32Array.from(this.starts);
    const ends = Int32Array.from(this.ends);
    this.starts = [];
    this.ends = [];
    return createNormalisedText(original, clean, starts, ends);
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
