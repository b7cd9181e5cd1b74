import type { GraphQLResolveInfo } from 'graphql';
import { OWNER_ROLES } from '../../graph/model/vocabulary.js';
import type { EntityType, OwnerRole } from '../../graph/model/vocabulary.js';
import {
  findAgencyWithAssignments,
  findDocumentWithTasks,
} from '../../graph/store/read-assignments.js';
import type { DocumentSort } from '../../graph/store/read-documents.js';
import { findDocuments } from '../../graph/store/read-documents.js';
import { findAgencies } from '../../graph/store/read-entities.js';
import { findIndicators } from '../../graph/store/read-indicators.js';
import { findResponsibilityMatrix } from '../../graph/store/read-matrix.js';
import { getNeighborhood } from '../../graph/store/read-neighborhood.js';
import { getShortestPath, MAX_PATH_DEPTH } from '../../graph/store/read-shortest-path.js';
import { searchEntities } from '../../graph/store/search-entities.js';
import { badInput } from '../api-errors.js';
import type { ApiContext } from '../api-context.js';
import { toNodeRef, toRawId } from '../global-id.js';
import { MAX_PAGE_SIZE, toConnection, toPage } from '../to-connection.js';
import { loadNode } from './load-node.js';
import { enumArgument, selectedFields, selectsField } from './selects-field.js';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBOR_LIMIT = 500;
/** Nodes one neighbourhood answer holds at most, whatever depth and limit ask for. */
export const MAX_SUBGRAPH_NODES = 2_000;
const MAX_INDICATORS = 200;

function isOwnerRole(value: unknown): value is OwnerRole {
  return (OWNER_ROLES as readonly unknown[]).includes(value);
}

function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export const queryResolvers = {
  Query: {
    node: (_: unknown, args: { id: string }, ctx: ApiContext) => loadNode(ctx, toNodeRef(args.id)),
    nodes: (_: unknown, args: { ids: string[] }, ctx: ApiContext) => {
      inRange('ids length', args.ids.length, 0, MAX_PAGE_SIZE);
      return Promise.all(args.ids.map((id) => loadNode(ctx, toNodeRef(id))));
    },
    search: (
      _: unknown,
      args: { text: string; types?: EntityType[] | null; first?: number | null },
      ctx: ApiContext,
    ) =>
      searchEntities(
        ctx.store,
        {
          text: args.text.slice(0, 200),
          types: args.types,
          first: inRange('first', args.first ?? 20, 1, MAX_PAGE_SIZE),
        },
        ctx.readPlan,
      ),
    documents: async (
      _: unknown,
      args: {
        first?: number | null;
        after?: string | null;
        jurisdiction?: string | null;
        kind?: string | null;
        text?: string | null;
        sort?: DocumentSort | null;
      },
      ctx: ApiContext,
    ) => {
      const page = toPage(args.first, args.after, 20);
      const found = await findDocuments(ctx.store, {
        ...args,
        sort: args.sort ?? undefined,
        ...page,
      });
      for (const row of found.rows) ctx.loaders.document.prime(row.id, row);
      return toConnection(found.rows, found.totalCount, page.offset);
    },
    // "Who owns each task of this plan?" is one read: the document, its tasks and their owners.
    document: async (
      _: unknown,
      args: { id: string },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const id = toRawId(args.id, ['Document']);
      if (!selectsField(info, 'tasks', 'owners')) return ctx.loaders.document.load(id);
      const found = await findDocumentWithTasks(ctx.store, id, ctx.readPlan);
      if (found === null) return null;
      ctx.loaders.primers.documentWithTasks(found.document, found.tasks);
      return found.document;
    },
    task: (_: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.loaders.task.load(toRawId(args.id, ['Task'])),
    agencies: async (
      _: unknown,
      args: {
        jurisdiction?: string | null;
        text?: string | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: ApiContext,
    ) => {
      const page = toPage(args.first, args.after, 50);
      const found = await findAgencies(ctx.store, { ...args, ...page });
      for (const row of found.rows) ctx.loaders.entity.prime(row.id, row);
      return toConnection(found.rows, found.totalCount, page.offset);
    },
    // "Which tasks does this agency lead?" is one read when the query asks for one role's tasks.
    agency: async (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const id = toRawId(args.id, ['Agency']);
      const roles = new Set(
        selectedFields(info, 'tasks').map((field) =>
          enumArgument(info, field, 'role', 'OwnerRole'),
        ),
      );
      const [role] = roles;
      if (roles.size !== 1 || (role !== null && !isOwnerRole(role))) {
        const entity = await ctx.loaders.entity.load(id);
        return entity?.type === 'Agency' ? entity : null;
      }
      const found = await findAgencyWithAssignments(ctx.store, id, role, ctx.readPlan);
      if (found === null) return null;
      ctx.loaders.primers.agencyWithAssignments(found.agency, role, found.rows);
      return found.agency;
    },
    entity: (_: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.loaders.entity.load(toRawId(args.id, ['Entity'])),
    responsibilityMatrix: async (
      _: unknown,
      args: { documentId?: string | null; jurisdiction?: string | null },
      ctx: ApiContext,
    ) => {
      if (!args.documentId && !args.jurisdiction) {
        throw badInput('Give documentId or jurisdiction (or both)');
      }
      const matrix = await findResponsibilityMatrix(
        ctx.store,
        {
          documentId: args.documentId ? toRawId(args.documentId, ['Document']) : null,
          jurisdiction: args.jurisdiction,
        },
        ctx.readPlan,
      );
      // Cells point at these tasks and agencies: resolve them without another read.
      for (const task of matrix.tasks) ctx.loaders.task.prime(task.id, task);
      for (const { agency } of matrix.agencies) ctx.loaders.entity.prime(agency.id, agency);
      for (const document of matrix.documents) ctx.loaders.document.prime(document.id, document);
      return matrix;
    },
    indicators: (
      _: unknown,
      args: { jurisdiction?: string | null; metric?: string | null },
      ctx: ApiContext,
    ) => findIndicators(ctx.store, { ...args, limit: MAX_INDICATORS }),
    neighborhood: (
      _: unknown,
      args: { id: string; depth?: number | null; types?: string[] | null; limit?: number | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) =>
      getNeighborhood(ctx.store, toNodeRef(args.id), {
        depth: inRange('depth', args.depth ?? 1, 1, MAX_NEIGHBORHOOD_DEPTH),
        labels: args.types?.length ? args.types : null,
        limit: inRange('limit', args.limit ?? 50, 1, MAX_NEIGHBOR_LIMIT),
        maxNodes: MAX_SUBGRAPH_NODES,
        // Read properties and evidence sentences only when the query shows them.
        detail: {
          nodeProperties: selectsField(info, 'nodes', 'properties'),
          edgeEvidence: selectsField(info, 'edges', 'evidence'),
        },
      }),
    shortestPath: (
      _: unknown,
      args: { from: string; to: string; maxDepth?: number | null },
      ctx: ApiContext,
    ) => {
      const from = toNodeRef(args.from);
      const to = toNodeRef(args.to);
      if (from.type === to.type && from.id === to.id)
        throw badInput('from and to are the same node');
      return getShortestPath(
        ctx.store,
        from,
        to,
        inRange('maxDepth', args.maxDepth ?? 6, 1, MAX_PATH_DEPTH),
      );
    },
  },
};
