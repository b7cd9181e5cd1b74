import type { NormalisedText } from './normalised-text.js';
import { toSimplified } from './to-simplified.js';

// Placeholder until the normalisation stage lands: character-wise traditional → simplified
// only, which keeps offsets 1:1.
export function normaliseText(original: string): NormalisedText {
  let clean = '';
  for (const ch of original) {
    const converted = toSimplified(ch);
    clean += converted.length === ch.length ? converted : ch;
  }
  return { original, clean, toOriginal: (offset) => offset };
}
