import type { Section, Span, Task } from '../model/extraction.js';
import { findHeadings, type Heading } from './find-headings.js';
import { findTaskTables, type TaskTableRow } from './find-task-tables.js';
import { isTaskHeading } from './is-task-heading.js';
import type { NormalisedText } from './normalised-text.js';

export interface DocumentStructure {
  sections: Section[];
  /** Numbered items, with `agencies` still empty: owners are read by extractOwners. */
  tasks: Task[];
  /**
   * Per task key, the own text (clean offsets, up to its first item) of each numbered heading
   * that encloses the task, nearest first: where an owner clause for the whole group is written.
   * '(一)培育科技企业(牵头单位:区科技局)\n1.…' → t1: [the span of '(一)培育…(牵头单位:区科技局)'].
   */
  groupSpans: Map<string, Span[]>;
}

/** A document's own title line heads everything; it is no task's section ('…实施意见'). */
const DOCUMENT_TITLE =
  /(?:方案|意见|办法|措施|要点|总结|规划|通知|指引|细则|计划|纲要|决定|条例|规定)$/;

/**
 * The heading outline and the work items: numbered leaf items under task headings (重点任务,
 * 保障措施, 工作重点…) and the rows of task-division tables, in reading order.
 * '(一)强化企业主体地位\n1. 强化项目招引。瞄准…' → task { number: '1', section: '强化企业主体地位',
 * title: '强化项目招引' }.
 */
export function extractStructure(text: NormalisedText): DocumentStructure {
  const { clean } = text;
  const headings = findHeadings(clean);
  const sections: Section[] = headings.map((h) => ({
    number: h.number,
    title: h.title,
    level: h.depth,
    span: { start: text.toOriginal(h.start), end: text.toOriginalEnd(h.titleEnd) },
  }));
  const rows = findTaskTables(clean);
  const drafts: Array<Omit<Task, 'key'> & { groups: Span[] }> = [];
  headings.forEach((heading, i) => {
    // A heading over a task-division table ('二、重点任务分解' + rows) is no task: its rows are.
    if (holdsRow(rows, heading.titleStart, heading.end)) return;
    if (!isTaskHeading(headings, i, clean)) return;
    drafts.push({ ...toHeadingTask(text, headings, heading), groups: findGroups(headings, i) });
  });
  for (const row of rows) {
    const section = findEnclosing(headings, row.start);
    const body = row.task.text;
    const stop = body.indexOf('。');
    drafts.push({
      number: row.number?.text.replace(/[.、\s]/g, '') ?? '',
      section: section ? toSectionTitle(section) : '',
      title: (stop === -1 ? body : body.slice(0, stop)).trim(),
      body,
      deadline: row.deadline?.text ?? null,
      span: { start: text.toOriginal(row.start), end: text.toOriginalEnd(row.end) },
      agencies: [],
      groups: [],
    });
  }
  drafts.sort((a, b) => a.span.start - b.span.start);
  const tasks: Task[] = [];
  const groupSpans = new Map<string, Span[]>();
  drafts.forEach(({ groups, ...draft }, i) => {
    const key = `t${i + 1}`;
    tasks.push({ key, ...draft });
    if (groups.length > 0) groupSpans.set(key, groups);
  });
  return { sections, tasks, groupSpans };
}

/** Whether a row starts in [start, end); rows are in text order, so a binary search finds it. */
function holdsRow(rows: readonly TaskTableRow[], start: number, end: number): boolean {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((rows[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  const row = rows[low];
  return row !== undefined && row.start < end;
}

/** The own text of each numbered heading enclosing headings[index], nearest first. */
function findGroups(headings: Heading[], index: number): Span[] {
  const groups: Span[] = [];
  for (let at = headings[index]?.parent ?? -1; at !== -1; at = headings[at]?.parent ?? -1) {
    const heading = headings[at];
    if (!heading || heading.style === 'plain') break;
    groups.push({ start: heading.start, end: heading.end });
  }
  return groups;
}

function toHeadingTask(
  text: NormalisedText,
  headings: Heading[],
  heading: Heading,
): Omit<Task, 'key'> {
  const parent = headings[heading.parent];
  const bodyStart = heading.titleEnd < heading.end ? heading.titleEnd + 1 : heading.titleEnd;
  const end = trimEnd(text.clean, heading.start, heading.end);
  return {
    number: heading.number,
    section: parent ? toSectionTitle(parent) : '',
    title: heading.title,
    body: text.clean.slice(bodyStart, end).trim(),
    deadline: null,
    span: { start: text.toOriginal(heading.start), end: text.toOriginalEnd(end) },
    agencies: [],
  };
}

/** A plain line that is the document's title encloses nothing in particular. */
function toSectionTitle(heading: Heading): string {
  return heading.style === 'plain' && DOCUMENT_TITLE.test(heading.title) ? '' : heading.title;
}

/** The innermost heading whose text contains `offset`. */
function findEnclosing(headings: Heading[], offset: number): Heading | null {
  let found: Heading | null = null;
  for (const heading of headings) {
    if (heading.start > offset) break;
    found = heading;
  }
  return found;
}

function trimEnd(clean: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(clean[at - 1] ?? '')) at -= 1;
  return at;
}
