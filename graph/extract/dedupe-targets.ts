import type { Target } from '../model/extraction.js';

/** What a restatement is judged on. */
type Figure = Pick<
  Target,
  'metric' | 'value' | 'unit' | 'year' | 'recurring' | 'kind' | 'comparator'
>;

/** Metric wording that varies between a goal and its repetition in a task. */
const NOISE = /全市|全区|全县|累计|总数|数量|(?<=.)数$/g;

/**
 * A target restated in a task (same value, unit and comparator, the same year or none, nearly
 * the same metric) is listed once, at its first statement.
 * ['高新技术企业数 500家 2025', '全市高新技术企业 500家 2025'] → the first only
 */
export function dedupeTargets<T extends Figure>(targets: T[]): T[] {
  const kept: T[] = [];
  const byFigure = new Map<string, T[]>();
  for (const target of targets) {
    const figure = [target.value, target.unit, target.recurring, target.kind].join('|');
    const same = byFigure.get(figure) ?? [];
    if (same.some((other) => isRestatement(other, target))) continue;
    same.push(target);
    byFigure.set(figure, same);
    kept.push(target);
  }
  return kept;
}

/** A metric that names no thing, only a change: 实现净新增超过600家 restates a figure given before. */
const BARE_CHANGE = /^(?:实现|完成)?(?:净新增|净增|新增|增长|增加|累计)$/;

function isRestatement(first: Figure, later: Figure): boolean {
  if (
    first.comparator !== later.comparator &&
    first.comparator !== '=' &&
    later.comparator !== '='
  ) {
    return false;
  }
  // A task repeating a goal may leave out the goal's year, never state another one.
  if (later.year !== null && first.year !== later.year) return false;
  const left = first.metric.replace(NOISE, '');
  const right = later.metric.replace(NOISE, '');
  if (left === right || BARE_CHANGE.test(right)) return true;
  return charDice(left, right) >= 0.85 || bigramDice(left, right) >= 0.7;
}

/** Shared characters over total characters, as a multiset: word order does not matter. */
function charDice(a: string, b: string): number {
  return dice(Array.from(a), Array.from(b));
}

function bigramDice(a: string, b: string): number {
  const grams = (s: string): string[] => {
    const chars = Array.from(s);
    return chars.slice(1).map((ch, i) => `${chars[i] ?? ''}${ch}`);
  };
  return dice(grams(a), grams(b));
}

function dice(left: string[], right: string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const item of left) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of right) {
    const count = counts.get(item) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(item, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
