import { ENTITY_TYPES } from '../../graph/model/vocabulary.js';
import type { EntityRecord, EntityRelationRecord } from '../../graph/store/read-records.js';
import type { ApiContext } from '../api-context.js';
import { toGlobalId } from '../global-id.js';

// Fields every entity type shares; the concrete types add their own below.
const entityFields = {
  id: (e: EntityRecord) => toGlobalId(e.type, e.id),
  key: (e: EntityRecord) => e.id,
  documents: async (e: EntityRecord, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.documentsByEntity.load(e.id)).map((row) => row.document),
  relations: async (e: EntityRecord, args: { types?: string[] | null }, ctx: ApiContext) => {
    const rows = (await ctx.loaders.relationsByEntity.load(e.id)).map((row) => row.row);
    return args.types?.length ? rows.filter((row) => args.types?.includes(row.type)) : rows;
  },
  differentFrom: async (e: EntityRecord, _: unknown, ctx: ApiContext) => {
    const rows = await ctx.loaders.differentByEntity.load(e.id);
    const others = await ctx.loaders.entity.loadMany(rows.map((row) => row.otherId));
    return others.filter(
      (other): other is EntityRecord => other !== null && !(other instanceof Error),
    );
  },
};

/** Which GraphQL type an entity, task, target or document record is. */
export function toTypename(record: object): string {
  if ('type' in record && (ENTITY_TYPES as readonly unknown[]).includes(record.type)) {
    return record.type as string;
  }
  if ('metric' in record) return 'Target';
  if ('number' in record && 'body' in record) return 'Task';
  return 'Document';
}

export const entityResolvers = {
  Node: { __resolveType: toTypename },
  Entity: { __resolveType: toTypename },
  ...Object.fromEntries(
    ENTITY_TYPES.filter((type) => type !== 'Agency').map((type) => [type, entityFields]),
  ),
  Agency: {
    ...entityFields,
    tasks: (a: EntityRecord, args: { role?: string | null }, ctx: ApiContext) => {
      ctx.loaders.entity.prime(a.id, a); // each assignment's `agency` is this one
      if (args.role === 'lead') return ctx.loaders.leadAssignmentsByAgency.load(a.id);
      if (args.role === 'support') return ctx.loaders.supportAssignmentsByAgency.load(a.id);
      return ctx.loaders.assignmentsByAgency.load(a.id);
    },
    leadCount: async (a: EntityRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.agencyLoad.load(a.id))?.leadCount ?? 0,
    supportCount: async (a: EntityRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.agencyLoad.load(a.id))?.supportCount ?? 0,
    issued: async (a: EntityRecord, _: unknown, ctx: ApiContext) => {
      const rows = await ctx.loaders.issued.load(a.id);
      const documents = await ctx.loaders.document.loadMany(rows.map((row) => row.documentId));
      return documents.filter((d) => d !== null && !(d instanceof Error));
    },
  },
  Policy: {
    ...entityFields,
    document: async (p: EntityRecord, _: unknown, ctx: ApiContext) => {
      // Any document citing this Policy that also links to an ingested document of the title.
      const rows = await ctx.loaders.documentsByEntity.load(p.id);
      const cited = await ctx.loaders.citations.loadMany(rows.map((row) => row.document.id));
      for (const group of cited) {
        if (group instanceof Error) continue;
        const hit = group.find((c) => c.policyId === p.id && c.citedDocumentId !== null);
        if (hit?.citedDocumentId) return ctx.loaders.document.load(hit.citedDocumentId);
      }
      return null;
    },
  },
  EntityRelation: {
    id: (r: EntityRelationRecord) => toGlobalId('Edge', r.id),
    source: (r: EntityRelationRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.entity.load(r.sourceId),
    target: (r: EntityRelationRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.entity.load(r.targetId),
  },
};
