// The text every extraction rule reads: simplified, half-width, junk removed, page markers
// rejoined. Rules match on `clean`; facts point back into the original through `toOriginal`,
// so evidence and offsets always refer to the text the user can see.
export interface NormalisedText {
  original: string;
  clean: string;
  /**
   * Maps an offset in `clean` to the offset of the same character in `original`.
   * `clean.length` maps to the end of the last kept character; out-of-range offsets clamp.
   */
  toOriginal(cleanOffset: number): number;
  /**
   * Maps the exclusive end of a clean range to the exclusive end in `original`, so a clean
   * range [s, e) covers original [toOriginal(s), toOriginalEnd(e)) even where one clean
   * character stands for several original ones (a rejoined page break, a surrogate pair).
   */
  toOriginalEnd(cleanEnd: number): number;
  /**
   * The first clean offset whose character comes from `originalOffset` or later: the inverse of
   * `toOriginal` for stages that hold original spans (a task's span) and need to read `clean`.
   */
  toClean(originalOffset: number): number;
}
