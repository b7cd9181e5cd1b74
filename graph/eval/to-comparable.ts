import { toHalfWidth } from '../extract/to-half-width.js';
import { toSimplified } from '../extract/to-simplified.js';

/** Quotation marks, book-title marks and blanks, which gold names drop. */
const DROPPED = /[“”‘’"'《》〈〉「」『』\s]/g;

/**
 * The form two names are compared in: simplified, half-width, without quotes or blanks.
 * '“國企培羽”專項行動' → '国企培羽专项行动'
 */
export function toComparable(text: string): string {
  return toHalfWidth(toSimplified(text)).replace(DROPPED, '');
}
