import type { Entity, Evidence, Extraction, FactRef } from '../model/extraction.js';
import { ENTITY_RELATION_TYPES, ENTITY_TYPES } from '../model/vocabulary.js';
import type { EntityType } from '../model/vocabulary.js';
import type { TargetRecord, TaskRecord } from './read-records.js';

/** What saveDocument is given: one document's text, where it came from, and its extraction. */
export interface SaveDocumentInput {
  id: string;
  source: string;
  format: string;
  contentHash: string;
  text: string;
  extraction: Extraction;
}

export interface DocumentRow {
  id: string;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  publishedDate: string | null;
  effectiveDate: string | null;
  jurisdiction: string | null;
  kind: string;
  validity: string | null;
  source: string;
  format: string;
  contentHash: string;
  text: string;
}

export interface EntityRow {
  /** Node id: the extraction key (the store writes to the entity a curation merged it into). */
  id: string;
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Name, aliases and the original-script forms the text used, for the full-text index. */
  searchTerms: string[];
  searchText: string;
  jurisdiction: string | null;
  collective: boolean;
}

/** Provenance every extracted relationship carries, plus ASSIGNED_TO's own fields. */
export interface RelationProps {
  documentId: string;
  start: number | null;
  end: number | null;
  sentence: string | null;
  sentenceStart: number | null;
  match: string;
  rule: string;
  role?: string;
  explicit?: boolean;
  collective?: boolean;
  name?: string;
}

export interface RelationRow {
  fromId: string;
  toId: string;
  props: RelationProps;
}

export const RELATION_START_KINDS = ['document', 'task', 'entity'] as const;
export type RelationStartKind = (typeof RELATION_START_KINDS)[number];

/** Relationship types ingestion writes from extraction facts (HAS_* are written with nodes). */
export const EXTRACTED_RELATION_TYPES = [
  'ISSUED_BY',
  'MENTIONS',
  'CITES',
  'ASSIGNED_TO',
  ...ENTITY_RELATION_TYPES,
] as const;
export type ExtractedRelationType = (typeof EXTRACTED_RELATION_TYPES)[number];

/** Relations grouped by the Cypher that writes them: `${type}:${startKind}`. */
export type RelationGroupKey = `${ExtractedRelationType}:${RelationStartKind}`;

export interface DocumentRows {
  document: DocumentRow;
  entities: Record<EntityType, EntityRow[]>;
  // Task and Target nodes are written with exactly the properties the reads return.
  tasks: TaskRecord[];
  targets: TargetRecord[];
  relations: Partial<Record<RelationGroupKey, RelationRow[]>>;
  /** Relations left out because an end is unknown (no such task or entity in the extraction). */
  dropped: number;
}

// Longer spans are sentences, not names: they stay out of the search text.
const MAX_SEARCH_TERM_LENGTH = 60;

/** The ids a document's tasks and targets get: unique across documents, stable across runs. */
export function toFactId(documentId: string, key: string): string {
  return `${documentId}#${key}`;
}

/**
 * Turns one extraction into the rows saveDocument sends, grouped so that each group is written
 * by one `UNWIND` block. Pure.
 */
export function toDocumentRows(input: SaveDocumentInput): DocumentRows {
  const { extraction, id: documentId } = input;
  const meta = extraction.document;

  const entityRows = new Map<string, EntityRow>();
  for (const entity of extraction.entities) {
    const row = toEntityRow(entity, input.text, entity.key);
    const existing = entityRows.get(entity.key);
    entityRows.set(entity.key, existing === undefined ? row : mergeEntityRows(existing, row));
  }
  // An owner whose entity the extractor did not list still becomes an Agency node.
  for (const task of extraction.tasks) {
    for (const agency of task.agencies) {
      if (entityRows.has(agency.entityKey)) continue;
      const terms = toSearchTerms([agency.name]);
      entityRows.set(agency.entityKey, {
        id: agency.entityKey,
        key: agency.entityKey,
        name: agency.name,
        type: 'Agency',
        aliases: [],
        searchTerms: terms,
        searchText: terms.join(' '),
        jurisdiction: meta.jurisdiction,
        collective: agency.collective,
      });
    }
  }

  const taskKeys = new Set(extraction.tasks.map((task) => task.key));
  const relations: Partial<Record<RelationGroupKey, RelationRow[]>> = {};
  const seen = new Set<string>();
  const connected = new Set<string>();
  let dropped = 0;
  const add = (
    type: ExtractedRelationType,
    kind: RelationStartKind,
    fromId: string,
    toId: string,
    props: RelationProps,
  ): void => {
    const identity = [type, fromId, toId, props.start, props.end, props.role].join('\u0000');
    if (seen.has(identity)) return;
    seen.add(identity);
    connected.add(toId);
    (relations[`${type}:${kind}`] ??= []).push({ fromId, toId, props });
  };

  for (const task of extraction.tasks) {
    for (const agency of task.agencies) {
      add('ASSIGNED_TO', 'task', toFactId(documentId, task.key), agency.entityKey, {
        ...toProvenance(documentId, agency.evidence),
        role: agency.role,
        explicit: agency.explicit,
        collective: agency.collective,
        name: agency.name,
      });
    }
  }
  for (const relation of extraction.relations) {
    const start = resolveStart(relation.from, documentId, taskKeys, entityRows);
    if (start === null || relation.to.kind !== 'entity' || !entityRows.has(relation.to.key)) {
      dropped += 1;
      continue;
    }
    if (relation.from.kind === 'entity') connected.add(relation.from.key);
    add(
      relation.type,
      start.kind,
      start.id,
      relation.to.key,
      toProvenance(documentId, relation.evidence),
    );
  }
  // Every entity hangs off the document that named it: one the extractor related to nothing
  // gets a MENTIONS at its first mention, so it is neither lost nor an orphan.
  for (const entity of extraction.entities) {
    if (connected.has(entity.key)) continue;
    const mention = entity.mentions[0];
    add(
      'MENTIONS',
      'document',
      documentId,
      entity.key,
      mention === undefined
        ? { ...toProvenance(documentId, null), rule: 'store.entity.listed' }
        : toProvenance(documentId, mention),
    );
  }

  const entities = Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, [] as EntityRow[]]),
  ) as Record<EntityType, EntityRow[]>;
  for (const row of entityRows.values()) entities[row.type].push(row);

  return {
    document: {
      id: documentId,
      title: meta.title,
      issuer: meta.issuer,
      docNumber: meta.docNumber,
      date: meta.date,
      publishedDate: meta.publishedDate,
      effectiveDate: meta.effectiveDate,
      jurisdiction: meta.jurisdiction,
      kind: meta.kind,
      validity: meta.validity,
      source: input.source,
      format: input.format,
      contentHash: input.contentHash,
      text: input.text,
    },
    entities,
    tasks: extraction.tasks.map((task) => ({
      id: toFactId(documentId, task.key),
      documentId,
      key: task.key,
      number: task.number,
      section: task.section,
      title: task.title,
      body: task.body,
      deadline: task.deadline,
      start: task.span.start,
      end: task.span.end,
    })),
    targets: extraction.targets.map((target) => ({
      id: toFactId(documentId, target.key),
      documentId,
      key: target.key,
      metric: target.metric,
      value: target.value,
      unit: target.unit,
      year: target.year,
      recurring: target.recurring,
      comparator: target.comparator,
      kind: target.kind,
      section: target.section,
      start: target.evidence.start,
      end: target.evidence.end,
      sentence: target.evidence.sentence,
      sentenceStart: target.evidence.sentenceStart,
      match: target.evidence.match,
      rule: target.evidence.rule,
      taskId:
        target.taskKey !== null && taskKeys.has(target.taskKey)
          ? toFactId(documentId, target.taskKey)
          : null,
    })),
    relations,
    dropped,
  };
}

/** Total rows of a document: what the benchmark counts as facts written. */
export function countRows(rows: DocumentRows): number {
  let count = 1 + rows.tasks.length + rows.targets.length;
  for (const group of Object.values(rows.entities)) count += group.length;
  for (const group of Object.values(rows.relations)) count += group.length;
  return count;
}

function toEntityRow(entity: Entity, text: string, id: string): EntityRow {
  // A traditional-script document says 實驗室 where the name says 实验室: index both.
  const originals = entity.mentions
    .map((mention) => text.slice(mention.start, mention.end).trim())
    .filter((form) => form !== '' && form.length <= MAX_SEARCH_TERM_LENGTH);
  const aliases = unique(entity.aliases.filter((alias) => alias !== entity.name));
  const searchTerms = toSearchTerms([entity.name, ...aliases, ...originals]);
  return {
    id,
    key: entity.key,
    name: entity.name,
    type: entity.type,
    aliases,
    searchTerms,
    searchText: searchTerms.join(' '),
    jurisdiction: entity.jurisdiction,
    collective: entity.collective,
  };
}

function mergeEntityRows(first: EntityRow, second: EntityRow): EntityRow {
  const aliases = unique([...first.aliases, ...second.aliases]).filter((a) => a !== first.name);
  const searchTerms = unique([...first.searchTerms, ...second.searchTerms]);
  return { ...first, aliases, searchTerms, searchText: searchTerms.join(' ') };
}

function resolveStart(
  from: FactRef,
  documentId: string,
  taskKeys: ReadonlySet<string>,
  entityRows: ReadonlyMap<string, EntityRow>,
): { kind: RelationStartKind; id: string } | null {
  if (from.kind === 'document') return { kind: 'document', id: documentId };
  if (from.kind === 'task') {
    return taskKeys.has(from.key) ? { kind: 'task', id: toFactId(documentId, from.key) } : null;
  }
  return entityRows.has(from.key) ? { kind: 'entity', id: from.key } : null;
}

function toProvenance(documentId: string, evidence: Evidence | null): RelationProps {
  if (evidence === null) {
    return {
      documentId,
      start: null,
      end: null,
      sentence: null,
      sentenceStart: null,
      match: 'inferred',
      rule: 'store',
    };
  }
  return {
    documentId,
    start: evidence.start,
    end: evidence.end,
    sentence: evidence.sentence,
    sentenceStart: evidence.sentenceStart,
    match: evidence.match,
    rule: evidence.rule,
  };
}

/**
 * Whitespace-free, distinct terms: the store unions a stored searchText with new terms token by
 * token, which stays idempotent only if no term contains a space.
 */
function toSearchTerms(values: readonly string[]): string[] {
  return unique(values.flatMap((value) => value.split(/\s+/)).filter((term) => term !== ''));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
