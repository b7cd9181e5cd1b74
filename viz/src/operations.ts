// Every GraphQL document the viewer sends. Each is a typed constant so api-client can infer the
// result; operations.test.ts validates all of them against api/schema/*.graphql.
import type {
  DocumentSummary,
  DocumentText,
  Indicator,
  NodeDetails,
  ResponsibilityMatrix,
  SearchHit,
  Subgraph,
} from './api-types.js';

/** A GraphQL document with the types of its variables and result attached for api-client. */
export interface Operation<TData, TVariables> {
  readonly name: string;
  readonly document: string;
  /** Never set: carries the types only. */
  readonly __types?: { data: TData; variables: TVariables };
}

function defineOperation<TData, TVariables>(
  name: string,
  document: string,
): Operation<TData, TVariables> {
  return { name, document };
}

const EVIDENCE = /* GraphQL */ `
  fragment EvidenceFields on Evidence {
    sentence
    start
    end
    sentenceStart
    documentId
    match
    rule
  }
`;

const SUBGRAPH = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    truncated
    omittedCount
    nodes {
      id
      type
      label
      properties
      degree
    }
    edges {
      id
      source
      target
      type
      role
      curated
      evidence {
        ...EvidenceFields
      }
    }
  }
  ${EVIDENCE}
`;

const DOCUMENT_SUMMARY = /* GraphQL */ `
  fragment DocumentSummaryFields on Document {
    id
    documentId
    title
    issuer
    docNumber
    date
    jurisdiction
    kind
    taskCount
  }
`;

export const SEARCH = defineOperation<
  { search: SearchHit[] },
  { text: string; types?: string[] | null; first?: number }
>(
  'Search',
  /* GraphQL */ `
    query Search($text: String!, $types: [EntityType!], $first: Int) {
      search(text: $text, types: $types, first: $first) {
        score
        matched
        entity {
          id
          key
          name
          type
          aliases
          ... on Agency {
            jurisdiction
          }
        }
      }
    }
  `,
);

export const DOCUMENTS = defineOperation<
  { documents: { totalCount: number; edges: { node: DocumentSummary }[] } },
  { first?: number; jurisdiction?: string | null }
>(
  'Documents',
  /* GraphQL */ `
    query Documents($first: Int, $jurisdiction: String) {
      documents(first: $first, jurisdiction: $jurisdiction, sort: DATE_DESC) {
        totalCount
        edges {
          node {
            ...DocumentSummaryFields
          }
        }
      }
    }
    ${DOCUMENT_SUMMARY}
  `,
);

export const NEIGHBORHOOD = defineOperation<
  { neighborhood: Subgraph },
  { id: string; depth?: number; types?: string[] | null; limit?: number }
>(
  'Neighborhood',
  /* GraphQL */ `
    query Neighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
      neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
        ...SubgraphFields
      }
    }
    ${SUBGRAPH}
  `,
);

export const SHORTEST_PATH = defineOperation<
  { shortestPath: Subgraph | null },
  { from: string; to: string; maxDepth?: number }
>(
  'ShortestPath',
  /* GraphQL */ `
    query ShortestPath($from: ID!, $to: ID!, $maxDepth: Int) {
      shortestPath(from: $from, to: $to, maxDepth: $maxDepth) {
        ...SubgraphFields
      }
    }
    ${SUBGRAPH}
  `,
);

export const NODE_DETAILS = defineOperation<{ node: NodeDetails | null }, { id: string }>(
  'NodeDetails',
  /* GraphQL */ `
    query NodeDetails($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Entity {
          key
          name
          aliases
          documents {
            id
            documentId
            title
            date
          }
        }
        ... on Agency {
          jurisdiction
          leadCount
          supportCount
        }
        ... on Document {
          documentId
          title
        }
        ... on Task {
          document {
            id
            documentId
            title
          }
        }
        ... on Target {
          document {
            id
            documentId
            title
          }
        }
      }
    }
  `,
);

export const DOCUMENT_TEXT = defineOperation<{ document: DocumentText | null }, { id: string }>(
  'DocumentText',
  /* GraphQL */ `
    query DocumentText($id: ID!) {
      document(id: $id) {
        ...DocumentSummaryFields
        text
        annotations {
          kind
          start
          end
          label
          nodeId
          entityType
          role
          taskId
        }
      }
    }
    ${DOCUMENT_SUMMARY}
  `,
);

export const RESPONSIBILITY_MATRIX = defineOperation<
  { responsibilityMatrix: ResponsibilityMatrix },
  { documentId?: string | null; jurisdiction?: string | null }
>(
  'ResponsibilityMatrix',
  /* GraphQL */ `
    query ResponsibilityMatrix($documentId: ID, $jurisdiction: String) {
      responsibilityMatrix(documentId: $documentId, jurisdiction: $jurisdiction) {
        agencies {
          leadCount
          supportCount
          agency {
            id
            key
            name
            jurisdiction
          }
        }
        tasks {
          id
          taskId
          number
          section
          title
          body
          deadline
          start
          end
          document {
            id
            documentId
            title
          }
        }
        cells {
          id
          role
          explicit
          collective
          name
          task {
            id
          }
          owner {
            id
          }
          evidence {
            ...EvidenceFields
          }
        }
      }
    }
    ${EVIDENCE}
  `,
);

export const INDICATORS = defineOperation<
  { indicators: Indicator[] },
  { jurisdiction?: string | null; metric?: string | null }
>(
  'Indicators',
  /* GraphQL */ `
    query Indicators($jurisdiction: String, $metric: String) {
      indicators(jurisdiction: $jurisdiction, metric: $metric) {
        metric
        units
        points {
          id
          metric
          value
          unit
          year
          recurring
          comparator
          kind
          document {
            id
            documentId
            title
            date
          }
          evidence {
            ...EvidenceFields
          }
        }
      }
    }
    ${EVIDENCE}
  `,
);

export const OPERATIONS: readonly Operation<unknown, unknown>[] = [
  SEARCH,
  DOCUMENTS,
  NEIGHBORHOOD,
  SHORTEST_PATH,
  NODE_DETAILS,
  DOCUMENT_TEXT,
  RESPONSIBILITY_MATRIX,
  INDICATORS,
] as Operation<unknown, unknown>[];
