import type { DocumentMeta, SourceMeta } from '../model/extraction.js';
import type { NormalisedText } from './normalised-text.js';

/** Title, issuer, 文号, dates, jurisdiction, kind and validity. (Placeholder.) */
export function extractMetadata(_text: NormalisedText, meta: SourceMeta): DocumentMeta {
  return {
    title: meta.title ?? null,
    issuer: null,
    docNumber: null,
    date: null,
    publishedDate: null,
    effectiveDate: null,
    jurisdiction: null,
    kind: '其他',
    validity: null,
  };
}
