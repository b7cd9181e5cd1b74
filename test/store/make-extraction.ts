// Builders for synthetic extractions: store tests write exactly the facts they assert on,
// independent of what the extractor finds in the seeds.
import type {
  DocumentMeta,
  Entity,
  Evidence,
  Extraction,
  FactRef,
  Relation,
  Target,
  Task,
  TaskAgency,
} from '../../graph/model/extraction.js';
import type { EntityType, OwnerRole } from '../../graph/model/vocabulary.js';

export function makeEvidence(rule: string, start = 0, end = 2): Evidence {
  return { start, end, sentence: `sentence for ${rule}`, sentenceStart: 0, match: 'exact', rule };
}

export function makeExtraction(document: Partial<DocumentMeta> = {}): Extraction {
  return {
    document: {
      title: null,
      issuer: null,
      docNumber: null,
      date: null,
      publishedDate: null,
      effectiveDate: null,
      jurisdiction: null,
      kind: '方案',
      validity: null,
      ...document,
    },
    sections: [],
    tasks: [],
    targets: [],
    entities: [],
    relations: [],
    diagnostics: [],
  };
}

export function makeEntity(
  type: EntityType,
  name: string,
  options: Partial<Omit<Entity, 'type' | 'name'>> = {},
): Entity {
  const jurisdiction = options.jurisdiction ?? null;
  return {
    key: options.key ?? `${type}|${type === 'Agency' ? (jurisdiction ?? '') : ''}|${name}`,
    name,
    type,
    aliases: options.aliases ?? [],
    jurisdiction,
    collective: options.collective ?? false,
    mentions: options.mentions ?? [makeEvidence('entity.test')],
  };
}

export function makeOwner(agency: Entity, role: OwnerRole): TaskAgency {
  return {
    name: agency.name,
    role,
    explicit: true,
    collective: agency.collective,
    entityKey: agency.key,
    evidence: makeEvidence(`owner.${role}`),
  };
}

export function makeTask(key: string, title: string, agencies: TaskAgency[] = []): Task {
  return {
    key,
    number: key.replace(/^t/, ''),
    section: '',
    title,
    body: `${title}。`,
    deadline: null,
    span: { start: 0, end: title.length },
    agencies,
  };
}

export function makeTarget(
  key: string,
  metric: string,
  value: number,
  taskKey: string | null = null,
): Target {
  return {
    key,
    metric,
    value,
    unit: '家',
    year: 2025,
    recurring: false,
    comparator: '>=',
    kind: 'target',
    taskKey,
    section: '',
    evidence: makeEvidence('target.test', 3, 9),
  };
}

export function makeRelation(type: Relation['type'], from: FactRef, toKey: string): Relation {
  return {
    type,
    from,
    to: { kind: 'entity', key: toKey },
    evidence: makeEvidence(`relation.${type}`),
  };
}
