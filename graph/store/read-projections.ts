// Cypher map projections shared by the read modules, so every read returns the same record
// shapes (read-records.ts). Each takes the Cypher variable it projects; none takes user input.
// Those given a ReadPlan leave out the optional properties it does not read (read-plan.ts).
import { FULL_READ, optionalEntries } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';

/**
 * Provenance of relationship `r` as an EvidenceRecord, or null when it has none (curations)
 * or the plan does not read `evidence`.
 */
export function evidenceOf(r: string, plan: ReadPlan = FULL_READ): string {
  if (!plan.reads('evidence')) return 'null';
  return `CASE WHEN ${r}.sentence IS NULL OR ${r}.start IS NULL THEN null ELSE ${r} {
    .documentId, .start, .end, .sentenceStart, .match, .rule,
    ${optionalEntries(r, plan, { sentence: "''" })} } END`;
}

/** A Document node without its text. */
export function documentOf(d: string, plan: ReadPlan = FULL_READ): string {
  return `${d} { .id, ${optionalEntries(d, plan, DOCUMENT_DEFAULTS)} }`;
}

const DOCUMENT_DEFAULTS = Object.fromEntries(
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
  ].map((property) => [property, 'null']),
);

/** A Task node; where it is in the text (start, end) is always read, for order and spans. */
export function taskOf(t: string, plan: ReadPlan = FULL_READ): string {
  return `${t} { .id, .documentId, .start, .end, ${optionalEntries(t, plan, {
    key: "''",
    number: "''",
    section: "''",
    title: "''",
    body: "''",
    deadline: 'null',
  })} }`;
}

export function targetOf(g: string): string {
  return `${g} { .id, .documentId, .key, .metric, .value, .unit, .year, .comparator, .kind,
    .section, .start, .end, .sentence, .sentenceStart, .match, .rule, recurring: coalesce(${g}.recurring, false),
    taskId: head([(task:Task)-[:SETS_TARGET]->(${g}) | task.id]) }`;
}

export function entityOf(e: string): string {
  return `${e} { .id, .key, .name, .type, .jurisdiction, aliases: coalesce(${e}.aliases, []),
    collective: coalesce(${e}.collective, false), curated: coalesce(${e}.curated, false) }`;
}

/** An ASSIGNED_TO relationship `r` from task `t` to agency `a`. */
export function assignmentOf(r: string, t: string, a: string, plan: ReadPlan = FULL_READ): string {
  const optional = (property: string, value: string, fallback: string): string =>
    plan.reads(property) ? value : fallback;
  return `{ id: elementId(${r}), taskId: ${t}.id, agencyId: ${a}.id, role: ${r}.role,
    explicit: ${optional('explicit', `coalesce(${r}.explicit, true)`, 'true')},
    collective: ${optional('collective', `coalesce(${r}.collective, false)`, 'false')},
    name: ${optional('name', `coalesce(${r}.name, ${a}.name)`, "''")},
    curated: ${optional('curated', `coalesce(${r}.curated, false)`, 'false')},
    evidence: ${evidenceOf(r, plan)} }`;
}
