import type { AssignmentRecord, TargetRecord, TaskRecord } from '../../graph/store/read-records.js';
import type { ApiContext } from '../api-context.js';
import { toGlobalId } from '../global-id.js';
import { toMentionEdges } from './to-mention-edges.js';

export const taskResolvers = {
  Task: {
    id: (t: TaskRecord) => toGlobalId('Task', t.id),
    taskId: (t: TaskRecord) => t.id,
    document: (t: TaskRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.document.load(t.documentId),
    owners: async (t: TaskRecord, args: { role?: string | null }, ctx: ApiContext) => {
      const owners = await ctx.loaders.assignmentsByTask.load(t.id);
      return args.role ? owners.filter((owner) => owner.role === args.role) : owners;
    },
    targets: (t: TaskRecord, _: unknown, ctx: ApiContext) => ctx.loaders.targetsByTask.load(t.id),
    mentions: async (t: TaskRecord, args: { types?: string[] | null }, ctx: ApiContext) =>
      toMentionEdges(ctx, await ctx.loaders.mentionsByTask.load(t.id), args.types),
  },
  Assignment: {
    id: (a: AssignmentRecord) => toGlobalId('Edge', a.id),
    task: (a: AssignmentRecord, _: unknown, ctx: ApiContext) => ctx.loaders.task.load(a.taskId),
    owner: (a: AssignmentRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.entity.load(a.agencyId),
    agency: (a: AssignmentRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.entity.load(a.agencyId),
  },
  Target: {
    id: (t: TargetRecord) => toGlobalId('Target', t.id),
    targetId: (t: TargetRecord) => t.id,
    document: (t: TargetRecord, _: unknown, ctx: ApiContext) =>
      ctx.loaders.document.load(t.documentId),
    task: (t: TargetRecord, _: unknown, ctx: ApiContext) =>
      t.taskId === null ? null : ctx.loaders.task.load(t.taskId),
    // A target's span and sentence are its evidence. Targets saved before the sentence's
    // start was stored find it in the text (one batched read for all targets of a request).
    evidence: async (t: TargetRecord, _: unknown, ctx: ApiContext) => {
      const evidence = {
        documentId: t.documentId,
        start: t.start,
        end: t.end,
        sentence: t.sentence,
        match: t.match ?? 'exact',
        rule: t.rule ?? 'target',
      };
      if (t.sentenceStart !== null) return { ...evidence, sentenceStart: t.sentenceStart };
      const text = (await ctx.loaders.documentText.load(t.documentId))?.text ?? '';
      const found = text.lastIndexOf(t.sentence, t.start);
      return {
        ...evidence,
        sentenceStart: found >= 0 && found + t.sentence.length >= t.end ? found : t.start,
      };
    },
  },
};
