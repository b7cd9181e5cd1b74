/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call --
   GraphQL response bodies are JSON whose shape the assertions check; typing each one adds nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { errorCodes, postGraphQL } from './api-client.js';
import { savePlanFixture } from './make-plan-fixture.js';
import type { PlanFixture } from './make-plan-fixture.js';

let store: Store;
let api: Api;
let fixture: PlanFixture;

const globalId = (type: string, id: string): string =>
  Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  fixture = await savePlanFixture(store);
  api = createApi({ store, config: { token: 'test-token-123', corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

describe('document queries', () => {
  it('pages documents of a jurisdiction with a total and cursors', async () => {
    const query = `query($j: String, $after: String) {
      documents(jurisdiction: $j, first: 1, after: $after, sort: DATE_DESC) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { documentId title date kind } }
      }
    }`;
    const first = await postGraphQL(api, query, { j: fixture.jurisdiction });
    expect(first.errors).toBeUndefined();
    expect(first.data?.documents.totalCount).toBe(2);
    expect(first.data?.documents.edges[0].node.documentId).toBe(fixture.planId);
    expect(first.data?.documents.pageInfo.hasNextPage).toBe(true);
    const second = await postGraphQL(api, query, {
      j: fixture.jurisdiction,
      after: first.data?.documents.pageInfo.endCursor,
    });
    expect(second.data?.documents.edges[0].node.documentId).toBe(fixture.policyDocId);
    expect(second.data?.documents.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });

  it('filters documents by kind and text', async () => {
    const result = await postGraphQL(
      api,
      `query($j: String) { documents(jurisdiction: $j, kind: "措施", text: "若干") { totalCount edges { node { documentId } } } }`,
      { j: fixture.jurisdiction },
    );
    expect(result.data?.documents.totalCount).toBe(1);
    expect(result.data?.documents.edges[0].node.documentId).toBe(fixture.policyDocId);
  });

  it('returns a document by raw or global id with text, tasks, owners and evidence', async () => {
    const query = `query($id: ID!) { document(id: $id) {
      id documentId title text taskCount
      issuedBy { agency { key } evidence { sentence } }
      tasks { taskId number title deadline
        owners { role explicit name agency { key jurisdiction } evidence { sentence start end sentenceStart match rule document { documentId } } } }
      targets { metric value unit year comparator kind task { number } evidence { sentence start end sentenceStart match rule } }
    } }`;
    const byRaw = await postGraphQL(api, query, { id: fixture.planId });
    expect(byRaw.errors).toBeUndefined();
    const document = byRaw.data?.document;
    expect(document.id).toBe(globalId('Document', fixture.planId));
    expect(document.taskCount).toBe(3);
    expect(document.issuedBy[0].agency.key).toBe(fixture.keys.issuer);
    const [t1, t2, t3] = document.tasks;
    expect(
      t1.owners.map((o: { role: string; agency: { key: string } }) => [o.role, o.agency.key]),
    ).toEqual([
      ['LEAD', fixture.keys.lead],
      ['SUPPORT', fixture.keys.support],
    ]);
    expect(t1.deadline).toBe('2025年底');
    const evidence = t1.owners[0].evidence;
    expect(document.text.slice(evidence.start, evidence.end)).toBe('市科技局');
    expect(document.text.slice(evidence.sentenceStart).startsWith(evidence.sentence)).toBe(true);
    expect(evidence).toMatchObject({
      match: 'EXACT',
      rule: 'owner.clause.lead',
      document: { documentId: fixture.planId },
    });
    expect(t2.owners).toHaveLength(1);
    expect(t3.owners).toEqual([]);
    expect(document.targets[0]).toMatchObject({
      metric: '高新技术企业数',
      value: 500,
      unit: '家',
      year: 2025,
      comparator: 'GTE',
      kind: 'TARGET',
      task: { number: '2' },
    });
    const targetEvidence = document.targets[0].evidence;
    expect(
      document.text.slice(
        targetEvidence.sentenceStart,
        targetEvidence.sentenceStart + targetEvidence.sentence.length,
      ),
    ).toBe(targetEvidence.sentence);
    // The rule that found the target is stored with it, not made up by the API.
    expect(targetEvidence).toMatchObject({ match: 'EXACT', rule: 'target.reach' });

    const byGlobal = await postGraphQL(
      api,
      `query($id: ID!) { document(id: $id) { documentId } }`,
      {
        id: globalId('Document', fixture.planId),
      },
    );
    expect(byGlobal.data?.document.documentId).toBe(fixture.planId);
  });

  it('returns null for an unknown document and BAD_USER_INPUT for an id of another type', async () => {
    const missing = await postGraphQL(api, `{ document(id: "doc:none") { title } }`);
    expect(missing.data?.document).toBeNull();
    const wrong = await postGraphQL(api, `query($id: ID!) { document(id: $id) { title } }`, {
      id: globalId('Task', `${fixture.planId}#t1`),
    });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
  });

  it('links citations both ways, to the Policy entity and to the ingested document', async () => {
    const result = await postGraphQL(
      api,
      `query($a: ID!, $b: ID!) {
        a: document(id: $a) { cites { title policy { key } document { documentId } evidence { sentence } } }
        b: document(id: $b) { citedBy { title document { documentId } } }
      }`,
      { a: fixture.planId, b: fixture.policyDocId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.cites).toEqual([
      expect.objectContaining({
        title: fixture.names.policy,
        policy: { key: fixture.keys.policy },
        document: { documentId: fixture.policyDocId },
      }),
    ]);
    expect(result.data?.b.citedBy).toEqual([
      expect.objectContaining({ document: { documentId: fixture.planId } }),
    ]);
  });

  it('annotates entity, task, target and owner spans that point into the text', async () => {
    const result = await postGraphQL(
      api,
      `query($id: ID!) { document(id: $id) { text annotations { kind start end label nodeId entityType role taskId } } }`,
      { id: fixture.planId },
    );
    const { text, annotations } = result.data?.document as {
      text: string;
      annotations: {
        kind: string;
        start: number;
        end: number;
        label: string;
        role: string | null;
      }[];
    };
    const kinds = new Set(annotations.map((a) => a.kind));
    expect(kinds).toEqual(new Set(['ENTITY', 'TASK', 'TARGET', 'OWNER']));
    const lab = annotations.find((a) => a.kind === 'ENTITY' && a.label === fixture.names.lab);
    expect(lab && text.slice(lab.start, lab.end)).toBe(fixture.names.lab);
    const owner = annotations.find((a) => a.kind === 'OWNER' && a.role === 'LEAD');
    expect(owner && text.slice(owner.start, owner.end)).toBe('市科技局');
    const starts = annotations.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });
});

describe('agency queries', () => {
  it('lists agencies of a jurisdiction, busiest first', async () => {
    const result = await postGraphQL(
      api,
      `query($j: String) { agencies(jurisdiction: $j) { totalCount edges { node { key leadCount supportCount } } } }`,
      { j: fixture.jurisdiction },
    );
    const nodes = result.data?.agencies.edges.map((e: { node: unknown }) => e.node);
    expect(result.data?.agencies.totalCount).toBe(3);
    expect(nodes[0]).toEqual({ key: fixture.keys.lead, leadCount: 2, supportCount: 0 });
  });

  it('answers which tasks an agency leads and which it supports', async () => {
    const query = `query($id: ID!, $role: OwnerRole) { agency(id: $id) { name jurisdiction
      tasks(role: $role) { role task { taskId document { documentId } } evidence { sentence } } } }`;
    const leads = await postGraphQL(api, query, { id: fixture.keys.support, role: 'LEAD' });
    expect(leads.data?.agency.jurisdiction).toBe(fixture.jurisdiction);
    expect(
      leads.data?.agency.tasks.map((t: { task: { taskId: string } }) => t.task.taskId),
    ).toEqual([`${fixture.planId}#t2`]);
    const supports = await postGraphQL(api, query, { id: fixture.keys.support, role: 'SUPPORT' });
    expect(
      supports.data?.agency.tasks.map((t: { task: { taskId: string } }) => t.task.taskId),
    ).toEqual([`${fixture.planId}#t1`]);
  });

  it('keeps the same-named agency of another jurisdiction apart', async () => {
    const result = await postGraphQL(api, `{ agency(id: "Agency|不存在市|市科技局") { key } }`);
    expect(result.data?.agency).toBeNull();
  });
});

describe('entity queries', () => {
  it('resolves any node by global id', async () => {
    const result = await postGraphQL(
      api,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Lab { name aliases } ... on Task { number } } }`,
      { ids: [globalId('Lab', fixture.keys.lab), globalId('Task', `${fixture.planId}#t1`)] },
    );
    expect(result.data?.nodes).toEqual([
      {
        __typename: 'Lab',
        id: globalId('Lab', fixture.keys.lab),
        name: fixture.names.lab,
        aliases: [`${fixture.tag}实验室`],
      },
      { __typename: 'Task', id: globalId('Task', `${fixture.planId}#t1`), number: '1' },
    ]);
  });

  it('shows entity relations with evidence and the documents that mention an entity', async () => {
    const result = await postGraphQL(
      api,
      `query($id: ID!) { entity(id: $id) { name documents { documentId }
        relations { type curated source { key } target { key } evidence { sentence rule } } } }`,
      { id: fixture.keys.lab },
    );
    expect(result.data?.entity.documents).toEqual([{ documentId: fixture.planId }]);
    expect(result.data?.entity.relations).toEqual([
      {
        type: 'BASED_ON',
        curated: false,
        source: { key: fixture.keys.lab },
        target: { key: fixture.keys.university },
        evidence: expect.objectContaining({ rule: 'relation.based_on' }),
      },
    ]);
  });
});

describe('responsibilityMatrix', () => {
  it('crosses agencies and tasks of a jurisdiction with roles, unowned tasks included', async () => {
    const result = await postGraphQL(
      api,
      `query($j: String) { responsibilityMatrix(jurisdiction: $j) {
        agencies { agency { key } leadCount supportCount }
        tasks { taskId }
        cells { role task { taskId } agency { key } }
      } }`,
      { j: fixture.jurisdiction },
    );
    const matrix = result.data?.responsibilityMatrix;
    expect(matrix.tasks).toHaveLength(4);
    // Newest document first: the plan's tasks, then the 2022 measures' one.
    expect(matrix.tasks.at(-1)).toEqual({ taskId: `${fixture.policyDocId}#t1` });
    expect(matrix.tasks[0]).toEqual({ taskId: `${fixture.planId}#t1` });
    // An agency owning tasks in both documents is one row, its counts over both.
    const keys: string[] = matrix.agencies.map(
      (row: { agency: { key: string } }) => row.agency.key,
    );
    expect(keys).toEqual([...new Set(keys)]);
    expect(matrix.agencies[0]).toEqual({
      agency: { key: fixture.keys.lead },
      leadCount: 2,
      supportCount: 0,
    });
    expect(matrix.cells).toContainEqual({
      role: 'SUPPORT',
      task: { taskId: `${fixture.planId}#t1` },
      agency: { key: fixture.keys.support },
    });
  });

  it('needs a document or a jurisdiction', async () => {
    const result = await postGraphQL(api, `{ responsibilityMatrix { tasks { taskId } } }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('indicators', () => {
  it('follows a metric across documents and years, goals apart from reported figures', async () => {
    const result = await postGraphQL(
      api,
      `query($j: String) { indicators(jurisdiction: $j, metric: "高新技术企业") {
        metric units points { year value } goals { value } actuals { value document { documentId } } } }`,
      { j: fixture.jurisdiction },
    );
    expect(result.data?.indicators).toEqual([
      {
        metric: '高新技术企业数',
        units: ['家'],
        points: [
          { year: 2021, value: 420 },
          { year: 2025, value: 500 },
        ],
        goals: [{ value: 500 }],
        actuals: [{ value: 420, document: { documentId: fixture.policyDocId } }],
      },
    ]);
  });
});

describe('@skip and @include', () => {
  // The API executes compiled queries (graphql-jit), whose handling of these directives on
  // fragment spreads has differed from graphql-js before: every placement is pinned here.
  const query = `query($id: ID!, $with: Boolean!) { agency(id: $id) {
    key
    name @include(if: $with)
    jurisdiction @skip(if: $with)
    ... on Agency @include(if: $with) { leadCount }
    ...Counts @skip(if: $with)
    led: tasks(role: LEAD) @include(if: $with) { task { taskId } }
  } }
  fragment Counts on Agency { supportCount }`;

  it('keeps or drops fields, inline fragments and fragment spreads as the variables say', async () => {
    // Twice each: the first run of a document is graphql-js's, the next ones compiled.
    for (let run = 0; run < 4; run++) {
      const shown = run % 2 === 0;
      const result = await postGraphQL(api, query, { id: fixture.keys.lead, with: shown });
      expect(result.errors).toBeUndefined();
      expect(result.data?.agency).toEqual(
        shown
          ? {
              key: fixture.keys.lead,
              name: expect.any(String),
              leadCount: 2,
              led: [
                { task: { taskId: expect.any(String) } },
                { task: { taskId: expect.any(String) } },
              ],
            }
          : { key: fixture.keys.lead, jurisdiction: fixture.jurisdiction, supportCount: 0 },
      );
    }
  });
});
