/**
 * Character-bigram Dice similarity in [0, 1]: how much two short Chinese phrases share.
 * ('高新技术企业数', '高新技术企业') → 0.91; identical strings → 1; single characters compare
 * as themselves.
 */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  const left = toBigrams(a);
  const right = toBigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function toBigrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}
