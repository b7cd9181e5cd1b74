import type { Api } from '../../api/create-api.js';
import type { Store } from '../../graph/store/open-store.js';

// The five canonical operations, each as a GraphQL request through the API (in-process
// api.fetch, so the figures are the API's own cost without a network) and as hand-written
// Cypher through the bare driver returning the same facts.

export interface BenchTargets {
  searchText: string;
  agencyId: string;
  documentId: string;
  jurisdiction: string;
}

export interface BenchOperation {
  name: string;
  graphql: () => Promise<void>;
  bare: () => Promise<void>;
}

async function post(api: Api, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await api.fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
}

// The bare side reads the way the store does (an auto-commit read session), so the ratio
// measures what the GraphQL layer adds, not a difference in transport.
async function cypher(store: Store, query: string, params: Record<string, unknown>): Promise<void> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: 'READ' });
  try {
    await session.run(query, params);
  } finally {
    await session.close();
  }
}

export function createBenchOperations(api: Api, store: Store, t: BenchTargets): BenchOperation[] {
  return [
    {
      name: 'search',
      graphql: () =>
        post(
          api,
          'query($q: String!) { search(text: $q, first: 20) { score entity { id name type } } }',
          {
            q: t.searchText,
          },
        ),
      bare: () =>
        cypher(
          store,
          // Ties broken as the API breaks them: shorter name first, then id.
          `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 20}) YIELD node, score
           RETURN node.id, node.name, node.type, score
           ORDER BY score DESC, size(node.name), node.id`,
          { q: `"${t.searchText}"` },
        ),
    },
    {
      name: 'agency → tasks',
      graphql: () =>
        post(
          api,
          `query($id: ID!) { agency(id: $id) { name tasks(role: LEAD) {
            task { number title document { title } } evidence { sentence } } } }`,
          { id: t.agencyId },
        ),
      bare: () =>
        cypher(
          store,
          // In the order the API answers: by document, then as the tasks are read.
          `MATCH (a:Agency {id: $id})<-[r:ASSIGNED_TO]-(task:Task) WHERE r.role = 'lead'
           MATCH (d:Document {id: task.documentId})
           RETURN a.name, task.number, task.title, d.title, r.sentence
           ORDER BY task.documentId, task.start, task.id`,
          { id: t.agencyId },
        ),
    },
    {
      name: 'document + tasks + owners',
      graphql: () =>
        post(
          api,
          `query($id: ID!) { document(id: $id) { title tasks { number title
            owners { role name agency { id } evidence { sentence start end } } } } }`,
          { id: t.documentId },
        ),
      bare: () =>
        cypher(
          store,
          `MATCH (d:Document {id: $id})
           OPTIONAL MATCH (d)-[:HAS_TASK]->(task:Task)
           OPTIONAL MATCH (task)-[r:ASSIGNED_TO]->(a:Entity)
           WITH d, task, collect({role: r.role, name: r.name, agency: a.id, sentence: r.sentence,
             start: r.start, end: r.end}) AS owners ORDER BY task.start
           RETURN d.title, collect({number: task.number, title: task.title, owners: owners})`,
          { id: t.documentId },
        ),
    },
    {
      name: 'neighborhood depth 2',
      graphql: () =>
        post(
          api,
          `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 20) {
            nodes { id type label } edges { id source target type } truncated omittedCount } }`,
          { id: Buffer.from(`Agency:${t.agencyId}`).toString('base64') },
        ),
      bare: () =>
        cypher(
          store,
          // The same picture by hand: 20 best-connected neighbours per node, two hops, and
          // the relationships among all of them.
          `MATCH (n:Entity {id: $id})
           CALL (n) {
             MATCH (n)--(m) WHERE NOT m:Alias
             WITH DISTINCT m ORDER BY COUNT { (m)--() } DESC LIMIT 20
             RETURN collect(m) AS hop1
           }
           CALL (n, hop1) {
             UNWIND hop1 AS m
             CALL (m, n, hop1) {
               MATCH (m)--(k) WHERE NOT k:Alias AND k <> n AND NOT k IN hop1
               WITH DISTINCT k ORDER BY COUNT { (k)--() } DESC LIMIT 20
               RETURN collect(k) AS found
             }
             UNWIND found AS k
             RETURN collect(DISTINCT k) AS hop2
           }
           WITH [n] + hop1 + hop2 AS nodes
           CALL (nodes) {
             UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes
             RETURN collect({ id: elementId(r), type: type(r), source: elementId(a),
               target: elementId(b) }) AS edges
           }
           RETURN [x IN nodes | { id: x.id, type: x.type, name: x.name, title: x.title }] AS nodes,
             edges`,
          { id: t.agencyId },
        ),
    },
    {
      name: 'responsibility matrix',
      graphql: () =>
        post(
          api,
          `query($j: String) { responsibilityMatrix(jurisdiction: $j) {
            agencies { agency { name } leadCount supportCount }
            cells { role task { id } agency { id } } } }`,
          { j: t.jurisdiction },
        ),
      bare: () =>
        cypher(
          store,
          // In the order the API answers: newest document first, tasks as they are read.
          `MATCH (d:Document {jurisdiction: $j})-[:HAS_TASK]->(task:Task)
           OPTIONAL MATCH (task)-[r:ASSIGNED_TO]->(a:Entity)
           RETURN task.id, task.title, r.role, a.id, a.name
           ORDER BY d.date DESC, d.id, task.start, r.role`,
          { j: t.jurisdiction },
        ),
    },
  ];
}
