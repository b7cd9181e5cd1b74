import { toHalfWidth } from '../extract/to-half-width.js';
import { toSimplified } from '../extract/to-simplified.js';

/** Quotation marks, book-title marks and blanks, which gold names drop. */
const DROPPED = /[“”‘’"'《》〈〉「」『』\s]/g;

/**
 * The form two names are compared in: simplified, half-width, without quotes or blanks.
 * '“東湖英才”專項行動' → '东湖英才专项行动'
 */
export function toComparable(text: string): string {
  return toHalfWidth(toSimplified(text)).replace(DROPPED, '');
}
