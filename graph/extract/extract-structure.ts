import type { Section, Task } from '../model/extraction.js';
import type { NormalisedText } from './normalised-text.js';

export interface DocumentStructure {
  sections: Section[];
  /** Numbered items, with `agencies` still empty: owners are read by extractOwners. */
  tasks: Task[];
}

/** The heading outline and the numbered work items. (Placeholder.) */
export function extractStructure(_text: NormalisedText): DocumentStructure {
  return { sections: [], tasks: [] };
}
