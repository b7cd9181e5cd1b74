import { ENTITY_RELATION_TYPES, RELATIONSHIP_TYPES } from '../../graph/model/vocabulary.js';

// GraphQL enum values (UPPER_SNAKE) ↔ the domain's stored values. graphql-tools applies these
// both ways, so resolvers pass stored values through untouched.
const identity = (values: readonly string[]): Record<string, string> =>
  Object.fromEntries(values.map((value) => [value, value]));

export const enumResolvers = {
  EntityType: {
    AGENCY: 'Agency',
    LAB: 'Lab',
    PLATFORM: 'Platform',
    ENTERPRISE: 'Enterprise',
    PROGRAM: 'Program',
    INSTITUTION: 'Institution',
    POLICY: 'Policy',
  },
  NodeType: {
    DOCUMENT: 'Document',
    TASK: 'Task',
    TARGET: 'Target',
    AGENCY: 'Agency',
    LAB: 'Lab',
    PLATFORM: 'Platform',
    ENTERPRISE: 'Enterprise',
    PROGRAM: 'Program',
    INSTITUTION: 'Institution',
    POLICY: 'Policy',
  },
  RelationshipType: identity(RELATIONSHIP_TYPES),
  EntityRelationType: identity(ENTITY_RELATION_TYPES),
  OwnerRole: { LEAD: 'lead', SUPPORT: 'support' },
  MatchKind: { EXACT: 'exact', NORMALISED: 'normalised', INFERRED: 'inferred' },
  Comparator: { GTE: '>=', GT: '>', EQ: '=', APPROX: '~', LTE: '<=', LT: '<' },
  TargetKind: { TARGET: 'target', ACTUAL: 'actual' },
  DocumentSort: { DATE_DESC: 'dateDesc', DATE_ASC: 'dateAsc', TITLE_ASC: 'titleAsc' },
  AnnotationKind: { ENTITY: 'entity', TASK: 'task', TARGET: 'target', OWNER: 'owner' },
};
