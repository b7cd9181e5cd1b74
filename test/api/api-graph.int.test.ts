/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument --
   GraphQL response bodies are JSON whose shape the assertions check; typing each one adds nothing. */
import ExcelJS from 'exceljs';
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
  api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes { id type label degree properties node { id } }
    edges { id source target type role curated evidence { sentence rule } }
    truncated omittedCount
  }
}`;

describe('neighborhood', () => {
  it('returns a node, its neighbours and the edges among them in Cytoscape shape', async () => {
    const result = await postGraphQL(api, NEIGHBORHOOD, {
      id: globalId('Task', `${fixture.planId}#t1`),
    });
    expect(result.errors).toBeUndefined();
    const neighborhood = result.data?.neighborhood;
    const { nodes, edges, truncated } = neighborhood;
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    expect(ids).toEqual(
      new Set([
        globalId('Task', `${fixture.planId}#t1`),
        globalId('Document', fixture.planId),
        globalId('Agency', fixture.keys.lead),
        globalId('Agency', fixture.keys.support),
        globalId('Institution', fixture.keys.university),
      ]),
    );
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    const lead = edges.find((e: { role: string | null }) => e.role === 'LEAD');
    expect(lead).toMatchObject({ type: 'ASSIGNED_TO', evidence: { rule: 'owner.clause.lead' } });
    const task = nodes.find((n: { type: string }) => n.type === 'TASK');
    expect(task.label).toBe(`1 建设${fixture.names.lab}`);
    expect(task.node.id).toBe(task.id);
    const document = nodes.find((n: { type: string }) => n.type === 'DOCUMENT');
    expect(document.properties.text).toBeUndefined();
    expect(truncated).toBe(false);
  });

  it('gives the same picture when only labels and arrows are asked for', async () => {
    // Without `properties` or `evidence` in the query the read leaves them out; labels, roles
    // and the shape of the graph must not change.
    const variables = { id: globalId('Task', `${fixture.planId}#t1`), depth: 2 };
    const full = await postGraphQL(api, NEIGHBORHOOD, variables);
    const light = await postGraphQL(
      api,
      `query($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) {
        nodes { id type label degree } edges { id source target type role curated }
        truncated omittedCount } }`,
      variables,
    );
    expect(light.errors).toBeUndefined();
    type Fields = Record<string, unknown>;
    const strip = (graph: { nodes: Fields[]; edges: Fields[] }) => ({
      ...graph,
      nodes: graph.nodes.map(({ id, type, label, degree }) => ({ id, type, label, degree })),
      edges: graph.edges.map(({ id, source, target, type, role, curated }) => ({
        id,
        source,
        target,
        type,
        role,
        curated,
      })),
    });
    expect(light.data?.neighborhood).toEqual(strip(full.data?.neighborhood));
    expect(full.data?.neighborhood.nodes.some((n: Fields) => n.type === 'TARGET')).toBe(true);
    expect(full.data?.neighborhood.edges.some((e: Fields) => e.evidence !== null)).toBe(true);
  });

  it('caps neighbours per node and counts what it left out', async () => {
    const result = await postGraphQL(api, NEIGHBORHOOD, {
      id: globalId('Document', fixture.planId),
      limit: 2,
    });
    const neighborhood = result.data?.neighborhood;
    const { nodes, truncated, omittedCount } = neighborhood;
    expect(nodes).toHaveLength(3);
    expect(truncated).toBe(true);
    expect(omittedCount).toBeGreaterThan(0);
  });

  it('goes two hops out and keeps only the asked-for types', async () => {
    const result = await postGraphQL(api, NEIGHBORHOOD, {
      id: globalId('Lab', fixture.keys.lab),
      depth: 2,
      types: ['DOCUMENT', 'AGENCY'],
    });
    const types = new Set(result.data?.neighborhood.nodes.map((n: { type: string }) => n.type));
    expect(types).toEqual(new Set(['LAB', 'DOCUMENT', 'AGENCY']));
  });

  it('reports an unknown node as NOT_FOUND and a bad depth as BAD_USER_INPUT', async () => {
    const missing = await postGraphQL(api, NEIGHBORHOOD, {
      id: globalId('Lab', 'Lab||无此实验室'),
    });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const deep = await postGraphQL(api, NEIGHBORHOOD, {
      id: globalId('Lab', fixture.keys.lab),
      depth: 4,
    });
    expect(errorCodes(deep)).toEqual(['BAD_USER_INPUT']);
    const notAnId = await postGraphQL(api, NEIGHBORHOOD, { id: 'not-a-global-id' });
    expect(errorCodes(notAnId)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('shortestPath', () => {
  const PATH = `query($from: ID!, $to: ID!, $maxDepth: Int) {
    shortestPath(from: $from, to: $to, maxDepth: $maxDepth) {
      nodes { id type label } edges { source target type evidence { sentence } }
    }
  }`;

  it('connects two entities through the graph with evidence on each hop', async () => {
    const result = await postGraphQL(api, PATH, {
      from: globalId('Lab', fixture.keys.lab),
      to: globalId('Agency', fixture.keys.lead),
    });
    expect(result.errors).toBeUndefined();
    const path = result.data?.shortestPath;
    expect(path.nodes[0].id).toBe(globalId('Lab', fixture.keys.lab));
    expect(path.nodes.at(-1).id).toBe(globalId('Agency', fixture.keys.lead));
    expect(path.edges).toHaveLength(path.nodes.length - 1);
  });

  it('returns null when no path is short enough', async () => {
    const result = await postGraphQL(api, PATH, {
      from: globalId('Lab', fixture.keys.lab),
      to: globalId('Agency', fixture.keys.lead),
      maxDepth: 1,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.shortestPath).toBeNull();
  });
});

describe('HTTP endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await api.fetch('http://innograph.test/healthz');
    expect(health.status).toBe(200);
    const ready = await api.fetch('http://innograph.test/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('exports the responsibility matrix as CSV with a BOM in the 任务分解表 layout', async () => {
    const response = await api.fetch(
      `http://innograph.test/export/matrix.csv?documentId=${encodeURIComponent(fixture.planId)}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe('序号,任务,牵头单位,配合单位,完成时限,来源条款');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(',市科技局,市发展改革委,2025年底,');
    expect(lines[1]).toContain(`《关于${fixture.tag}推进科技创新的实施方案》`);
  });

  it('exports the matrix as an XLSX workbook that reads back', async () => {
    const response = await api.fetch(
      `http://innograph.test/export/matrix.xlsx?jurisdiction=${encodeURIComponent(fixture.jurisdiction)}`,
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('任务分解表');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '序号',
      '任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '来源条款',
    ]);
    expect(sheet?.rowCount).toBe(5);
  });

  it('exports a neighbourhood as Cytoscape JSON and GraphML', async () => {
    const id = encodeURIComponent(globalId('Document', fixture.planId));
    const json = await api.fetch(`http://innograph.test/export/graph.json?id=${id}&depth=1`);
    const cy = await json.json();
    expect(cy.elements.nodes.length).toBeGreaterThan(3);
    expect(cy.elements.edges[0].data).toEqual(
      expect.objectContaining({ source: expect.any(String), target: expect.any(String) }),
    );
    const graphml = await (
      await api.fetch(`http://innograph.test/export/graph.graphml?id=${id}`)
    ).text();
    expect(graphml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(graphml).toContain(`关于${fixture.tag}推进科技创新的实施方案`);
    expect(graphml.match(/<node /g)?.length).toBe(cy.elements.nodes.length);
  });

  it('answers bad export requests with a status and a message', async () => {
    const response = await api.fetch('http://innograph.test/export/matrix.csv');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await api.fetch('http://innograph.test/export/nothing')).status).toBe(404);
  });
});
