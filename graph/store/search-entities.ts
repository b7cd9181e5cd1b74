import { toSimplified } from '../extract/to-simplified.js';
import type { EntityType } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { entityOf } from './read-projections.js';
import type { EntityRecord } from './read-records.js';
import { StoreRequestError } from './store-errors.js';

const ENTITY = entityOf('node');

// The cjk analyzer indexes bigrams, so a quoted phrase finds any contiguous part of a name of
// two or more characters. Hits are oversampled because the type filter runs after the index.
const SEARCH_FULLTEXT_CYPHER = `
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: toInteger($sample)})
YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN ${ENTITY.cypher} AS entity, score, coalesce(node.searchText, '') AS searchText
ORDER BY score DESC, size(node.name), node.id
LIMIT toInteger($first)`;

// Single characters (and inputs the analyzer drops entirely) fall back to a substring scan.
const SEARCH_CONTAINS_CYPHER = `
MATCH (node:Entity)
WHERE ($types IS NULL OR node.type IN $types)
  AND (node.name CONTAINS $text OR coalesce(node.searchText, '') CONTAINS $text
       OR any(alias IN coalesce(node.aliases, []) WHERE alias CONTAINS $text))
RETURN ${ENTITY.cypher} AS entity, 1.0 AS score, coalesce(node.searchText, '') AS searchText
ORDER BY size(node.name), node.id
LIMIT toInteger($first)`;

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  /** The name or alias that contains the query (the name when none does literally). */
  matched: string;
}

const LUCENE_SPECIALS = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OVERSAMPLE = 5;

/** Makes any user text one literal Lucene phrase: `a"b` → `"a\"b"`. */
export function toPhraseQuery(text: string): string {
  return `"${text.replace(LUCENE_SPECIALS, (char) => `\\${char}`)}"`;
}

/**
 * Entities whose name or alias contains `text`, in simplified or traditional characters.
 * Any input is safe: it is escaped into one phrase, never parsed as Lucene syntax.
 */
export async function searchEntities(
  store: Store,
  input: { text: string; types?: readonly EntityType[] | null | undefined; first: number },
): Promise<SearchHitRecord[]> {
  const text = toSimplified(input.text.trim().replace(/\s+/g, ' '));
  if (text === '') return [];
  const params = { types: input.types?.length ? input.types : null, first: input.first };
  const searchable = [...text].length >= 2 && /[\p{L}\p{N}]/u.test(text);
  let rows: { entity: unknown; score: number; searchText: string }[] = [];
  if (searchable) {
    try {
      rows = await readQuery(store, SEARCH_FULLTEXT_CYPHER, {
        ...params,
        query: toPhraseQuery(text),
        sample: params.types === null ? input.first : input.first * OVERSAMPLE,
      });
    } catch (error) {
      // A phrase the analyzer reduces to nothing (stop words only) is a parse error there.
      if (!(error instanceof StoreRequestError)) throw error;
    }
  }
  if (rows.length === 0) {
    rows = await readQuery(store, SEARCH_CONTAINS_CYPHER, { ...params, text });
  }
  return rows.map((row) => {
    const entity = ENTITY.decode(row.entity);
    return { entity, score: row.score, matched: findMatched(entity, row.searchText, text) };
  });
}

function findMatched(entity: EntityRecord, searchText: string, text: string): string {
  const names = [entity.name, ...entity.aliases, ...searchText.split(' ')];
  const lower = text.toLowerCase();
  return (
    names.find((name) => name.toLowerCase().includes(lower)) ??
    names.find((name) => toSimplified(name).toLowerCase().includes(lower)) ??
    entity.name
  );
}
