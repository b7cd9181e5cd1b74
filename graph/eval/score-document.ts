import type { DocumentMeta } from '../model/extraction.js';
import type { AccuracyScore } from './facet-score.js';
import type { GoldFile } from './gold-file.js';
import { toComparable } from './to-comparable.js';

const FIELDS = ['title', 'issuer', 'docNumber', 'date', 'jurisdiction'] as const;

/**
 * Metadata fields judged one by one: equal after simplification and dropping quotes/blanks
 * (《…》 around a title does not count against it); null must meet null.
 */
export function scoreDocument(gold: GoldFile['document'], predicted: DocumentMeta): AccuracyScore {
  const wrong: string[] = [];
  let correct = 0;
  for (const field of FIELDS) {
    const want = gold[field];
    const got = predicted[field];
    const same =
      want === null || got === null ? want === got : toComparable(want) === toComparable(got);
    if (same) correct += 1;
    else wrong.push(`${field}: gold ${String(want)}, got ${String(got)}`);
  }
  return { facet: 'document', measure: 'accuracy', total: FIELDS.length, correct, wrong };
}
