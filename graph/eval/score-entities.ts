import type { Entity } from '../model/extraction.js';
import type { AccuracyScore, RetrievalScore, ViolationScore } from './facet-score.js';
import type { GoldEntity } from './gold-file.js';
import { matchOneToOne, type Candidate } from './match-one-to-one.js';
import { toComparable } from './to-comparable.js';

/** An extracted name shorter than this is not blamed for lying inside a junk string. */
const MIN_JUNK_INSIDE = 3;

/**
 * Matching rule for entities: a predicted entity matches a gold one when any of its names
 * (name or alias, simplified, quotes dropped) equals any of the gold one's; one to one, exact
 * name-to-name pairs first. Collective holders (各镇街, marked `collective`) are owners, not
 * entities, and are left out on both sides. Type accuracy is judged over the matched pairs.
 */
export function scoreEntities(
  gold: GoldEntity[],
  predicted: Entity[],
): { entities: RetrievalScore; entityType: AccuracyScore } {
  const goldKept = gold.filter((g) => g.collective !== true);
  const predictedKept = predicted.filter((p) => !p.collective);
  const candidates: Candidate[] = [];
  goldKept.forEach((g, gi) => {
    const gName = toComparable(g.name);
    const gNames = new Set([gName, ...g.aliases.map(toComparable)]);
    predictedKept.forEach((p, pi) => {
      const pName = toComparable(p.name);
      const pNames = [pName, ...p.aliases.map(toComparable)];
      if (!pNames.some((n) => gNames.has(n))) return;
      candidates.push({ gold: gi, predicted: pi, score: pName === gName ? 2 : 1 });
    });
  });
  const matches = matchOneToOne(candidates);
  const matchedPredicted = new Set(matches.values());
  const wrong: string[] = [];
  let correct = 0;
  for (const [gi, pi] of matches) {
    const g = goldKept[gi];
    const p = predictedKept[pi];
    if (!g || !p) continue;
    if (g.type === p.type) correct += 1;
    else wrong.push(`${g.name}: gold ${g.type}, got ${p.type}`);
  }
  return {
    entities: {
      facet: 'entities',
      measure: 'retrieval',
      gold: goldKept.length,
      predicted: predictedKept.length,
      matched: matches.size,
      missing: goldKept.filter((_, gi) => !matches.has(gi)).map((g) => `${g.name} (${g.type})`),
      extra: predictedKept
        .filter((_, pi) => !matchedPredicted.has(pi))
        .map((p) => `${p.name} (${p.type})`),
    },
    entityType: { facet: 'entityType', measure: 'accuracy', total: matches.size, correct, wrong },
  };
}

/**
 * Rule for junk: an extracted entity name or alias violates a `mustNotExtract` string when it
 * equals it, contains it, or (with MIN_JUNK_INSIDE+ characters) lies inside it — a piece of a
 * spam line is as wrong as the whole line.
 */
export function scoreMustNotExtract(junk: string[], predicted: Entity[]): ViolationScore {
  const violations: string[] = [];
  const junkForms = junk.map((j) => ({ raw: j, form: toComparable(j) })).filter((j) => j.form);
  for (const entity of predicted) {
    for (const name of [entity.name, ...entity.aliases]) {
      const form = toComparable(name);
      if (!form) continue;
      const hit = junkForms.find(
        (j) =>
          form === j.form ||
          form.includes(j.form) ||
          (form.length >= MIN_JUNK_INSIDE && j.form.includes(form)),
      );
      if (hit) violations.push(`${name} (${entity.type}) ~ ${hit.raw}`);
    }
  }
  return { facet: 'mustNotExtract', measure: 'violations', checked: junk.length, violations };
}
