import type { Comparator } from '../model/vocabulary.js';
import type { NumberMatch } from './find-numbers.js';
import { BLANK } from './find-mojibake.js';
import { isMoneyUnit, matchUnitAt } from './target-units.js';

/** A figure read from its clause, before year, kind and task are decided. */
export interface TargetReading {
  metric: string;
  value: number;
  unit: string;
  comparator: Comparator;
  /** Clean offsets of the clause part the figure was read from. */
  start: number;
  end: number;
  /** Clean offset of the number itself. */
  at: number;
}

/** Words right before the number that bound it: '不少于100个' → '>='. Longest first. */
const LEADING_BOUNDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不少于', '>='],
  ['不低于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['超过', '>='],
  ['突破', '>='],
  ['多于', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['少于', '<'],
  ['低于', '<'],
  ['达到', '='],
  ['约为', '~'],
  ['大约', '~'],
  ['将近', '~'],
  ['接近', '~'],
  ['约', '~'],
  ['近', '~'],
  ['超', '>='],
  ['逾', '>='],
  ['达', '='],
  ['为', '='],
  ['至', '='],
  ['到', '='],
];

/** Words right after the unit: '500家以上' → '>='. */
const TRAILING_BOUNDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['左右', '~'],
  ['上下', '~'],
  ['以内', '<='],
  ['以下', '<='],
];

/** Counting one of many (每个项目…1-2名) is a per-item rule, not a total to reach. */
const DISTRIBUTIVE = /每个|每家|每项|每名|每人|每户|每位|每所|单个|单项|单家/;

/** Caps and grants: 最高2000万元, 给予…奖励, 一次性3000万元 are policy settings. */
const SETTING_BEFORE = /最高|最多|给予|予以|一次性|奖励标准|补助标准|资助标准/;
const SETTING_AFTER = /^的?(奖励|补贴|补助|资助|扶持|贴息|配套|奖补支持)/;

/** Clause openers that carry scope, not metric: 到2025年, 力争, 其中… */
const LEADING_SCOPE =
  /^(?:[\s,、]|其中|力争|争取|确保|同时|并且|并|全年|(?:到|至|截至|截止)?(?:19|20)\d\d年(?:底|末|前|内)?|每年)+/;

/** Scope words inside a clause: the metric starts after the last of them. */
const INNER_SCOPE = /(?:到|至)(?:19|20)\d\d年(?:底|末|前)?|力争|确保|争取/g;

/** How far the measured noun after the unit is read. */
const MAX_SUFFIX = 24;
/** How far back the clause is read for the metric. */
const MAX_PREFIX = 48;

/**
 * The figure at `number` inside the clause starting at `clauseStart`, or null when it is not a
 * target (no unit, a per-item rule, a subsidy cap or rate).
 * '高新技术企业数达到500家以上' → { metric: '高新技术企业数', value: 500, unit: '家', comparator: '>=' }
 * '支持实施1000项科技攻关项目' → { metric: '支持实施科技攻关项目', value: 1000, unit: '项', comparator: '=' }
 */
export function parseTarget(
  text: string,
  clauseStart: number,
  number: NumberMatch,
  next: NumberMatch | undefined,
): TargetReading | null {
  let pos = number.end;
  let bound: Comparator | null = null;
  // 4-5家: a range counts as reaching its lower end.
  if ((text[pos] === '-' || text[pos] === '~' || text[pos] === '至') && next?.start === pos + 1) {
    pos = next.end;
    bound = '>=';
  }
  // 1600余家 / 300多项: more than the number.
  if (text[pos] === '余' || text[pos] === '多') {
    pos += 1;
    bound = '>=';
  }
  // Scraped text may space a figure out: '3000 亿元'.
  while ((text[pos] === ' ' || text[pos] === '\u00a0') && pos - number.end < 2) pos += 1;
  const unit = matchUnitAt(text, pos);
  if (unit === null) return null;
  pos += unit.length;
  for (const [word, comparator] of TRAILING_BOUNDS) {
    if (text.startsWith(word, pos)) {
      bound = comparator;
      pos += word.length;
      break;
    }
  }

  const prefixStart = Math.max(clauseStart, number.start - MAX_PREFIX);
  let prefix = text.slice(prefixStart, number.start);
  if (DISTRIBUTIVE.test(prefix)) return null;
  if (SETTING_BEFORE.test(prefix.slice(-16))) return null;
  if (unit === '%' && prefix.includes('按')) return null; // 按150%加计 is a rate
  if (SETTING_AFTER.test(text.slice(pos, pos + 6))) return null;
  // 设立总规模20亿元的科创基金: the size a fund is set up with is a setting of the fund.
  if (/规模$/.test(prefix) && /^的?[^,;。]{0,16}基金/.test(text.slice(pos, pos + 20))) return null;
  // 第3个 is an ordinal; rankings (居全国第13位) are read by findRankings.
  if (prefix.endsWith('第')) return null;

  let rank = false;
  if (prefix.endsWith('前') && (unit === '位' || unit === '名')) {
    prefix = prefix.slice(0, -1);
    rank = true;
  }
  let leading: Comparator | null = null;
  let leadingWord = '';
  for (const [word, comparator] of LEADING_BOUNDS) {
    if (prefix.endsWith(word)) {
      leading = comparator;
      leadingWord = word;
      break;
    }
  }
  const suffix = readSuffix(text, pos);
  // 突破5项关键技术: 突破 is the verb of the object after the unit, not a bound.
  if (leadingWord === '突破' && suffix !== '') leading = null;
  else if (leadingWord !== '') prefix = prefix.slice(0, -leadingWord.length);

  const comparator: Comparator = rank ? '<=' : (bound ?? leading ?? '=');
  if (isMoneyUnit(unit) && (comparator === '<=' || comparator === '<')) return null;

  // '我市将力争到2025年高新技术企业数量': what stands before a due date or 力争 is framing.
  // '高新技术企业工业总产值力争突破400亿元': with nothing after it, 力争 only interrupts.
  let framing = 0;
  for (const m of prefix.matchAll(INNER_SCOPE)) {
    if (/[^\s,、]/.test(prefix.slice(m.index + m[0].length))) framing = m.index + m[0].length;
    else prefix = prefix.slice(0, m.index);
  }
  const scope = LEADING_SCOPE.exec(prefix.slice(framing));
  const scopeLength = framing + (scope ? scope[0].length : 0);
  const head = toMetricHead(prefix.slice(scopeLength));
  const metric = `${head}${suffix.replace(/^的/, '')}`.trim();
  return {
    metric,
    value: number.value,
    unit: unit === '名' && rank ? '位' : unit,
    comparator,
    start: prefixStart + scopeLength,
    end: pos,
    at: number.start,
  };
}

/** A list marker the clause opens with: '(2)', '1.', '(一)', '三、'. */
const LIST_MARKER =
  /^(?:\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)/;

/**
 * The part of the metric before the number: no list marker ('(2)选派科技特派员' →
 * '选派科技特派员'), nothing up to a garbled stretch, no trailing particle.
 */
function toMetricHead(prefix: string): string {
  const afterBlank = prefix.lastIndexOf(BLANK);
  return prefix
    .slice(afterBlank + 1)
    .replace(/^\s+/, '')
    .replace(LIST_MARKER, '')
    .replace(/[的了\s]+$/, '');
}

/**
 * Verbs that open what is done with the counted things, not what they are: the measured noun
 * ends before them ('10家优秀孵化器进行重点培育' → '优秀孵化器').
 */
const PREDICATE = /^(?:进行|用于|服务于|服务|参与|参加|实现|带动|推动|助力|支撑|落户|入驻|入库)/;

/**
 * What follows the unit up to the clause end, the next figure or a verb that says what is done
 * with it: the measured noun.
 * '1000项科技攻关项目,推动' after 项 → '科技攻关项目'; '13家单位开展试点,' → '单位开展试点'
 * (a trial is what the units are counted for);
 * '3000名以上服务乡村振兴' after 以上 → ''
 */
function readSuffix(text: string, from: number): string {
  let end = from;
  const limit = Math.min(text.length, from + MAX_SUFFIX);
  while (end < limit) {
    const ch = text[end] ?? '';
    if (/[,;:。!?\n\s\ufffd]/.test(ch)) break;
    if (text.startsWith('其中', end)) break;
    if (PREDICATE.test(text.slice(end, end + 3))) break;
    if (ch >= '0' && ch <= '9') {
      // The next figure ends this one's phrase; a year or a name's digits do not.
      let digitsEnd = end;
      while (digitsEnd < text.length && /[0-9.]/.test(text[digitsEnd] ?? '')) digitsEnd += 1;
      if (matchUnitAt(text, digitsEnd) !== null) break;
      end = digitsEnd;
      continue;
    }
    end += 1;
  }
  // '8家、工程技术研究中心12家': after 、 comes the next item, not this one's noun.
  if (text[from] === '、') return '';
  return text.slice(from, end).replace(/[、和与及]+$/, '');
}
