import type { Task } from '../model/extraction.js';
import { bigramDice } from './bigram-dice.js';
import type { AccuracyScore, RetrievalScore } from './facet-score.js';
import type { GoldTask } from './gold-file.js';
import { matchOneToOne, type Candidate } from './match-one-to-one.js';
import { toComparable } from './to-comparable.js';

/**
 * Matching rule for tasks: a predicted task matches a gold task when
 *  - their numbers are equal and their titles are alike (bigram Dice ≥ 0.5), or their titles
 *    are somewhat alike (≥ 0.3) within alike sections (≥ 0.6); or
 *  - their titles are nearly the same (≥ 0.85) within alike sections (≥ 0.5), whatever the
 *    numbers (an OCR-damaged number still finds its task).
 * Pairs are taken one to one, best first by title + section/2 + equal number/2.
 */
export function matchTasks(gold: GoldTask[], predicted: Task[]): Map<number, number> {
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) => {
    const gTitle = toComparable(g.title);
    const gSection = toComparable(g.section);
    const gNumber = toComparable(g.number);
    predicted.forEach((p, pi) => {
      const title = bigramDice(gTitle, toComparable(p.title));
      const section = bigramDice(gSection, toComparable(p.section));
      const sameNumber = gNumber === toComparable(p.number);
      const alike = sameNumber
        ? title >= 0.5 || (title >= 0.3 && section >= 0.6)
        : title >= 0.85 && section >= 0.5;
      if (alike)
        candidates.push({
          gold: gi,
          predicted: pi,
          score: title + section / 2 + (sameNumber ? 0.5 : 0),
        });
    });
  });
  return matchOneToOne(candidates);
}

export function describeTask(task: { number: string; section: string; title: string }): string {
  return `${task.section ? `[${task.section}] ` : ''}${task.number} ${task.title}`;
}

export function scoreTasks(
  gold: GoldTask[],
  predicted: Task[],
  matches: Map<number, number>,
): RetrievalScore {
  const matchedPredicted = new Set(matches.values());
  return {
    facet: 'tasks',
    measure: 'retrieval',
    gold: gold.length,
    predicted: predicted.length,
    matched: matches.size,
    missing: gold.filter((_, gi) => !matches.has(gi)).map(describeTask),
    extra: predicted.filter((_, pi) => !matchedPredicted.has(pi)).map(describeTask),
  };
}

/**
 * Assignments are (task, agency name) pairs: a predicted pair is right when its task matched the
 * gold task and the names agree after simplification. Pairs of unmatched tasks are missing or
 * extra. Lead-role accuracy is judged over the pairs that matched.
 */
export function scoreAssignments(
  gold: GoldTask[],
  predicted: Task[],
  matches: Map<number, number>,
): { assignments: RetrievalScore; leadRole: AccuracyScore } {
  const missing: string[] = [];
  const extra: string[] = [];
  const wrong: string[] = [];
  let matched = 0;
  let correct = 0;
  const seenPredicted = new Set<string>();
  gold.forEach((g, gi) => {
    const pi = matches.get(gi);
    const p = pi === undefined ? undefined : predicted[pi];
    const got = new Map((p?.agencies ?? []).map((a) => [toComparable(a.name), a] as const));
    for (const agency of g.agencies) {
      const name = toComparable(agency.name);
      const hit = got.get(name);
      if (!hit) {
        missing.push(`${describeTask(g)} → ${agency.name} (${agency.role})`);
        continue;
      }
      seenPredicted.add(`${pi}|${name}`);
      matched += 1;
      if (hit.role === agency.role) correct += 1;
      else wrong.push(`${describeTask(g)} → ${agency.name}: gold ${agency.role}, got ${hit.role}`);
    }
  });
  let predictedCount = 0;
  predicted.forEach((p, pi) => {
    const names = new Set(p.agencies.map((a) => toComparable(a.name)));
    predictedCount += names.size;
    for (const a of p.agencies) {
      const key = `${pi}|${toComparable(a.name)}`;
      if (seenPredicted.has(key)) continue;
      seenPredicted.add(key);
      extra.push(`${describeTask(p)} → ${a.name} (${a.role})`);
    }
  });
  const goldCount = gold.reduce((n, g) => n + g.agencies.length, 0);
  return {
    assignments: {
      facet: 'assignments',
      measure: 'retrieval',
      gold: goldCount,
      predicted: predictedCount,
      matched,
      missing,
      extra,
    },
    leadRole: { facet: 'leadRole', measure: 'accuracy', total: matched, correct, wrong },
  };
}
