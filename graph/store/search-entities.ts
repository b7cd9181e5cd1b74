import { toSimplified } from '../extract/to-simplified.js';
import type { EntityType } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { entityOf } from './read-projections.js';
import type { EntityRecord } from './read-records.js';
import { StoreRequestError } from './store-errors.js';

// The cjk analyzer indexes bigrams, so a quoted phrase finds any contiguous part of a name of
// two or more characters. Hits are oversampled because the type filter runs after the index.
const searchFulltextCypher = (columns: string): string => `
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: toInteger($sample)})
YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN ${columns}
ORDER BY score DESC, size(node.name), node.id
LIMIT toInteger($first)`;

// Single characters (and inputs the analyzer drops entirely) fall back to a substring scan.
const searchContainsCypher = (columns: string): string => `
MATCH (node:Entity)
WHERE ($types IS NULL OR node.type IN $types)
  AND (node.name CONTAINS $text OR coalesce(node.searchText, '') CONTAINS $text
       OR any(alias IN coalesce(node.aliases, []) WHERE alias CONTAINS $text))
WITH node, 1.0 AS score
RETURN ${columns}
ORDER BY size(node.name), node.id
LIMIT toInteger($first)`;

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  /**
   * The name or alias that contains the query (the name when none does literally); '' when
   * the read plan does not read `matched`.
   */
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
  plan: ReadPlan = FULL_READ,
): Promise<SearchHitRecord[]> {
  const text = toSimplified(input.text.trim().replace(/\s+/g, ' '));
  if (text === '') return [];
  // Which name or alias matched needs the aliases and the search text; a caller that does
  // not show `matched` reads neither, nor the entity properties it does not show (20 hits at
  // c=1, A/B in one process: p50 1.57–1.99 → 1.28–1.64 ms; the bare query's 1.16–1.46 ms).
  const matching = plan.reads('matched');
  const entity = entityOf('node', matching ? FULL_READ : plan);
  const columns = `${entity.cypher} AS entity, score, ${
    matching ? "coalesce(node.searchText, '')" : "''"
  } AS searchText`;
  const params = { types: input.types?.length ? input.types : null, first: input.first };
  const searchable = [...text].length >= 2 && /[\p{L}\p{N}]/u.test(text);
  let rows: { entity: unknown; score: number; searchText: string }[] = [];
  if (searchable) {
    try {
      rows = await readQuery(store, searchFulltextCypher(columns), {
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
    rows = await readQuery(store, searchContainsCypher(columns), { ...params, text });
  }
  return rows.map((row) => {
    const hit = entity.decode(row.entity);
    const matched = matching ? findMatched(hit, row.searchText, text) : '';
    return { entity: hit, score: row.score, matched };
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
