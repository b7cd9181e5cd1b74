import { findNameStart } from './find-name-start.js';
import { toCharTable } from './char-table.js';

/** An agency named in running text. */
export interface AgencyName {
  start: number;
  end: number;
  name: string;
  /** The place the name itself carries (福建省人民政府 → 福建省), else null. */
  place: string | null;
}

interface AgencySuffix {
  suffix: string;
  /** Whether the name must begin with a place or a level (市科技局, 福建省人民政府). */
  needsLevel: boolean;
  notBefore?: string;
}

// Government body endings, longest first. Single-character endings (局, 委, 办) need a level
// or place in front (市科技局, 省委), which keeps 布局, 格局 and 委托 out.
const AGENCY_SUFFIXES: readonly AgencySuffix[] = [
  { suffix: '管理委员会', needsLevel: false },
  { suffix: '人民政府', needsLevel: true },
  { suffix: '领导小组', needsLevel: false },
  { suffix: '委员会', needsLevel: true },
  { suffix: '管委会', needsLevel: false },
  { suffix: '办公室', needsLevel: true },
  { suffix: '办公厅', needsLevel: true },
  { suffix: '政府', needsLevel: true, notBefore: '采投购引部性补资' },
  { suffix: '局', needsLevel: true, notBefore: '面限势部' },
  { suffix: '委', needsLevel: true, notBefore: '托员婉屈派' },
  { suffix: '办', needsLevel: true, notBefore: '理法事公学好' },
  { suffix: '厅', needsLevel: true, notBefore: '堂' },
];

/** Central bodies named without a place: 党中央 and its peers. */
const CENTRAL_BODIES = ['党中央', '中共中央', '国务院'] as const;

/** Endings by their last character, longest first, so each position tests only its own. */
const SUFFIXES_BY_LAST_CHAR = new Map<string, AgencySuffix[]>();
for (const entry of AGENCY_SUFFIXES) {
  const last = entry.suffix.slice(-1);
  SUFFIXES_BY_LAST_CHAR.set(last, [...(SUFFIXES_BY_LAST_CHAR.get(last) ?? []), entry]);
}

/** Last characters of every ending, so the scan tests endings only where one can close. */
const LAST_CHARS = toCharTable(
  [...AGENCY_SUFFIXES.map((entry) => entry.suffix), ...CENTRAL_BODIES].map((s) => s.slice(-1)),
);

const LEVELS = '省市区县镇';
/** Zones whose names end in 区 but which are parks, not places: 高新区, 新区, 开发区, 自贸区. */
const ZONE = /(?:高新|新|开发|经开|园|试验|示范|自贸|保税|合作|功能|产业|集聚)区$/;
/** Characters a place name before 市/省 never holds (十八届市政府, 我市, 全省, 各县). */
const NOT_PLACE = /[一二三四五六七八九十百千届第级各全本该我其每市省区县镇是指称由向在对和与及\d]/;

/**
 * Agencies in running text, each from a body ending and a level or place before it.
 * '在市委、市政府的领导下,市科技局…' → 市委, 市政府, 市科技局;
 * '落实《中共福建省委、福建省人民政府…》' → 中共福建省委 (place 福建省), 福建省人民政府
 * Names after 各 (各镇人民政府, 各县、市、区人民政府) are addressees, not bodies, and are skipped.
 */
export function findAgencyNames(text: string, skip: Uint8Array): AgencyName[] {
  const found: AgencyName[] = [];
  for (let end = 1; end <= text.length; end += 1) {
    if (LAST_CHARS[text.charCodeAt(end - 1)] !== 1 || skip[end - 1] === 1) continue;
    const central = CENTRAL_BODIES.find((body) => text.startsWith(body, end - body.length));
    if (central) {
      found.push({ start: end - central.length, end, name: central, place: null });
      continue;
    }
    for (const entry of SUFFIXES_BY_LAST_CHAR.get(text[end - 1] ?? '') ?? []) {
      const suffixStart = end - entry.suffix.length;
      if (suffixStart < 0 || !text.startsWith(entry.suffix, suffixStart)) continue;
      if ((entry.notBefore ?? '').includes(text[end] ?? '\u0000')) break;
      const agency = readAgency(text, suffixStart, end, entry.needsLevel);
      if (agency) found.push(agency);
      break;
    }
  }
  return found;
}

function readAgency(
  text: string,
  suffixStart: number,
  end: number,
  needsLevel: boolean,
): AgencyName | null {
  // 文号 such as 镇政办发〔2024〕21号 abbreviate the issuer; they name no body here.
  if (/^发?[〔[【(]/.test(text.slice(end, end + 2))) return null;
  let rawStart = findNameStart(text, suffixStart, 'long-suffix', true);
  // Two bodies run together (市科技局会同乙省人民政府): a body ends at 局/办/府/厅, or at a 委
  // not of 市委/省委 (市委科技创新委员会 is one body).
  for (let i = suffixStart - 1; rawStart !== null && i > rawStart; i -= 1) {
    const ch = text[i] ?? '';
    const bodyEnd = /[局办府厅]/.test(ch) || (ch === '委' && !LEVELS.includes(text[i - 1] ?? ''));
    // 市委和市政府: 和 before a level joins two bodies; 科技创新和人才局 is one.
    if (bodyEnd || (/[和与及]/.test(ch) && LEVELS.includes(text[i + 1] ?? ''))) {
      rawStart = i + 1;
      break;
    }
  }
  if (rawStart === null || (rawStart >= suffixStart && needsLevel)) return null;
  if (isAddressee(text, rawStart)) return null;
  let start = rawStart;
  let place: string | null = null;
  if (text.startsWith('中共', start)) {
    place = readPlace(text, start + 2, suffixStart);
  } else {
    const levelAt = findLevel(text, start, suffixStart + 1);
    if (levelAt === -1) {
      if (needsLevel) return null;
    } else if (levelAt - start >= 2 && !NOT_PLACE.test(text.slice(start, levelAt))) {
      // 南宁高新区管委会: a development zone names the body, it is no jurisdiction of its own.
      const named = text.slice(start, levelAt + 1);
      place = ZONE.test(named) ? null : named;
    } else if (
      (needsLevel || levelAt - start < 2) &&
      !/^[团党]$/.test(text.slice(start, levelAt))
    ) {
      // 团区委 keeps its 团: the league's committee, not the district's.
      start = levelAt;
    }
  }
  const name = text.slice(start, end);
  // 市场监管局 is a bare body (市 belongs to 市场); 区域创新布局 is no body at all.
  if (name.length < 2 || /^(?:市场|区域|区别|县域|市域)/.test(name)) return null;
  if (/[布格结当开棋]局$/.test(name)) return null;
  return { start, end, name, place };
}

/** The first level character of text[from, to) that can start or close a place, or -1. */
function findLevel(text: string, from: number, to: number): number {
  for (let i = from; i < to && i - from <= 5; i += 1) if (LEVELS.includes(text[i] ?? '')) return i;
  return -1;
}

/** 中共福建省委 → 福建省 */
function readPlace(text: string, from: number, to: number): string | null {
  const levelAt = findLevel(text, from, to + 1);
  return levelAt > from + 1 ? text.slice(from, levelAt + 1) : null;
}

/** 各镇人民政府, 各县、市、区人民政府: a 各 shortly before, within the clause. */
function isAddressee(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 8; i -= 1) {
    const ch = text[i] ?? '';
    if (ch === '各') return true;
    if (/[,;:。!?\n]/.test(ch)) return false;
  }
  return false;
}
