import type { EntityType } from '../model/vocabulary.js';

/** A name found in clean text, before merging and filtering. */
export interface NameCandidate {
  start: number;
  end: number;
  /** As written, quotation marks dropped. */
  name: string;
  type: EntityType;
  /** Extraction rule, e.g. 'entity.suffix'. */
  rule: string;
  /** Written inside quotation marks as a whole (“双百计划”): a name by the writer's say-so. */
  quoted: boolean;
  /** Alias the text gives in a parenthesis after the name: 未来产业园(先进制造园). */
  alias?: string;
  /** Agencies: the place the name carries (福建省人民政府 → 福建省). */
  place?: string;
}
