import type { EntityType } from '../model/vocabulary.js';
import { SUFFIXES_BY_LAST_CHAR, toSuffixType } from './entity-patterns.js';
import type { QuotedSpan } from './find-quoted-spans.js';
import { findNameStart, type NameKind } from './find-name-start.js';

/** A name found in clean text, before merging and filtering. */
export interface NameCandidate {
  start: number;
  end: number;
  /** As written, quotation marks dropped. */
  name: string;
  type: EntityType;
  /** Extraction rule, e.g. 'entity.suffix'. */
  rule: string;
  /** Written inside quotation marks as a whole (“双百计划”): a name by the writer's say-so. */
  quoted: boolean;
  /** Alias the text gives in a parenthesis after the name: 未来产业园(先进制造园). */
  alias?: string;
  /** Agencies: the place the name carries (福建省人民政府 → 福建省). */
  place?: string;
}

/** Longest parenthesis after a name that is read as part of it or as its alias. */
const MAX_TRAILING_PAREN = 10;

/**
 * Names ending with a type suffix, read leftwards to their boundary.
 * '高标准建设嘉庚创新实验室' → { name: '嘉庚创新实验室', type: 'Lab' };
 * '实施“国企培羽”专项行动' → { name: '国企培羽专项行动', type: 'Program' };
 * '打造“环厦门大学科创谷”' → { name: '环厦门大学科创谷', quoted: true }
 */
export function findSuffixNames(
  text: string,
  quotes: QuotedSpan[],
  skip: Uint8Array,
): NameCandidate[] {
  const quoteByEnd = new Map<number, QuotedSpan>();
  for (const span of quotes) if (span.mark !== '《') quoteByEnd.set(span.end, span);
  const found: NameCandidate[] = [];
  for (let end = 1; end <= text.length; end += 1) {
    if (skip[end - 1] === 1) continue;
    const entries = SUFFIXES_BY_LAST_CHAR.get(text[end - 1] ?? '');
    if (!entries) continue;
    for (const entry of entries) {
      const suffixStart = end - entry.suffix.length;
      if (suffixStart < 0 || !text.startsWith(entry.suffix, suffixStart)) continue;
      if ((entry.notBefore ?? '').includes(text[end] ?? '\u0000')) break;
      // 参赛, 比赛: the verb, not a contest's name.
      if (entry.suffix === '赛' && /[参比决预初复]/.test(text[suffixStart - 1] ?? '')) break;
      const quote = quoteByEnd.get(end);
      // “厦门市北洋脑机接口与智慧健康创新研究院” is a whole name; “培育工程” after 企业管理人才 is
      // the end of one.
      const quoted = quote !== undefined && quote.start < suffixStart - 2;
      const kind: NameKind =
        entry.type === 'Program'
          ? 'program'
          : entry.suffix.length <= 2
            ? 'short-suffix'
            : 'long-suffix';
      const rawStart = quoted ? quote.start : findNameStart(text, suffixStart, kind);
      if (rawStart === null || rawStart >= suffixStart) break;
      const start = skipCountAndOrdinal(text, rawStart, suffixStart);
      if (start >= suffixStart) break;
      // “双百计划”: a name quoted whole, however short, is a name by the writer's say-so.
      const wholeQuote = /[“‘]/.test(text[start] ?? '') && quoteByEnd.get(end)?.start === start + 1;
      found.push(withTrailingParen(text, start, end, entry.type, quoted || wholeQuote));
      break;
    }
  }
  return found;
}

/**
 * A parenthesis right after a name: a place qualifier joins it (基地(厦门)), a name of the same
 * kind is its alias (未来产业园(先进制造园)), anything else is left alone.
 */
function withTrailingParen(
  text: string,
  start: number,
  end: number,
  type: EntityType,
  quoted: boolean,
): NameCandidate {
  const candidate: NameCandidate = {
    start,
    end,
    name: stripQuotes(text.slice(start, end)),
    type,
    rule: quoted ? 'entity.quoted' : 'entity.suffix',
    quoted,
  };
  if (text[end] !== '(') return candidate;
  const close = text.indexOf(')', end);
  if (close === -1 || close - end > MAX_TRAILING_PAREN) return candidate;
  const inner = text.slice(end + 1, close);
  if (toSuffixType(inner) === type && inner.length >= 3) return { ...candidate, alias: inner };
  if (
    /^[\u4e00-\u9fff]{2,3}$/.test(inner) &&
    toSuffixType(inner) === null &&
    !/分|等|下/.test(inner)
  ) {
    return { ...candidate, end: close + 1, name: `${candidate.name}(${inner})` };
  }
  return candidate;
}

/**
 * Titles in 《…》: cited documents.
 * '落实《厦门经济特区促进科技创新若干规定》' → { name: '厦门经济特区促进科技创新若干规定', type: 'Policy' }
 * File names (《方案.docx》) and page counts are not citations.
 */
export function findPolicyTitles(text: string, quotes: QuotedSpan[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const span of quotes) {
    if (span.mark !== '《') continue;
    const title = text.slice(span.start, span.end).trim();
    if (title.length < 2 || /\.(docx?|pdf|xlsx?|wps|txt)|\d+页/i.test(title)) continue;
    found.push({
      start: span.start - 1,
      end: span.end + 1,
      name: title,
      type: 'Policy',
      rule: 'entity.title',
      quoted: true,
    });
  }
  return found;
}

// X、Y等优势国有企业 / 复旦、上海交大等知名高校 / 海辰储能等7家企业: the items listed before
// 等 and a head noun are names of that kind.
const LIST_HEADS: ReadonlyArray<readonly [RegExp, EntityType]> = [
  [/^等(?:\d+家)?[\u4e00-\u9fff]{0,6}?(?:企业|公司)/, 'Enterprise'],
  [/^等(?:\d+所)?[\u4e00-\u9fff]{0,4}?(?:高校|大学|院校)/, 'Institution'],
];
const MAX_LIST_ITEM = 6;

/**
 * Bare names listed before 等 + a head noun.
 * '支持建发、国贸、象屿等优势国有企业' → 建发, 国贸, 象屿 (Enterprise)
 */
export function findListedNames(text: string, skip: Uint8Array): NameCandidate[] {
  const found: NameCandidate[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('等', from);
    if (at === -1) break;
    from = at + 1;
    if (skip[at] === 1) continue;
    const tail = text.slice(at, at + 14);
    const head = LIST_HEADS.find(([pattern]) => pattern.test(tail));
    if (!head) continue;
    let itemEnd = at;
    for (let items = 0; items < 8; items += 1) {
      const itemStart = findNameStart(text, itemEnd);
      if (itemStart === null || itemStart >= itemEnd || itemEnd - itemStart > MAX_LIST_ITEM) break;
      const name = text.slice(itemStart, itemEnd);
      if (name.length >= 2 && toSuffixType(name) === null) {
        found.push({
          start: itemStart,
          end: itemEnd,
          name,
          type: head[1],
          rule: 'entity.list',
          quoted: false,
        });
      }
      if (text[itemStart - 1] !== '、') break;
      itemEnd = itemStart - 1;
    }
  }
  return found;
}

/**
 * Academy institutes written short: 中科院城市环境所, 海洋三所.
 * '推动共建海洋三所' → { name: '海洋三所', type: 'Institution' }
 */
export function findInstituteNames(text: string, skip: Uint8Array): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let i = 1; i < text.length; i += 1) {
    if (text[i] !== '所' || skip[i] === 1) continue;
    if (/[院究务易场]/.test(text[i - 1] ?? '')) continue; // 研究所 is a suffix; 事务所, 交易所
    const windowStart = Math.max(0, i - 12);
    const window = text.slice(windowStart, i);
    const academyAt = Math.max(window.lastIndexOf('中科院'), window.lastIndexOf('中国科学院'));
    let start: number | null = null;
    if (academyAt !== -1 && !/[,;。、\s]/.test(window.slice(academyAt))) {
      start = windowStart + academyAt;
    } else if (/[一二三四五六七八九十]/.test(text[i - 1] ?? '') && text[i - 2] !== '第') {
      start = findNameStart(text, i - 1);
    }
    if (start === null || i + 1 - start < 4) continue;
    found.push({
      start,
      end: i + 1,
      name: text.slice(start, i + 1),
      type: 'Institution',
      rule: 'entity.institute',
      quoted: false,
    });
  }
  return found;
}

/**
 * Past a count or an ordinal the name was read into: '1家全国重点实验室' read from 家 → 全国…;
 * '第二届“苏颂杯”…赛' → “苏颂杯”…赛; '2024年厦门市…计划' → 厦门市…计划.
 */
function skipCountAndOrdinal(text: string, start: number, limit: number): number {
  let at = start;
  const before = text[at - 1] ?? '';
  if (/[0-9一二三四五六七八九十两]/.test(before)) {
    while (at < limit && /[大个家项类批所名位支件座年度]/.test(text[at] ?? '')) at += 1;
  }
  const ordinal = /^(?:第[一二三四五六七八九十百0-9]{1,4}[届批期]|首届|首批|本届)/.exec(
    text.slice(at, at + 8),
  );
  return ordinal ? at + ordinal[0].length : at;
}

function stripQuotes(name: string): string {
  return name.replace(/[“”‘’"]/g, '');
}
