// Placeholder until entity resolution lands: long official forms → the short form used in
// 责任单位 clauses, so both spellings meet on one key within a jurisdiction.
// 市科学技术局 → 市科技局
const LONG_TO_SHORT: ReadonlyArray<readonly [string, string]> = [['科学技术局', '科技局']];

export function toCanonicalAgencyName(name: string): string {
  let result = name;
  for (const [long, short] of LONG_TO_SHORT) result = result.replace(long, short);
  return result;
}
