import type { DocumentMeta, Entity, Task } from '../model/extraction.js';
import type { NormalisedText } from './normalised-text.js';

export interface EntityContext {
  document: DocumentMeta;
  tasks: Task[];
}

/** Named entities with their types, aliases and mentions. (Placeholder.) */
export function extractEntities(_text: NormalisedText, _context: EntityContext): Entity[] {
  return [];
}
