import type { DocumentMeta, Entity, Relation, Task } from '../model/extraction.js';
import type { NormalisedText } from './normalised-text.js';

export interface RelationContext {
  document: DocumentMeta;
  tasks: Task[];
  entities: Entity[];
}

/** Issuer, mentions, citations and entity → entity relations, each with evidence. (Placeholder.) */
export function extractRelations(_text: NormalisedText, _context: RelationContext): Relation[] {
  return [];
}
