// Units a quantitative target is counted in, as the genre writes them; 万/亿 stay in the unit.
// Longest first, so 个百分点 wins over 个 and 万人次 over 万人.
const UNITS = [
  '个百分点',
  '百分点',
  '万平方米',
  '平方公里',
  '平方米',
  '万亩',
  '公顷',
  '万人次',
  '亿美元',
  '万美元',
  '亿元',
  '万元',
  '万人',
  '万家',
  '万件',
  '万项',
  '万个',
  '人次',
  '家次',
  '场次',
  '%',
  '家',
  '件',
  '个',
  '项',
  '名',
  '人',
  '位',
  '支',
  '所',
  '台',
  '套',
  '亩',
  '场',
] as const;

/** A unit followed by these characters is the start of another word (家庭, 人员, 位于…). */
const NOT_UNIT_BEFORE: Readonly<Record<string, string>> = {
  家: '庭族属乡长园居具电用',
  人: '员民口才类士工均体',
  名: '称单义牌片录额',
  位: '于置列居',
  支: '持撑付出部柱',
  所: '有得在属以谓',
  件: '事',
  项: '目',
  个: '人体性',
  台: '湾州',
  套: '餐',
  场: '景所地馆合域化',
};

/**
 * The unit starting at `at`, or null.
 * ('新增25家企业', 4) → '家'; ('提高5个百分点', 4) → '个百分点'; ('5家庭', 1) → null
 */
export function matchUnitAt(text: string, at: number): string | null {
  for (const unit of UNITS) {
    if (!text.startsWith(unit, at)) continue;
    const next = text[at + unit.length] ?? '';
    const last = unit[unit.length - 1] ?? '';
    if (next !== '' && (NOT_UNIT_BEFORE[last] ?? '').includes(next)) return null;
    return unit;
  }
  return null;
}

/** Monetary units: an upper bound on money (不超过…万元) is a funding cap, not a target. */
export function isMoneyUnit(unit: string): boolean {
  return unit.endsWith('元');
}
