import { badInput } from './api-errors.js';

/** Largest page any list field returns. */
export const MAX_PAGE_SIZE = 100;

// Cursors are opaque to clients; inside they are offsets into the sorted result.
function toCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

function parseCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (match?.[1] === undefined) throw badInput(`Not a cursor of this list: ${cursor}`);
  return Number(match[1]);
}

/** `first`/`after` → offset and limit, with the page-size cap enforced. */
export function toPage(
  first: number | null | undefined,
  after: string | null | undefined,
  fallback: number,
): { offset: number; limit: number } {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { offset: after ? parseCursor(after) + 1 : 0, limit };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function toConnection<T>(
  rows: readonly T[],
  totalCount: number,
  offset: number,
): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: toCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
