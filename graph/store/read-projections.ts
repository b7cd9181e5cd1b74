// Cypher projections shared by the read modules, so every read returns the same record shapes
// (read-records.ts). Each takes the Cypher variable it projects; none takes user input. Those
// given a ReadPlan leave out the optional properties it does not read (read-plan.ts).
//
// A record travels as a Cypher list, not a map, and `decode` names its values: the driver
// decodes every key of every map again, row after row, and on the API's reads that was most of
// Node's time (measured on agency → tasks: 1.24 ms of CPU per read as maps, 0.68 ms as lists,
// against 0.53 ms for the bare query's flat columns).
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import type {
  AssignmentRecord,
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  TargetRecord,
  TaskRecord,
} from './read-records.js';

/** A record as a Cypher list expression, and the function that turns the list back into it. */
export interface Projection<T> {
  readonly cypher: string;
  /** The record from the list the driver returned for `cypher`. */
  readonly decode: (value: unknown) => T;
}

/**
 * One property of a record: `expression` is what Cypher returns for it, or null when the read
 * leaves it out, and then the record holds `fallback`.
 */
interface Column {
  property: string;
  expression: string | null;
  fallback?: unknown;
  decode?: ((value: unknown) => unknown) | undefined;
}

function projectionOf<T>(columns: readonly Column[]): Projection<T> {
  const read = columns.filter((column) => column.expression !== null);
  return {
    cypher: `[${read.map((column) => column.expression).join(', ')}]`,
    decode: (value) => {
      const list = value as readonly unknown[];
      const record: Record<string, unknown> = {};
      let at = 0;
      for (const column of columns) {
        if (column.expression === null) {
          record[column.property] = column.fallback;
        } else {
          const item = list[at++];
          record[column.property] = column.decode ? column.decode(item) : item;
        }
      }
      return record as T;
    },
  };
}

/** `v.p` for each property: always read. */
function always(v: string, properties: readonly string[]): Column[] {
  return properties.map((property) => ({ property, expression: `${v}.${property}` }));
}

/** `v.p` for each property the plan reads; the fallback for the others. */
function optional(
  v: string,
  plan: ReadPlan,
  fallbacks: Readonly<Record<string, unknown>>,
): Column[] {
  return Object.entries(fallbacks).map(([property, fallback]) =>
    readIf(plan, property, `${v}.${property}`, fallback),
  );
}

/** `expression` for `property` when the plan reads it; the fallback otherwise. */
function readIf(plan: ReadPlan, property: string, expression: string, fallback: unknown): Column {
  return { property, expression: plan.reads(property) ? expression : null, fallback };
}

/** Decodes a value the Cypher made null (`CASE … THEN null`) as null, anything else as `T`. */
export function orNull<T>(projection: Projection<T>): (value: unknown) => T | null {
  return (value) => (value === null || value === undefined ? null : projection.decode(value));
}

/**
 * Provenance of relationship `r` as an EvidenceRecord, or null when it has none (curations)
 * or the plan does not read `evidence`: decode it with `orNull`.
 */
export function evidenceOf(r: string, plan: ReadPlan = FULL_READ): Projection<EvidenceRecord> {
  if (!plan.reads('evidence')) return { cypher: 'null', decode: () => null as never };
  const inner = projectionOf<EvidenceRecord>([
    ...always(r, ['documentId', 'start', 'end', 'sentenceStart', 'match', 'rule']),
    ...optional(r, plan, { sentence: '' }),
  ]);
  return {
    cypher: `CASE WHEN ${r}.sentence IS NULL OR ${r}.start IS NULL THEN null ELSE ${inner.cypher} END`,
    decode: inner.decode,
  };
}

const DOCUMENT_FALLBACKS = Object.fromEntries(
  [
    'title',
    'issuer',
    'docNumber',
    'date',
    'publishedDate',
    'effectiveDate',
    'jurisdiction',
    'kind',
    'validity',
    'source',
    'format',
    'contentHash',
  ].map((property) => [property, null]),
);

/** A Document node without its text. */
export function documentOf(d: string, plan: ReadPlan = FULL_READ): Projection<DocumentRecord> {
  return projectionOf([...always(d, ['id']), ...optional(d, plan, DOCUMENT_FALLBACKS)]);
}

/** A Task node; where it is in the text (start, end) is always read, for order and spans. */
export function taskOf(t: string, plan: ReadPlan = FULL_READ): Projection<TaskRecord> {
  return projectionOf([
    ...always(t, ['id', 'documentId', 'start', 'end']),
    ...optional(t, plan, { key: '', number: '', section: '', title: '', body: '', deadline: null }),
  ]);
}

export function targetOf(g: string): Projection<TargetRecord> {
  return projectionOf([
    ...always(g, [
      'id',
      'documentId',
      'key',
      'metric',
      'value',
      'unit',
      'year',
      'comparator',
      'kind',
      'section',
      'start',
      'end',
      'sentence',
      'sentenceStart',
      'match',
      'rule',
    ]),
    { property: 'recurring', expression: `coalesce(${g}.recurring, false)` },
    { property: 'taskId', expression: `head([(task:Task)-[:SETS_TARGET]->(${g}) | task.id])` },
  ]);
}

/** An Entity node; its type is always read, for the GraphQL type it resolves to. */
export function entityOf(e: string, plan: ReadPlan = FULL_READ): Projection<EntityRecord> {
  return projectionOf([
    ...always(e, ['id', 'name', 'type']),
    ...optional(e, plan, { key: '', jurisdiction: null }),
    readIf(plan, 'aliases', `coalesce(${e}.aliases, [])`, []),
    readIf(plan, 'collective', `coalesce(${e}.collective, false)`, false),
    readIf(plan, 'curated', `coalesce(${e}.curated, false)`, false),
  ]);
}

/** An ASSIGNED_TO relationship `r` from task `t` to agency `a`. */
export function assignmentOf(
  r: string,
  t: string,
  a: string,
  plan: ReadPlan = FULL_READ,
): Projection<AssignmentRecord> {
  const evidence = evidenceOf(r, plan);
  return projectionOf([
    { property: 'id', expression: `elementId(${r})` },
    { property: 'taskId', expression: `${t}.id` },
    { property: 'agencyId', expression: `${a}.id` },
    { property: 'role', expression: `${r}.role` },
    readIf(plan, 'explicit', `coalesce(${r}.explicit, true)`, true),
    readIf(plan, 'collective', `coalesce(${r}.collective, false)`, false),
    readIf(plan, 'name', `coalesce(${r}.name, ${a}.name)`, ''),
    readIf(plan, 'curated', `coalesce(${r}.curated, false)`, false),
    { ...readIf(plan, 'evidence', evidence.cypher, null), decode: orNull(evidence) },
  ]);
}

/** Decodes the `evidence` of a row whose other fields came as a map. */
export function withEvidence<T extends { evidence: EvidenceRecord | null }>(
  evidence: Projection<EvidenceRecord>,
): (row: Omit<T, 'evidence'> & { evidence: unknown }) => T {
  const decode = orNull(evidence);
  return (row) => ({ ...row, evidence: decode(row.evidence) }) as T;
}
