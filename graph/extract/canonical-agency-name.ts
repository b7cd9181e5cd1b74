// Official Chinese government bodies go by a long form, an official short form and colloquial
// abbreviations (科学技术局 / 科技局, 发展和改革委员会 / 发展改革委 / 发改委). Within one
// jurisdiction they are one body, so all forms are brought to the official short form the
// 责任单位 clauses use. General naming conventions of the genre, not a list of any document's bodies.

/** Long official wording → official short wording, applied in order. */
const LONG_TO_SHORT: ReadonlyArray<readonly [RegExp, string]> = [
  [/人民政府/g, '政府'], // 启东市人民政府 → 启东市政府
  [/政府办公室/g, '政府办'], // 市政府办公室 → 市政府办
  [/管理委员会/g, '管委会'], // 科学城管理委员会 → 科学城管委会
  [/科学技术/g, '科技'], // 市科学技术局 → 市科技局
  [/发展和改革/g, '发展改革'],
  [/人力资源和社会保障/g, '人力资源社会保障'],
  [/住房和城乡建设/g, '住房城乡建设'],
  [/工业和信息化/g, '工业信息化'],
  [/教育和体育/g, '教育体育'],
  [/自然资源和规划/g, '自然资源规划'],
  [/(地方金融|市场)监督管理/g, '$1监管'], // 市场监督管理局 → 市场监管局
  [/卫生健康委员会/g, '卫生健康委'],
  [/发展改革委员会/g, '发展改革委'],
  [/科技创新委员会/g, '科创委'], // 市委科技创新委员会 → 市委科创委
];

/** Colloquial abbreviations → official short form (matched as whole body names). */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['发改委', '发展改革委'],
  ['人社局', '人力资源社会保障局'],
  ['住建局', '住房城乡建设局'],
  ['卫健委', '卫生健康委'],
  ['市监局', '市场监管局'],
  ['工信局', '工业信息化局'],
  ['财税局', '财政局'],
];

const LEVELS = '省市区县镇';

/**
 * The form an agency is keyed by within its jurisdiction: the jurisdiction's own name shortened
 * to its level (启东市人民政府办公室 in 启东市 → 市政府办), long forms shortened, abbreviations
 * expanded to the official short form.
 * ('市科学技术局', null) → '市科技局'; ('厦门市科学技术局', '厦门市') → '市科技局';
 * ('市发改委', '厦门市') → '市发展改革委'
 */
export function toCanonicalAgencyName(name: string, jurisdiction: string | null = null): string {
  let result = name.replace(/\s+/g, '');
  // 广州市黄埔区科学技术局 in 黄埔区: the city before the district is part of the place.
  const at = jurisdiction && jurisdiction.length >= 2 ? result.indexOf(jurisdiction) : -1;
  if (jurisdiction && at !== -1 && at <= 6) {
    const level = jurisdiction[jurisdiction.length - 1] ?? '';
    result = `${LEVELS.includes(level) ? level : ''}${result.slice(at + jurisdiction.length)}`;
  }
  for (const [pattern, replacement] of LONG_TO_SHORT) result = result.replace(pattern, replacement);
  for (const [short, official] of ABBREVIATIONS) {
    if (result.endsWith(short) && !result.endsWith(official)) {
      result = `${result.slice(0, -short.length)}${official}`;
    }
  }
  return result;
}
