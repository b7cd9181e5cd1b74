import { toSimplified } from '../extract/to-simplified.js';
import type { Store } from './open-store.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { readQuery } from './read-query.js';
import { documentOf } from './read-projections.js';
import type { Projection } from './read-projections.js';
import type { DocumentRecord } from './read-records.js';

export const DOCUMENT_SORTS = ['dateDesc', 'dateAsc', 'titleAsc'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

const ORDER_BY: Record<DocumentSort, string> = {
  dateDesc: "coalesce(d.date, '') DESC, d.id",
  dateAsc: "coalesce(d.date, '9999') ASC, d.id",
  titleAsc: "coalesce(d.title, '') ASC, d.id",
};

const FULL_DOCUMENT = documentOf('d');

// One round trip for a page and its total: filter, sort, then slice the collected list.
const FIND_DOCUMENTS_CYPHER = Object.fromEntries(
  Object.entries(ORDER_BY).map(([sort, orderBy]) => [
    sort,
    `
MATCH (d:Document)
WHERE ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($text IS NULL OR d.title CONTAINS $text OR d.issuer CONTAINS $text
       OR d.docNumber CONTAINS $text OR d.source CONTAINS $text)
WITH d ORDER BY ${orderBy}
WITH collect(d) AS found
RETURN size(found) AS totalCount,
  [d IN found[toInteger($offset)..toInteger($offset + $limit)] | ${FULL_DOCUMENT.cypher}] AS rows`,
  ]),
) as Record<DocumentSort, string>;

const documentsByIdsCypher = (document: Projection<DocumentRecord>): string => `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN ${document.cypher} AS row`;

const FIND_DOCUMENT_TEXTS_CYPHER = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.text AS text`;

export interface DocumentFilter {
  jurisdiction?: string | null | undefined;
  kind?: string | null | undefined;
  /** Matches title, issuer, docNumber or source by substring, in either script. */
  text?: string | null | undefined;
  sort?: DocumentSort | undefined;
  offset: number;
  limit: number;
}

export interface DocumentPage {
  rows: DocumentRecord[];
  totalCount: number;
}

export async function findDocuments(store: Store, filter: DocumentFilter): Promise<DocumentPage> {
  const text = filter.text?.trim() ? toSimplified(filter.text.trim()) : null;
  const rows = await readQuery<{ rows: unknown[]; totalCount: number }>(
    store,
    FIND_DOCUMENTS_CYPHER[filter.sort ?? 'dateDesc'],
    {
      jurisdiction: filter.jurisdiction ?? null,
      kind: filter.kind ?? null,
      text,
      offset: filter.offset,
      limit: filter.limit,
    },
  );
  const [page] = rows;
  return page
    ? { rows: page.rows.map(FULL_DOCUMENT.decode), totalCount: page.totalCount }
    : { rows: [], totalCount: 0 };
}

export async function findDocumentsByIds(
  store: Store,
  ids: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<DocumentRecord[]> {
  const document = documentOf('d', plan);
  const rows = await readQuery<{ row: unknown }>(store, documentsByIdsCypher(document), { ids });
  return rows.map((r) => document.decode(r.row));
}

export async function findDocumentTexts(
  store: Store,
  ids: readonly string[],
): Promise<{ id: string; text: string }[]> {
  return readQuery(store, FIND_DOCUMENT_TEXTS_CYPHER, { ids });
}
