import type { EntityType } from '../model/vocabulary.js';
import { toCanonicalAgencyName } from './canonical-agency-name.js';

/** Roman numerals in the Number Forms block, as names write them (科学城Ⅰ号孵化器). */
const ROMAN: Readonly<Record<string, string>> = {
  Ⅰ: 'I',
  Ⅱ: 'II',
  Ⅲ: 'III',
  Ⅳ: 'IV',
  Ⅴ: 'V',
  Ⅵ: 'VI',
  Ⅶ: 'VII',
  Ⅷ: 'VIII',
  Ⅸ: 'IX',
  Ⅹ: 'X',
};

/**
 * Identity of an entity across documents. Agencies are keyed by jurisdiction and canonical
 * name, so 市科技局 of 启东市 and 市科技局 of 厦门市 stay two nodes while 厦门市科学技术局 and
 * 市科技局 of 厦门市 meet; other entities by their simplified name with quotation marks, blanks
 * and Roman-numeral forms evened out (科学城Ⅰ号孵化器 = 科学城I号孵化器).
 * ('Agency', '市科学技术局', '启东市') → 'Agency|启东市|市科技局'; ('Lab', '嘉庚创新实验室', null) → 'Lab||嘉庚创新实验室'
 */
export function toEntityKey(type: EntityType, name: string, jurisdiction: string | null): string {
  if (type === 'Agency') {
    return `Agency|${jurisdiction ?? ''}|${toCanonicalAgencyName(name, jurisdiction)}`;
  }
  // A cited title stays as written so the store can find the document it names.
  if (type === 'Policy') return `Policy||${name.replace(/[《》\s]/g, '')}`;
  return `${type}||${toCanonicalName(name)}`;
}

/**
 * '“国企培羽”专项行动' → '国企培羽专项行动'; '科学城Ⅰ号孵化器' → '科学城I号孵化器';
 * '长三角科技创新共同体' → '长三角科创共同体' (科创 is the standard short form of 科技创新)
 */
export function toCanonicalName(name: string): string {
  let result = '';
  for (const ch of name.replace(/[“”‘’"'《》\s]/g, '')) result += ROMAN[ch] ?? ch;
  return result.replace(/科技创新/g, '科创');
}
