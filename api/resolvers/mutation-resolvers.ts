import type { EntityRelationType } from '../../graph/model/vocabulary.js';
import { addRelation, removeRelation } from '../../graph/store/curate-relations.js';
import { markDifferent, mergeEntities, renameEntity } from '../../graph/store/curate-entities.js';
import { deleteDocument } from '../../graph/store/delete-document.js';
import { NotFoundError } from '../../graph/store/read-errors.js';
import { badInput, toApiError } from '../api-errors.js';
import type { ApiContext } from '../api-context.js';
import { toEdgeElementId, toGlobalId, toRawId } from '../global-id.js';
import { ingestDocument } from '../ingest-document.js';
import type { IngestDocumentInput } from '../ingest-document.js';

const MAX_NAME_LENGTH = 200;

/** Every mutation starts here: reads are open, writes need the bearer token. */
function requireToken(ctx: ApiContext): void {
  if (!ctx.authorized) {
    throw toApiError(
      'This mutation needs Authorization: Bearer <INNOGRAPH_TOKEN>',
      'UNAUTHENTICATED',
    );
  }
}

function entityId(value: string): string {
  return toRawId(value, ['Entity']);
}

export const mutationResolvers = {
  Mutation: {
    ingestDocument: async (_: unknown, args: { input: IngestDocumentInput }, ctx: ApiContext) => {
      requireToken(ctx);
      const { documentId, changed } = await ingestDocument(ctx.store, args.input);
      const document = await ctx.loaders.document.load(documentId);
      if (document === null) throw new NotFoundError(`Document ${documentId} was not saved`);
      return { document, changed };
    },
    deleteDocument: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      requireToken(ctx);
      const id = toRawId(args.id, ['Document']);
      await deleteDocument(ctx.store, id);
      return { deletedId: toGlobalId('Document', id) };
    },
    mergeEntities: (_: unknown, args: { keep: string; merge: string }, ctx: ApiContext) => {
      requireToken(ctx);
      return mergeEntities(ctx.store, entityId(args.keep), entityId(args.merge));
    },
    markDifferent: (_: unknown, args: { a: string; b: string }, ctx: ApiContext) => {
      requireToken(ctx);
      return markDifferent(ctx.store, entityId(args.a), entityId(args.b));
    },
    renameEntity: (_: unknown, args: { id: string; name: string }, ctx: ApiContext) => {
      requireToken(ctx);
      if (args.name.trim().length > MAX_NAME_LENGTH) {
        throw badInput(`A name has at most ${MAX_NAME_LENGTH} characters`);
      }
      return renameEntity(ctx.store, entityId(args.id), args.name);
    },
    addRelation: (
      _: unknown,
      args: { input: { source: string; target: string; type: EntityRelationType } },
      ctx: ApiContext,
    ) => {
      requireToken(ctx);
      const sourceId = entityId(args.input.source);
      const targetId = entityId(args.input.target);
      if (sourceId === targetId) throw badInput('A relation needs two different entities');
      return addRelation(ctx.store, { sourceId, targetId, type: args.input.type });
    },
    removeRelation: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      requireToken(ctx);
      await removeRelation(ctx.store, toEdgeElementId(args.id));
      return { removedId: args.id };
    },
  },
};
