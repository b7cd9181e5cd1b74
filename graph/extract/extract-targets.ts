import type { DocumentMeta, Section, Target, Task } from '../model/extraction.js';
import type { NormalisedText } from './normalised-text.js';

export interface TargetContext {
  document: DocumentMeta;
  sections: Section[];
  tasks: Task[];
}

/** Quantitative goals and reported figures. (Placeholder.) */
export function extractTargets(_text: NormalisedText, _context: TargetContext): Target[] {
  return [];
}
