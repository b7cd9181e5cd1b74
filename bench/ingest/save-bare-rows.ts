import type { DocumentRows } from '../../graph/store/document-rows.js';
import type { Store } from '../../graph/store/open-store.js';

// The baseline the ingest benchmark compares against: the same rows, one transaction per
// document, with nothing but a CREATE each — no MERGE, no constraints on its label, no
// relationships to match, no clean-up. It bypasses graph/store on purpose; it measures the
// driver and the server, not innograph.
const BARE_CREATE_CYPHER = 'UNWIND $rows AS row CREATE (n:BenchRow) SET n = row';

type FlatRow = Record<string, string | number | boolean | string[] | null>;

/** A document's rows flattened to property maps, as the bare baseline writes them. */
export function toBareRows(rows: DocumentRows): FlatRow[] {
  const flat: FlatRow[] = [{ ...rows.document }];
  for (const group of Object.values(rows.entities)) for (const row of group) flat.push({ ...row });
  for (const row of rows.tasks) flat.push({ ...row });
  for (const row of rows.targets) flat.push({ ...row });
  for (const group of Object.values(rows.relations)) {
    for (const row of group) flat.push({ fromId: row.fromId, toId: row.toId, ...row.props });
  }
  return flat;
}

/** Writes each document's rows in a transaction of its own; returns the milliseconds taken. */
export async function saveBareRows(store: Store, documents: readonly FlatRow[][]): Promise<number> {
  const started = performance.now();
  const session = store.driver.session({ database: store.database });
  try {
    for (const rows of documents) {
      await session.executeWrite((tx) => tx.run(BARE_CREATE_CYPHER, { rows }));
    }
  } finally {
    await session.close();
  }
  return performance.now() - started;
}
