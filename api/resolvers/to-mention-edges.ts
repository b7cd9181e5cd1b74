import type {
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
} from '../../graph/store/read-records.js';
import type { ApiContext } from '../api-context.js';

/** The entities behind ids, through this request's loader, as a map. */
export async function loadEntities(
  ctx: ApiContext,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const unique = [...new Set(ids)];
  const loaded = await ctx.loaders.entity.loadMany(unique);
  const entities = new Map<string, EntityRecord>();
  for (const entity of loaded) {
    if (entity !== null && !(entity instanceof Error)) entities.set(entity.id, entity);
  }
  return entities;
}

/** Mentions grouped into one edge per entity (first mention's order), optionally by type. */
export async function toMentionEdges(
  ctx: ApiContext,
  mentions: readonly MentionRecord[],
  types: readonly string[] | null | undefined,
): Promise<{ entity: EntityRecord; evidence: EvidenceRecord[] }[]> {
  const entities = await loadEntities(
    ctx,
    mentions.map((mention) => mention.entityId),
  );
  const edges = new Map<string, { entity: EntityRecord; evidence: EvidenceRecord[] }>();
  for (const mention of mentions) {
    const entity = entities.get(mention.entityId);
    if (entity === undefined || (types?.length && !types.includes(entity.type))) continue;
    const edge = edges.get(entity.id) ?? { entity, evidence: [] };
    if (mention.evidence !== null) edge.evidence.push(mention.evidence);
    edges.set(entity.id, edge);
  }
  return [...edges.values()];
}
