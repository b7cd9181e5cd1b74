import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { jsonScalarResolver } from './json-scalar.js';
import { loadTypeDefs } from './load-type-defs.js';
import { documentResolvers } from './resolvers/document-resolvers.js';
import { entityResolvers } from './resolvers/entity-resolvers.js';
import { enumResolvers } from './resolvers/enum-resolvers.js';
import { graphResolvers } from './resolvers/graph-resolvers.js';
import { mutationResolvers } from './resolvers/mutation-resolvers.js';
import { queryResolvers } from './resolvers/query-resolvers.js';
import { taskResolvers } from './resolvers/task-resolvers.js';

/** The executable schema: the SDL files plus thin resolvers (args → store → result). */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      { JSON: jsonScalarResolver },
      enumResolvers,
      queryResolvers,
      mutationResolvers,
      documentResolvers,
      taskResolvers,
      entityResolvers,
      graphResolvers,
    ],
    // A resolver for a field the SDL lacks is a typo: fail at start, not at query time.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
