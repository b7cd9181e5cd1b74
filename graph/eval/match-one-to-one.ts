/** A candidate pairing of gold item `gold` with predicted item `predicted`, best first by score. */
export interface Candidate {
  gold: number;
  predicted: number;
  score: number;
}

/**
 * Greedy one-to-one matching: take candidates by descending score (ties by position, so the
 * result is deterministic), skipping any whose gold or predicted item is already taken.
 * Returns predicted index by gold index.
 */
export function matchOneToOne(candidates: Candidate[]): Map<number, number> {
  const sorted = [...candidates].sort(
    (a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted,
  );
  const byGold = new Map<number, number>();
  const takenPredicted = new Set<number>();
  for (const c of sorted) {
    if (byGold.has(c.gold) || takenPredicted.has(c.predicted)) continue;
    byGold.set(c.gold, c.predicted);
    takenPredicted.add(c.predicted);
  }
  return byGold;
}
