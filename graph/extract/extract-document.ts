import type { Diagnostic, Extraction, SourceMeta } from '../model/extraction.js';
import { extractEntities } from './extract-entities.js';
import { extractMetadata } from './extract-metadata.js';
import { extractOwners } from './extract-owners.js';
import { extractRelations } from './extract-relations.js';
import { extractStructure } from './extract-structure.js';
import { extractTargets } from './extract-targets.js';
import { normaliseText } from './normalise-text.js';

/**
 * The extraction pipeline: text and metadata in, facts with evidence out.
 * Pure and deterministic: no I/O, no clock, no randomness.
 */
export function extractDocument(text: string, meta: SourceMeta = {}): Extraction {
  const normalised = normaliseText(text);
  const diagnostics: Diagnostic[] = [];
  if (normalised.clean.trim() === '') {
    diagnostics.push({
      level: 'warning',
      code: 'empty',
      message: 'The document has no text.',
      span: null,
    });
  }
  const document = extractMetadata(normalised, meta);
  const structure = extractStructure(normalised);
  const tasks = extractOwners(normalised, structure.tasks, document);
  const entities = extractEntities(normalised, { document, tasks });
  const targets = extractTargets(normalised, { document, sections: structure.sections, tasks });
  const relations = extractRelations(normalised, { document, tasks, entities });
  return {
    document,
    sections: structure.sections,
    tasks,
    targets,
    entities,
    relations,
    diagnostics,
  };
}
