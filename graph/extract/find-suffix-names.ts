import type { EntityType } from '../model/vocabulary.js';
import { SUFFIX_LAST_CHARS, SUFFIXES_BY_LAST_CHAR, toSuffixType } from './entity-patterns.js';
import { findNameStart, type NameKind } from './find-name-start.js';
import type { QuotedSpan } from './find-quoted-spans.js';
import { isGenericName } from './generic-phrases.js';
import type { NameCandidate } from './name-candidate.js';

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
    if (SUFFIX_LAST_CHARS[text.charCodeAt(end - 1)] !== 1 || skip[end - 1] === 1) continue;
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
      const start = joinMaterialPair(
        text,
        skipCountAndOrdinal(text, rawStart, suffixStart),
        entry.type,
      );
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
  // 科技企业“育苗壮干”工程 is also called by its quoted core: 育苗壮干工程.
  const core = /^[^“‘]{2,}[“‘]([^”’]+)[”’](.+)$/.exec(text.slice(start, end));
  if (core) candidate.alias = `${core[1] ?? ''}${core[2] ?? ''}`;
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
 * A name whose field pairs two terms with 及 (低密度微球及复合材料研究院): the term before 及
 * joins when it is a plain noun phrase, neither a kind (高校及…) nor a name of its own (…集团及…).
 */
function joinMaterialPair(text: string, start: number, type: EntityType): number {
  if (text[start - 1] !== '及') return start;
  const left = findNameStart(text, start - 1, 'long-suffix');
  if (left === null || start - 1 - left < 2) return start;
  const term = text.slice(left, start - 1);
  if (toSuffixType(term) !== null || isGenericName(term, type)) return start;
  return left;
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
