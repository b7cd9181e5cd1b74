import type { NameCandidate } from './name-candidate.js';
import { toSuffixType } from './entity-patterns.js';
import { isGenericName } from './generic-phrases.js';

/** Characters a name may hold; anything else (?, �, markup) marks junk or mojibake. */
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9()\-–—·&+、ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+$/;
const TITLE_JUNK = /[?\ufffd<>{}|]/;

/** Shortest name per rule: unquoted programmes need more than a suffix and one word. */
const MIN_LENGTH: Readonly<Record<string, number>> = { Program: 5, Policy: 2, Agency: 2 };

/**
 * Whether a candidate names one specific thing: not junk, not a category (各类创新平台,
 * 省级以上企业技术中心), not a class introduced by 等 (医学攻关等国家产教融合创新平台) or 系列,
 * not one end of a range (科学城Ⅰ至Ⅲ号孵化器).
 * ('嘉庚创新实验室', 'Lab') → true; ('重点实验室', 'Lab') → false
 */
export function isAcceptableName(text: string, candidate: NameCandidate): boolean {
  const { name, type } = candidate;
  if (type === 'Policy') return !TITLE_JUNK.test(name) && name.length <= 80;
  if (!NAME_CHARS.test(name) || name.length > 40) return false;
  if (!/[\u4e00-\u9fff]/.test(name)) return false;
  const minimum =
    candidate.quoted || candidate.rule === 'entity.list' ? 2 : (MIN_LENGTH[type] ?? 3);
  if (name.length < minimum) return false;
  // “苏颂”系列新型研发机构 is a family of platforms; a 系列 of contests is still one programme.
  if (name.includes('系列') && type !== 'Program') return false;
  // 、 joins names unless it stands inside quotes (“深学争优、敢为争先、实干争效”行动).
  if (name.includes('、') && !/[“‘][^”’]*、/.test(text.slice(candidate.start, candidate.end))) {
    return false;
  }
  const before = text[candidate.start - 1] ?? '';
  if (before === '等') return false;
  if (
    before === '至' &&
    /[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ0-9一二三四五六七八九十]/.test(text[candidate.start - 2] ?? '')
  ) {
    return false;
  }
  if (
    /^[一两][区个批家]/.test(name) ||
    before === '各' ||
    isInAddresseeList(text, candidate.start)
  ) {
    return false;
  }
  // 众创空间—孵化器—加速器: a chain of kinds joined by dashes, not one name (中国—东盟… is).
  const parts = name.split(/[-–—]/);
  if (parts.slice(0, -1).some((part) => part.length < 2 || toSuffixType(part) !== null)) {
    return false;
  }
  // 本行动计划, 该办法: the document itself or one just named, not a new name.
  if (/^[本该此]/.test(name)) return false;
  if (type === 'Agency') return true;
  if (candidate.rule === 'entity.list') return !isListJunk(name);
  // 未来产业园(先进制造园): a name the text gives an alias for is meant as a proper name.
  const { alias } = candidate;
  if (alias !== undefined && alias.length >= 5 && !alias.startsWith('分')) return true;
  return !isGenericName(name, type);
}

/**
 * Whether the name stands in a list of addressees opened by 各 (各乡镇人民政府、街道办事处:).
 * '各镇人民政府、街道办事处' at 街道 → true
 */
function isInAddresseeList(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= 30 && !/[,;:。!?\n]/.test(text[i] ?? '')) i -= 1;
  const clauseStart = i + 1;
  return text[clauseStart] === '各' && !/[类级项种]/.test(text[clauseStart + 1] ?? '');
}

/** Listed items that are kinds, not names: 龙头企业、中央企业等. */
function isListJunk(name: string): boolean {
  return /企业$|高校$|院所$|机构$|单位$|部门$|政府$/.test(name) && name.length <= 4;
}
