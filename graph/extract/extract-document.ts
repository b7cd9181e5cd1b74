import type { Extraction, SourceMeta } from '../model/extraction.js';
import { normaliseText } from './normalise-text.js';

/**
 * The extraction pipeline: text and metadata in, facts with evidence out.
 * Pure and deterministic: no I/O, no clock, no randomness.
 */
export function extractDocument(text: string, meta: SourceMeta = {}): Extraction {
  const normalised = normaliseText(text);
  return {
    document: {
      title: meta.title ?? null,
      issuer: null,
      docNumber: null,
      date: null,
      publishedDate: null,
      effectiveDate: null,
      jurisdiction: null,
      kind: '其他',
      validity: null,
    },
    sections: [],
    tasks: [],
    targets: [],
    entities: [],
    relations: [],
    diagnostics:
      normalised.clean.trim() === ''
        ? [{ level: 'warning', code: 'empty', message: 'The document has no text.', span: null }]
        : [],
  };
}
