// Cypher map projections shared by the read modules, so every read returns the same record
// shapes (read-records.ts). Each takes the Cypher variable it projects; none takes user input.

/** Provenance of relationship `r` as an EvidenceRecord, or null when it has none (curations). */
export function evidenceOf(r: string): string {
  return `CASE WHEN ${r}.sentence IS NULL OR ${r}.start IS NULL THEN null ELSE ${r} {
    .documentId, .start, .end, .sentence, .sentenceStart, .match, .rule } END`;
}

/** A Document node without its text. */
export function documentOf(d: string): string {
  return `${d} { .id, .title, .issuer, .docNumber, .date, .publishedDate, .effectiveDate,
    .jurisdiction, .kind, .validity, .source, .format, .contentHash }`;
}

export function taskOf(t: string): string {
  return `${t} { .id, .documentId, .key, .number, .section, .title, .body, .deadline, .start, .end }`;
}

export function targetOf(g: string): string {
  return `${g} { .id, .documentId, .key, .metric, .value, .unit, .year, .comparator, .kind,
    .section, .start, .end, .sentence, recurring: coalesce(${g}.recurring, false),
    taskId: head([(task:Task)-[:SETS_TARGET]->(${g}) | task.id]) }`;
}

export function entityOf(e: string): string {
  return `${e} { .id, .key, .name, .type, .jurisdiction, aliases: coalesce(${e}.aliases, []),
    collective: coalesce(${e}.collective, false), curated: coalesce(${e}.curated, false) }`;
}

/** An ASSIGNED_TO relationship `r` from task `t` to agency `a`. */
export function assignmentOf(r: string, t: string, a: string): string {
  return `{ id: elementId(${r}), taskId: ${t}.id, agencyId: ${a}.id, role: ${r}.role,
    explicit: coalesce(${r}.explicit, true), collective: coalesce(${r}.collective, false),
    name: coalesce(${r}.name, ${a}.name), curated: coalesce(${r}.curated, false),
    evidence: ${evidenceOf(r)} }`;
}
