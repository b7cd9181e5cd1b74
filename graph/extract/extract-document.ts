import type { Diagnostic, Extraction, SourceMeta } from '../model/extraction.js';
import { extractEntities } from './extract-entities.js';
import { extractMetadata } from './extract-metadata.js';
import { extractOwners } from './extract-owners.js';
import { extractRelations } from './extract-relations.js';
import { extractStructure } from './extract-structure.js';
import { extractTargets } from './extract-targets.js';
import { BLANK } from './find-mojibake.js';
import type { NormalisedText } from './normalised-text.js';
import { normaliseText } from './normalise-text.js';
import { BINARY_SHARE_LIMIT, toBinaryShare } from './to-binary-share.js';

/**
 * The extraction pipeline: text and metadata in, facts with evidence out.
 * Pure and deterministic: no I/O, no clock, no randomness.
 */
export function extractDocument(text: string, meta: SourceMeta = {}): Extraction {
  const binaryShare = toBinaryShare(text);
  if (binaryShare > BINARY_SHARE_LIMIT) return toBinaryExtraction(binaryShare, meta);
  const normalised = normaliseText(text);
  const document = extractMetadata(normalised, meta);
  const structure = extractStructure(normalised);
  const tasks = extractOwners(normalised, structure.tasks, document, structure.groupSpans);
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
    diagnostics: findDiagnostics(normalised),
  };
}

/** Nothing read from a binary-looking text but what `meta` says, and why. */
function toBinaryExtraction(share: number, meta: SourceMeta): Extraction {
  return {
    document: extractMetadata(normaliseText(''), meta),
    sections: [],
    tasks: [],
    targets: [],
    entities: [],
    relations: [],
    diagnostics: [
      {
        level: 'warning',
        code: 'binary',
        message:
          `The text looks binary (${Math.round(share * 100)}% control or unreadable ` +
          'characters); nothing was extracted from it.',
        span: null,
      },
    ],
  };
}

/** What the reader should know about the text itself: empty, or with unreadable stretches. */
function findDiagnostics(text: NormalisedText): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (text.clean.trim() === '') {
    diagnostics.push({
      level: 'warning',
      code: 'empty',
      message: 'The document has no text.',
      span: null,
    });
    return diagnostics;
  }
  const garbled = [...text.clean.matchAll(new RegExp(`${BLANK}+`, 'g'))];
  const first = garbled[0];
  if (first) {
    diagnostics.push({
      level: 'warning',
      code: 'mojibake',
      message: `${garbled.length} garbled stretch(es) of text were skipped.`,
      span: {
        start: text.toOriginal(first.index),
        end: text.toOriginalEnd(first.index + first[0].length),
      },
    });
  }
  return diagnostics;
}
