import type { OwnerRole } from '../model/vocabulary.js';
import { splitAgencyList, type ListedAgency } from './split-agency-list.js';

/** A body named as owner, with the role the clause gives it and the rule that read it. */
export interface OwnerMention extends ListedAgency {
  role: OwnerRole;
  rule: string;
}

/** Labels of owner lists and the role their bodies take (null: first leads, rest support). */
const LABELS: ReadonlyArray<readonly [RegExp, OwnerRole | null]> = [
  [/^(?:牵头|主责|主要责任)(?:单位|部门)$/, 'lead'],
  [/^(?:配合|协办|参与|协同|其他责任|相关责任)(?:单位|部门)$/, 'support'],
  [/^(?:责任(?:单位|部门|主体)|负责(?:单位|部门)|实施(?:单位|部门))$/, null],
];

/** A list label: '牵头单位', '配合部门', '责任主体', '主要责任单位', '其他责任单位'. */
const LABEL =
  '(?:主要|其他|相关)?(?:牵头|主责|配合|协办|参与|协同|责任|负责|实施)(?:单位|部门|主体)';

/**
 * '(责任单位:市科技局,各镇街)' or '(牵头单位:…;配合单位:…)' or '【责任单位:…】': labelled parts
 * in brackets, which may hold short parenthesised words of their own: '市科技局(牵头)',
 * '各县(市、区)政府'.
 */
const LABELLED_CLAUSE = new RegExp(
  `[(【]((?:${LABEL})\\s?:(?:[^()【】\\n]|\\([^()\\n:]{1,12}\\)){1,400})[)】]`,
  'g',
);

/** A labelled list without parentheses, on its own line or after a sentence: '。责任单位:市科技局'. */
const LABELLED_LINE = new RegExp(
  `(?:^|\\n|[。;])[ \\t]*((?:${LABEL})\\s?:(?:[^()\\n。]|\\([^()\\n:。]{1,12}\\)){1,300})`,
  'g',
);

/** Each label inside a clause, where its list starts. */
const LABEL_IN_CLAUSE = new RegExp(`(${LABEL})\\s?:`, 'g');

/** '(市科技局牵头,各镇街按职责分工负责)', '(各县(市、区)政府负责)': verbs instead of labels. */
const VERB_CLAUSE = /\(((?:[^()\n:。]|\([^()\n:。]{1,12}\)){2,300}?(?:牵头|负责|配合))\)/g;

/**
 * The owner clauses of one task's clean text, `offset` being where that text starts in `clean`.
 * Labelled: 牵头单位 bodies lead, 配合单位 bodies support, 责任单位 lists lead with the first body.
 * Verbs: bodies before 牵头 lead (all of them); with 负责 only, the first leads; bodies of later
 * comma groups (按职责分工负责, 配合) support.
 */
export function findOwnerClauses(text: string, offset: number): OwnerMention[] {
  const found: OwnerMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  for (const pattern of [LABELLED_CLAUSE, LABELLED_LINE]) {
    for (const m of text.matchAll(pattern)) {
      const inner = m[1] ?? '';
      const at = m.index + m[0].indexOf(inner);
      if (overlaps(at, at + inner.length)) continue;
      taken.push([at, at + inner.length]);
      found.push(...readLabelled(inner, offset + at));
    }
  }
  for (const m of text.matchAll(VERB_CLAUSE)) {
    const inner = m[1] ?? '';
    const at = m.index + 1;
    if (overlaps(at, at + inner.length)) continue;
    const mentions = readVerbClause(inner, offset + at);
    if (mentions.length > 0) found.push(...mentions);
  }
  // Once a 牵头 list names the leads, a 责任单位 list beside it names the rest: support.
  // '牵头单位:市科技局\n责任单位:市财政局' → 市财政局 support.
  const labelledLead = found.some((m) => m.rule === 'owner.clause.lead');
  for (const mention of found)
    if (labelledLead && mention.rule === 'owner.clause.responsible') mention.role = 'support';
  return found.sort((a, b) => a.start - b.start);
}

/**
 * '牵头单位:市科技局;配合单位:市财政局、各镇街' → lead 市科技局, support 市财政局, 各镇街. Each list
 * runs to the next label, whatever separates them (';', ',' or a blank):
 * '牵头单位:市科技局 配合单位:市财政局' → lead 市科技局, support 市财政局.
 */
function readLabelled(inner: string, offset: number): OwnerMention[] {
  const mentions: OwnerMention[] = [];
  const labels = [...inner.matchAll(LABEL_IN_CLAUSE)];
  labels.forEach((part, k) => {
    const label = part[1] ?? '';
    const role = LABELS.find(([pattern]) => pattern.test(label));
    if (!role) return;
    const listStart = part.index + part[0].length;
    const listEnd = labels[k + 1]?.index ?? inner.length;
    const list = inner.slice(listStart, listEnd).replace(/[\s,;、]+$/, '');
    const items = splitAgencyList(list, offset + listStart);
    const marked = items.some((item) => item.markedLead);
    items.forEach((item, i) => {
      const itemRole =
        role[1] ?? (marked ? (item.markedLead ? 'lead' : 'support') : i === 0 ? 'lead' : 'support');
      mentions.push({ ...item, role: itemRole, rule: `owner.clause.${role[1] ?? 'responsible'}` });
    });
  });
  return mentions;
}

/** '市科技局、市财政局牵头,各镇街按职责分工负责' → both lead, 各镇街 support. */
function readVerbClause(inner: string, offset: number): OwnerMention[] {
  const parts = inner.split(/[,;]/);
  let at = 0;
  const mentions: OwnerMention[] = [];
  let sawLead = false;
  for (const part of parts) {
    const verb = /(牵头|负责|配合|参与)$/.exec(part.trim())?.[1];
    const items = splitAgencyList(part, offset + at);
    at += part.length + 1;
    if (!verb || items.length === 0 || items.some((item) => !looksLikeBody(item.name))) return [];
    items.forEach((item, i) => {
      const lead =
        verb === '牵头' || (verb === '负责' && !sawLead && i === 0 && mentions.length === 0);
      mentions.push({
        ...item,
        group: mentions.length === 0 ? 0 : 1,
        role: lead ? 'lead' : 'support',
        rule: `owner.verb.${verb}`,
      });
    });
    if (verb === '牵头') sawLead = true;
  }
  return mentions;
}

/**
 * An owner is a government body, a people's organisation or a collective, not a firm or a
 * clause: '市科技局', '区总工会', '市科协', '各镇街', '各镇街'.
 */
function looksLikeBody(name: string): boolean {
  return (
    name.length <= 20 &&
    /(?:局|委|办|厅|部|处|署|政府|委员会|管委会|办公室|单位|镇|乡|街|街道|园区|开发区|高新区|县|市|区|工会|联合会|科协|妇联|团委)$/.test(
      name,
    )
  );
}
