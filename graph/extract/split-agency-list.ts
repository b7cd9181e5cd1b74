import type { Span } from '../model/extraction.js';

/** One body named in an owner list, as written, with its place in the clean text. */
export interface ListedAgency extends Span {
  name: string;
  /** 0 for the bodies before the first ',', 1 after it, … */
  group: number;
  /** Marked as lead in the list itself: '市科技局(牵头)、市财政局'. */
  markedLead: boolean;
}

/** Words that trail a list without being part of a name: '等', '按职责分工负责'. */
const TRAILER =
  /(?:等(?:部门|单位)?|按职责分工负责|按职责负责|分别负责|共同负责|配合|参与|负责|牵头)$/;

/**
 * An owner list → its bodies: ',' separates groups (the lead group first), '、' and '/'
 * separate bodies within one. '市科技局、发展改革委,各区镇' → 市科技局 (0), 发展改革委 (0), 各区镇 (1);
 * '市科技局(牵头)、市财政局' → 市科技局 marked lead.
 */
export function splitAgencyList(list: string, offset: number): ListedAgency[] {
  const items: ListedAgency[] = [];
  let group = 0;
  let start = 0;
  for (let i = 0; i <= list.length; i += 1) {
    const ch = list[i];
    if (i < list.length && ch !== ',' && ch !== '、' && ch !== '/' && ch !== ';') continue;
    push(items, list.slice(start, i), offset + start, group);
    if (ch === ',' || ch === ';') group += 1;
    start = i + 1;
  }
  return items;
}

function push(items: ListedAgency[], raw: string, at: number, group: number): void {
  const lead = raw.length - raw.trimStart().length;
  let name = raw.trim();
  const markedLead = /牵头\)?$/.test(name);
  name = name.replace(/\((?:牵头|配合|参与)\)$/, '');
  let skipped = 0;
  // '由市科技局负责' names 市科技局.
  if (/^由./.test(name)) {
    name = name.slice(1);
    skipped = 1;
  }
  while (TRAILER.test(name)) name = name.replace(TRAILER, '').trim();
  if (name.length < 2 || name.length > 30 || /[。\d]/.test(name)) return;
  items.push({
    name,
    start: at + lead + skipped,
    end: at + lead + skipped + name.length,
    group,
    markedLead,
  });
}
