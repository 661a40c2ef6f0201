import type { Digest } from './digest';

/**
 * The strict score of issue 11 for one notice: one fact for the item count, and per expected item one for its name,
 * one for its units (the same ids in the same order) and one per target (value and measure word, in order); plus one
 * for the year (an unknown year scores when the notice has none). Items are compared by position.
 */
export function strictScore(got: Digest, want: Digest): { found: number; facts: number } {
  let facts = 2;
  let found = (got.items.length === want.items.length ? 1 : 0) + (got.year === want.year ? 1 : 0);
  want.items.forEach((w, i) => {
    const g = got.items[i];
    facts += 2 + w.targets.length;
    if (!g) return;
    if (g.name === w.name) found++;
    if (g.units.join('|') === w.units.join('|')) found++;
    w.targets.forEach((t, j) => {
      const gt = g.targets[j];
      if (gt && gt[0] === t[0] && gt[1] === t[1]) found++;
    });
  });
  return { found, facts };
}
