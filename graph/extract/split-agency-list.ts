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
 * separate bodies within one. '市科技局、发展改革委,各镇街' → 市科技局 (0), 发展改革委 (0), 各镇街 (1);
 * '市科技局(牵头)、市财政局' → 市科技局 marked lead; '各县(市、区)政府' and '各辖市、区' → one each.
 */
export function splitAgencyList(list: string, offset: number): ListedAgency[] {
  const items: ListedAgency[] = [];
  let group = 0;
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= list.length; i += 1) {
    const ch = list[i];
    // Separators inside parentheses belong to one name: '各县(市、区)政府'.
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (i < list.length && (depth > 0 || (ch !== ',' && ch !== '、' && ch !== '/' && ch !== ';')))
      continue;
    const raw = list.slice(start, i);
    if (!joinPlaceWord(items, raw, list[start - 1], offset + start)) {
      push(items, raw, offset + start, group);
    }
    if (ch === ',' || ch === ';') group += 1;
    start = i + 1;
  }
  return items;
}

/** A bare place word after a 各… collective completes it: '各辖市、区' is one holder, not two. */
const PLACE_WORD = /^\s*(?:市|区|县|镇|乡|街道|街|园区)\s*$/;

function joinPlaceWord(
  items: ListedAgency[],
  raw: string,
  separator: string | undefined,
  at: number,
): boolean {
  const last = items[items.length - 1];
  if (!last || separator !== '、' || !last.name.startsWith('各') || !PLACE_WORD.test(raw))
    return false;
  if (last.end !== at - 1) return false;
  const word = raw.trim();
  last.name = `${last.name}、${word}`;
  last.end = at + raw.indexOf(word) + word.length;
  return true;
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
