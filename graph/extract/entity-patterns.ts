import type { EntityType } from '../model/vocabulary.js';
import { toCharTable } from './char-table.js';

/** A name ending that types what it ends: …实验室 → Lab. */
export interface NameSuffix {
  suffix: string;
  type: EntityType;
  /** Characters that, right after the suffix, show it is the start of another word (中心城区). */
  notBefore?: string;
}

// The genre's naming suffixes per entity type (SCHEMA.md). Longer suffixes come first so that
// 研究院 is read before 院 would be and 行动计划 before 计划.
export const NAME_SUFFIXES: readonly NameSuffix[] = [
  // Lab: 嘉庚创新实验室, 传染病疫苗研发全国重点实验室
  { suffix: '实验室', type: 'Lab' },
  // Platform: innovation carriers and places
  { suffix: '众创空间', type: 'Platform' },
  { suffix: '基础设施', type: 'Platform' },
  { suffix: '科学城', type: 'Platform' },
  { suffix: '高新城', type: 'Platform' },
  { suffix: '科创城', type: 'Platform' },
  { suffix: '科技城', type: 'Platform' },
  { suffix: '孵化器', type: 'Platform' },
  { suffix: '孵化园', type: 'Platform' },
  { suffix: '加速器', type: 'Platform' },
  { suffix: '研究院', type: 'Platform' },
  { suffix: '高新区', type: 'Platform' },
  { suffix: '开发区', type: 'Platform' },
  { suffix: '经开区', type: 'Platform' },
  { suffix: '示范区', type: 'Platform' },
  { suffix: '试验区', type: 'Platform' },
  { suffix: '实验区', type: 'Platform' },
  { suffix: '先导区', type: 'Platform' },
  { suffix: '自创区', type: 'Platform' },
  { suffix: '科创带', type: 'Platform' },
  { suffix: '走廊', type: 'Platform' },
  { suffix: '科创谷', type: 'Platform' },
  { suffix: '共同体', type: 'Platform' },
  { suffix: '工作站', type: 'Platform' },
  // 龙湖街道办事处 is a sub-district's government office; a bare 街道办事处 names none.
  { suffix: '街道办事处', type: 'Agency' },
  { suffix: '办事处', type: 'Platform' },
  { suffix: '创新馆', type: 'Platform' },
  { suffix: '天文馆', type: 'Platform' },
  { suffix: '科技馆', type: 'Platform' },
  { suffix: '智谷', type: 'Platform' },
  { suffix: '街区', type: 'Platform' },
  { suffix: '社区', type: 'Platform' },
  { suffix: '小镇', type: 'Platform' },
  { suffix: '新城', type: 'Platform', notBefore: '区' },
  { suffix: '园区', type: 'Platform', notBefore: '内外' },
  { suffix: '中心', type: 'Platform', notBefore: '城区组任枢' },
  { suffix: '平台', type: 'Platform', notBefore: '化制型项' },
  { suffix: '基地', type: 'Platform', notBefore: '化' },
  { suffix: '园', type: 'Platform', notBefore: '区地长丁艺林' },
  { suffix: '港', type: 'Platform', notBefore: '澳台镇口区湾' },
  // Enterprise: 火炬集团, 某某股份有限公司
  { suffix: '公司', type: 'Enterprise', notBefore: '化制' },
  { suffix: '集团', type: 'Enterprise', notBefore: '化军' },
  { suffix: '股份', type: 'Enterprise', notBefore: '有制合' },
  // Program: named 工程/计划/行动/专项/赛/基金
  { suffix: '行动计划', type: 'Program' },
  { suffix: '子基金', type: 'Program' },
  { suffix: '工程', type: 'Program', notBefore: '师化技研中院学领类' },
  { suffix: '计划', type: 'Program', notBefore: '单指生经性书表' },
  { suffix: '行动', type: 'Program', notBefore: '方力者' },
  { suffix: '专项', type: 'Program', notBefore: '考资政债工经治整行计活检审督规基贷补奖创' },
  { suffix: '赛事', type: 'Program' },
  { suffix: '大赛', type: 'Program' },
  { suffix: '赛', type: 'Program', notBefore: '道区季事活' },
  { suffix: '基金', type: 'Program', notBefore: '会管' },
  // Institution: universities and academic institutes
  { suffix: '大学', type: 'Institution', notBefore: '城生科园' },
  { suffix: '学院', type: 'Institution', notBefore: '派' },
  { suffix: '研究所', type: 'Institution' },
  { suffix: '科学院', type: 'Institution' },
];

/** Suffixes indexed by their last character, so the scan checks only those that can end here. */
export const SUFFIXES_BY_LAST_CHAR: ReadonlyMap<string, readonly NameSuffix[]> = (() => {
  const index = new Map<string, NameSuffix[]>();
  for (const entry of NAME_SUFFIXES) {
    const last = entry.suffix[entry.suffix.length - 1] ?? '';
    const list = index.get(last) ?? [];
    list.push(entry);
    index.set(last, list);
  }
  return index;
})();

/** Last characters of every suffix, as a table for per-character scans. */
export const SUFFIX_LAST_CHARS = toCharTable(NAME_SUFFIXES.map((entry) => entry.suffix.slice(-1)));

/**
 * The type a name's ending gives it, or null.
 * '厦门科学城' → 'Platform'; '群鹭兴厦人才工程' → 'Program'; '厦门大学' → 'Institution'
 */
export function toSuffixType(name: string): EntityType | null {
  for (const entry of NAME_SUFFIXES) if (name.endsWith(entry.suffix)) return entry.type;
  return null;
}
