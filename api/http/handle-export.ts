import type { Store } from '../../graph/store/open-store.js';
import { findGraph } from '../../graph/store/graph-export.js';
import { findResponsibilityMatrix } from '../../graph/store/read-matrix.js';
import { getNeighborhood } from '../../graph/store/read-neighborhood.js';
import type { SubgraphRecord } from '../../graph/store/read-subgraph-records.js';
import { badInput, toKnownApiError } from '../api-errors.js';
import { toCytoscapeJson } from '../exports/to-cytoscape-json.js';
import { toGraphml } from '../exports/to-graphml.js';
import { toMatrixCsv } from '../exports/to-csv.js';
import { toMatrixRows } from '../exports/to-matrix-rows.js';
import { toMatrixXlsx } from '../exports/to-xlsx.js';
import { toNodeRef, toRawId } from '../global-id.js';
import {
  MAX_NEIGHBOR_LIMIT,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_SUBGRAPH_NODES,
} from '../resolvers/query-resolvers.js';

/** A whole-graph export stops at this many nodes (and says so in its metadata). */
const MAX_EXPORT_NODES = 20_000;

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

/**
 * GET /export/matrix.csv|matrix.xlsx?documentId=…&jurisdiction=… — the 任务分解表;
 * GET /export/graph.json|graph.graphml[?id=<node id>&depth=&limit=] — a neighbourhood, or the
 * whole graph without `id`, as Cytoscape JSON or GraphML.
 */
export async function handleExport(store: Store, request: Request, url: URL): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return Response.json({ error: 'Use GET' }, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  try {
    const name = url.pathname.slice('/export/'.length);
    const params = url.searchParams;
    switch (name) {
      case 'matrix.csv':
      case 'matrix.xlsx':
        return await exportMatrix(store, name, params);
      case 'graph.json':
      case 'graph.graphml':
        return await exportGraph(store, name, params);
      default:
        return Response.json(
          { error: 'Exports: matrix.csv, matrix.xlsx, graph.json, graph.graphml' },
          { status: 404 },
        );
    }
  } catch (error) {
    const known = toKnownApiError(error);
    if (known === null) return Response.json({ error: 'Unexpected error.' }, { status: 500 });
    const code = String(known.extensions.code);
    return Response.json({ error: known.message, code }, { status: STATUS_BY_CODE[code] ?? 500 });
  }
}

async function exportMatrix(
  store: Store,
  name: string,
  params: URLSearchParams,
): Promise<Response> {
  const documentId = params.get('documentId');
  const jurisdiction = params.get('jurisdiction');
  if (!documentId && !jurisdiction) throw badInput('Give documentId or jurisdiction');
  const matrix = await findResponsibilityMatrix(store, {
    documentId: documentId ? toRawId(documentId, ['Document']) : null,
    jurisdiction,
  });
  const rows = toMatrixRows(matrix);
  const title =
    matrix.documents.length === 1
      ? (matrix.documents[0]?.title ?? '任务分解表')
      : `${jurisdiction ?? ''}任务分解表`;
  if (name === 'matrix.csv') {
    return new Response(toMatrixCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        ...attachment('任务分解表.csv', 'matrix.csv'),
      },
    });
  }
  return new Response(await toMatrixXlsx(rows, title), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...attachment('任务分解表.xlsx', 'matrix.xlsx'),
    },
  });
}

async function exportGraph(store: Store, name: string, params: URLSearchParams): Promise<Response> {
  const id = params.get('id');
  let graph: SubgraphRecord;
  if (id) {
    graph = await getNeighborhood(store, toNodeRef(id), {
      depth: toInt(params.get('depth'), 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth'),
      limit: toInt(params.get('limit'), 50, 1, MAX_NEIGHBOR_LIMIT, 'limit'),
      labels: null,
      maxNodes: MAX_SUBGRAPH_NODES,
    });
  } else {
    graph = await findGraph(store, { maxNodes: MAX_EXPORT_NODES });
  }
  if (name === 'graph.json') {
    return new Response(JSON.stringify(toCytoscapeJson(graph)), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...attachment('graph.cyjs', 'graph.cyjs'),
      },
    });
  }
  return new Response(toGraphml(graph), {
    headers: {
      'content-type': 'application/graphml+xml; charset=utf-8',
      ...attachment('graph.graphml', 'graph.graphml'),
    },
  });
}

function toInt(
  value: string | null,
  fallback: number,
  min: number,
  max: number,
  name: string,
): number {
  if (value === null || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}`);
  }
  return parsed;
}

// RFC 6266: an ASCII fallback name plus the UTF-8 one for browsers that read it.
function attachment(utf8Name: string, asciiName: string): Record<string, string> {
  return {
    'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(utf8Name)}`,
  };
}
