// Example operations GraphiQL opens with, one tab per planner's question. Ids are placeholders
// to replace with ids from `search` or `documents` (global ids or raw keys both work).

const SEARCH = `# Find an agency, lab or enterprise by part of its name (简体 or 繁體)
query Search {
  search(text: "科技局", first: 10) {
    score
    matched
    entity { id key name type aliases }
  }
}`;

const AGENCY_TASKS = `# Which tasks does an agency lead? (key: Agency|<jurisdiction>|<name>)
query AgencyTasks {
  agency(id: "Agency|启东市|市科技局") {
    name
    jurisdiction
    leadCount
    supportCount
    tasks(role: LEAD) {
      task { number title deadline document { title } }
      evidence { sentence start end }
    }
  }
}`;

const DOCUMENT_OWNERS = `# Who owns each task of a document, with the clause that says so
query DocumentOwners {
  documents(first: 5, sort: DATE_DESC) {
    totalCount
    edges {
      node {
        id
        title
        jurisdiction
        tasks {
          number
          title
          owners { role explicit name owner { __typename key name } evidence { sentence } }
        }
      }
    }
  }
}`;

const MATRIX = `# 任务分解表: agencies × tasks for a jurisdiction (or documentId)
query Matrix {
  responsibilityMatrix(jurisdiction: "启东市") {
    agencies { agency { name } leadCount supportCount }
    cells { role task { number title } owner { name } }
  }
}`;

const INDICATORS = `# How a metric's goals and reported figures move across documents and years
query Indicators {
  indicators(metric: "研发") {
    metric
    units
    points { year value unit comparator kind document { title date } }
  }
}`;

const NEIGHBORHOOD = `# A node's neighbourhood for a graph view (Cytoscape: data = node / edge)
query Neighborhood {
  neighborhood(id: "QWdlbmN5OkFnZW5jeXzlkK/kuJzluIJ85biC56eR5oqA5bGA", depth: 2, limit: 20) {
    nodes { id type label degree }
    edges { id source target type role evidence { sentence } }
    truncated
    omittedCount
  }
}`;

const CURATE = `# Curation needs the header  {"Authorization": "Bearer <INNOGRAPH_TOKEN>"}
mutation Rename {
  renameEntity(id: "Lab||嘉庚创新实验室", name: "嘉庚创新实验室") { id name aliases curated }
}`;

export const GRAPHIQL_EXAMPLES = [
  SEARCH,
  AGENCY_TASKS,
  DOCUMENT_OWNERS,
  MATRIX,
  INDICATORS,
  NEIGHBORHOOD,
  CURATE,
];
