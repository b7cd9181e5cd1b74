import type { Evidence } from '../model/extraction.js';
import type { MatchKind } from '../model/vocabulary.js';
import { findSentence } from './find-sentence.js';
import type { NormalisedText } from './normalised-text.js';

/**
 * Evidence for a match found at [cleanStart, cleanEnd) of `text.clean`: the same range in the
 * original text and the original sentence around it, so what the user sees is what was written.
 * (clean '市科技局' at 10–14 of a traditional text) → { start, end, sentence: '(責任單位:市科技局,…)' }
 */
export function toEvidence(
  text: NormalisedText,
  cleanStart: number,
  cleanEnd: number,
  match: MatchKind,
  rule: string,
): Evidence {
  const start = text.toOriginal(cleanStart);
  const end = Math.max(start, cleanEnd > cleanStart ? text.toOriginalEnd(cleanEnd) : start);
  const sentence = findSentence(text.original, start, end);
  return { start, end, sentence: sentence.text, sentenceStart: sentence.start, match, rule };
}
