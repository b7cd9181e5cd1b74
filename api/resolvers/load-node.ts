import type { GraphNodeRef } from '../../graph/store/read-subgraph-records.js';
import type { ApiContext } from '../api-context.js';

/** Loads any node by type and id through this request's loaders (null when absent). */
export async function loadNode(ctx: ApiContext, ref: GraphNodeRef): Promise<object | null> {
  switch (ref.type) {
    case 'Document':
      return ctx.loaders.document.load(ref.id);
    case 'Task':
      return ctx.loaders.task.load(ref.id);
    case 'Target':
      return ctx.loaders.target.load(ref.id);
    default: {
      const entity = await ctx.loaders.entity.load(ref.id);
      return entity?.type === ref.type ? entity : null;
    }
  }
}
