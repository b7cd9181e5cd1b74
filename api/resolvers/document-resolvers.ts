import type {
  CitationRecord,
  DocumentRecord,
  EvidenceRecord,
  IssuerRecord,
  MentionRecord,
} from '../../graph/store/read-records.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../api-context.js';
import { selectsField } from './selects-field.js';
import { toGlobalId } from '../global-id.js';
import type { AnnotationKind } from './to-annotations.js';
import { toAnnotations } from './to-annotations.js';
import { loadEntities, toMentionEdges } from './to-mention-edges.js';

export const documentResolvers = {
  Document: {
    id: (d: DocumentRecord) => toGlobalId('Document', d.id),
    documentId: (d: DocumentRecord) => d.id,
    text: async (d: DocumentRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.documentText.load(d.id))?.text ?? '',
    issuedBy: (d: DocumentRecord, _: unknown, ctx: ApiContext) => ctx.loaders.issuers.load(d.id),
    // Asked for with their owners (the usual case), tasks and owners come in one read.
    tasks: (d: DocumentRecord, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
      selectsField(info, 'owners')
        ? ctx.loaders.tasksWithOwnersByDocument.load(d.id)
        : ctx.loaders.tasksByDocument.load(d.id),
    taskCount: async (d: DocumentRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.tasksByDocument.load(d.id)).length,
    targets: async (d: DocumentRecord, args: { kind?: string | null }, ctx: ApiContext) => {
      const targets = await ctx.loaders.targetsByDocument.load(d.id);
      return args.kind ? targets.filter((target) => target.kind === args.kind) : targets;
    },
    mentions: async (d: DocumentRecord, args: { types?: string[] | null }, ctx: ApiContext) =>
      toMentionEdges(ctx, await ctx.loaders.mentionsByDocument.load(d.id), args.types),
    cites: async (d: DocumentRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.citations.load(d.id)).map((c) => ({ ...c, otherId: c.citedDocumentId })),
    citedBy: async (d: DocumentRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.citing.load(d.id)).map((c) => ({ ...c, otherId: c.citingId })),
    annotations: async (
      d: DocumentRecord,
      args: { kinds?: AnnotationKind[] | null },
      ctx: ApiContext,
    ) => {
      const [mentions, tasks, targets] = await Promise.all([
        ctx.loaders.mentionsByDocument.load(d.id),
        ctx.loaders.tasksByDocument.load(d.id),
        ctx.loaders.targetsByDocument.load(d.id),
      ]);
      const [assignments, entities] = await Promise.all([
        ctx.loaders.assignmentsByTask.loadMany(tasks.map((task) => task.id)),
        loadEntities(
          ctx,
          mentions.map((mention: MentionRecord) => mention.entityId),
        ),
      ]);
      const all = toAnnotations({
        mentions,
        entities,
        tasks,
        targets,
        assignments: assignments.flatMap((group) => (Array.isArray(group) ? group : [])),
      });
      return args.kinds?.length ? all.filter((a) => args.kinds?.includes(a.kind)) : all;
    },
  },
  Evidence: {
    document: (e: EvidenceRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.document.load(e.documentId),
  },
  IssuerEdge: {
    agency: (i: IssuerRecord, _: unknown, ctx: ApiContext) => ctx.loaders.entity.load(i.agencyId),
  },
  CitationEdge: {
    // Under `cites` the other document is the cited one; under `citedBy` the citing one.
    document: (c: CitationRecord & { otherId: string | null }, _: unknown, ctx: ApiContext) =>
      c.otherId === null ? null : ctx.loaders.document.load(c.otherId),
    policy: (c: CitationRecord, _: unknown, ctx: ApiContext) =>
      c.policyId === null ? null : ctx.loaders.entity.load(c.policyId),
  },
};
