import { toSimplified } from '../extract/to-simplified.js';
import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { entityOf } from './read-projections.js';
import type { EntityRecord } from './read-records.js';

const ENTITY = entityOf('e');

const FIND_ENTITIES_BY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${ENTITY.cypher} AS row`;

// Agencies that lead the most tasks first, then by all assignments: the bodies a planner asks
// about come up top.
const FIND_AGENCIES_CYPHER = `
MATCH (a:Agency)
WHERE ($jurisdiction IS NULL OR a.jurisdiction = $jurisdiction)
  AND ($text IS NULL OR a.name CONTAINS $text OR any(x IN coalesce(a.aliases, []) WHERE x CONTAINS $text))
WITH a, COUNT { (a)<-[r:ASSIGNED_TO]-() WHERE r.role = 'lead' } AS leads,
  COUNT { (a)<-[:ASSIGNED_TO]-() } AS load
ORDER BY leads DESC, load DESC, a.id
WITH collect(a) AS found
RETURN size(found) AS totalCount, [a IN found[toInteger($offset)..toInteger($offset + $limit)] | ${entityOf('a').cypher}] AS rows`;

const COUNT_ASSIGNMENTS_BY_AGENCY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a.id AS agencyId,
  COUNT { (a)<-[r:ASSIGNED_TO]-() WHERE r.role = 'lead' } AS leadCount,
  COUNT { (a)<-[r:ASSIGNED_TO]-() WHERE r.role <> 'lead' } AS supportCount`;

export async function findEntitiesByIds(
  store: Store,
  ids: readonly string[],
): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<{ row: unknown }>(store, FIND_ENTITIES_BY_IDS_CYPHER, { ids });
  return rows.map((r) => ENTITY.decode(r.row));
}

export interface AgencyFilter {
  jurisdiction?: string | null | undefined;
  text?: string | null | undefined;
  offset: number;
  limit: number;
}

export async function findAgencies(
  store: Store,
  filter: AgencyFilter,
): Promise<{ rows: EntityRecord[]; totalCount: number }> {
  const text = filter.text?.trim() ? toSimplified(filter.text.trim()) : null;
  const rows = await readQuery<{ rows: unknown[]; totalCount: number }>(
    store,
    FIND_AGENCIES_CYPHER,
    {
      jurisdiction: filter.jurisdiction ?? null,
      text,
      offset: filter.offset,
      limit: filter.limit,
    },
  );
  const [page] = rows;
  return page
    ? { rows: page.rows.map(ENTITY.decode), totalCount: page.totalCount }
    : { rows: [], totalCount: 0 };
}

export interface AgencyLoad {
  agencyId: string;
  leadCount: number;
  supportCount: number;
}

/** How many tasks each agency leads and supports. */
export async function findAgencyLoads(
  store: Store,
  agencyIds: readonly string[],
): Promise<AgencyLoad[]> {
  if (agencyIds.length === 0) return [];
  return readQuery(store, COUNT_ASSIGNMENTS_BY_AGENCY_IDS_CYPHER, { ids: agencyIds });
}
