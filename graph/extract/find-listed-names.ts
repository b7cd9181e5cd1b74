import type { EntityType } from '../model/vocabulary.js';
import { toSuffixType } from './entity-patterns.js';
import { findNameStart } from './find-name-start.js';
import type { NameCandidate } from './name-candidate.js';

// X、Y等优势国有企业 / 复旦、上海交大等知名高校 / 海辰储能等7家企业: the items listed before
// 等 and a head noun are names of that kind.
const LIST_HEADS: ReadonlyArray<readonly [RegExp, EntityType]> = [
  [/^等(?:\d+家)?[\u4e00-\u9fff]{0,6}?(?:企业|公司)/, 'Enterprise'],
  [/^等(?:\d+所)?[\u4e00-\u9fff]{0,4}?(?:高校|大学|院校)/, 'Institution'],
];
const MAX_LIST_ITEM = 8;

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
