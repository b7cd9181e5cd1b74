// The text every extraction rule reads: simplified, half-width, junk removed, page markers
// rejoined. Rules match on `clean`; facts point back into the original through `toOriginal`,
// so evidence and offsets always refer to the text the user can see.
export interface NormalisedText {
  original: string;
  clean: string;
  /** Maps an offset in `clean` to the offset of the same character in `original`. */
  toOriginal(cleanOffset: number): number;
}
