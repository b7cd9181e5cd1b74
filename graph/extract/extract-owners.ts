import type { DocumentMeta, Span, Task, TaskAgency } from '../model/extraction.js';
import { distributePrefix } from './distribute-prefix.js';
import { toEntityKey } from './entity-key.js';
import { toSuffixType } from './entity-patterns.js';
import { findOwnerClauses, type OwnerMention } from './find-owner-clauses.js';
import { findTaskTables, type TableCell, type TaskTableRow } from './find-task-tables.js';
import type { NormalisedText } from './normalised-text.js';
import { splitAgencyList } from './split-agency-list.js';
import { toEvidence } from './to-evidence.js';

/** Holders that stand for many bodies: 各镇街, 各镇, 各园区, 市某某委成员单位, 有关部门. */
const COLLECTIVE = /^(?:各|全市各|市各|有关|相关)|成员单位$/;

/** A stated deadline inside an item: '(完成时限:2024年12月底)'. */
const DEADLINE = /(?:完成时限|完成时间|时间节点|时限)\s?:\s?([^()\n;。]{2,30})/;

/**
 * Fills each task's `agencies` from its owner clause or its table row: lead vs support, a
 * leading 市/区 carried over the list, collectives marked.
 * '…(责任单位:市科技局、发展改革委,各镇街)' → 市科技局 lead, 市发展改革委 support, 各镇街 support.
 * An item without a clause of its own takes the clause of the nearest group heading above it
 * (`groupSpans`), since a clause written on '(一)…' names the owners of the group's items:
 * '(一)培育科技企业(牵头单位:区科技局)\n1.实施高企倍增。…' → 1. has 区科技局 lead. Such owners
 * are stated in the text, so explicit, but their evidence is marked match 'inferred' and rule
 * 'owner.inherited.…'. A task whose text and groups name no owner keeps an empty list.
 */
export function extractOwners(
  text: NormalisedText,
  tasks: Task[],
  document: DocumentMeta,
  groupSpans: ReadonlyMap<string, readonly Span[]> = new Map(),
): Task[] {
  const rows = new Map<number, TaskTableRow>();
  for (const row of findTaskTables(text.clean)) rows.set(text.toOriginal(row.start), row);
  // A group's clause is read once however many items it holds.
  const groupMentions = new Map<number, OwnerMention[]>();
  const readGroup = (group: Span): OwnerMention[] => {
    let found = groupMentions.get(group.start);
    if (!found) {
      found = findOwnerClauses(text.clean.slice(group.start, group.end), group.start);
      groupMentions.set(group.start, found);
    }
    return found;
  };
  return tasks.map((task) => {
    const start = text.toClean(task.span.start);
    const end = text.toClean(task.span.end);
    const row = rows.get(task.span.start);
    let mentions = row ? readRow(row) : findOwnerClauses(text.clean.slice(start, end), start);
    let inherited = false;
    for (const group of row ? [] : (groupSpans.get(task.key) ?? [])) {
      if (mentions.length > 0) break;
      mentions = readGroup(group);
      inherited = mentions.length > 0;
    }
    const agencies = toAgencies(text, mentions, document.jurisdiction, inherited);
    const deadline =
      task.deadline ?? DEADLINE.exec(text.clean.slice(start, end))?.[1]?.trim() ?? null;
    return { ...task, agencies, deadline };
  });
}

/** A table row's owners: the 牵头 column leads, 配合 supports, a 责任 column leads with its first. */
function readRow(row: TaskTableRow): OwnerMention[] {
  const read = (
    cell: TableCell | null,
    role: 'lead' | 'support' | null,
    rule: string,
  ): OwnerMention[] =>
    cell === null
      ? []
      : splitAgencyList(cell.text, cell.start).map((item, i, items) => ({
          ...item,
          role: role ?? toListRole(items, i),
          rule,
        }));
  const leads = read(row.lead, 'lead', 'owner.table.lead');
  const responsible = read(
    row.responsible,
    leads.length > 0 ? 'support' : null,
    'owner.table.responsible',
  );
  return [...leads, ...responsible, ...read(row.support, 'support', 'owner.table.support')];
}

/** In a 责任单位 list the body marked (牵头) leads, or else the first one. */
function toListRole(items: Array<{ markedLead: boolean }>, i: number): 'lead' | 'support' {
  const marked = items.some((item) => item.markedLead);
  if (marked) return items[i]?.markedLead ? 'lead' : 'support';
  return i === 0 ? 'lead' : 'support';
}

/** Mentions → TaskAgency: names distributed per list, one entry per name (lead wins). */
function toAgencies(
  text: NormalisedText,
  mentions: OwnerMention[],
  jurisdiction: string | null,
  inherited: boolean,
): TaskAgency[] {
  const names = distributePrefix(mentions.map((m) => m.name));
  const byName = new Map<string, TaskAgency>();
  mentions.forEach((mention, i) => {
    const { name, distributed } = names[i] ?? { name: mention.name, distributed: false };
    const rule = inherited ? mention.rule.replace(/^owner\./, 'owner.inherited.') : mention.rule;
    const evidence = toEvidence(text, mention.start, mention.end, 'exact', rule);
    const written = text.original.slice(evidence.start, evidence.end);
    evidence.match = inherited
      ? 'inferred'
      : distributed || written !== name
        ? 'normalised'
        : 'exact';
    const agency: TaskAgency = {
      name,
      role: mention.role,
      explicit: true,
      collective: COLLECTIVE.test(name),
      entityKey: toOwnerKey(name, jurisdiction),
      evidence,
    };
    const seen = byName.get(name);
    if (!seen || (seen.role === 'support' && agency.role === 'lead')) byName.set(name, agency);
  });
  return [...byName.values()];
}

/**
 * The entity an owner is: a university or academic institute named as an owner (江苏大学配合)
 * stays the Institution it is; any other owner is an Agency of the document's jurisdiction.
 * ('江苏大学', '甲市') → 'Institution||江苏大学'; ('市科技局', '甲市') → 'Agency|甲市|市科技局'
 */
export function toOwnerKey(name: string, jurisdiction: string | null): string {
  return toSuffixType(name) === 'Institution'
    ? toEntityKey('Institution', name, null)
    : toEntityKey('Agency', name, jurisdiction);
}
