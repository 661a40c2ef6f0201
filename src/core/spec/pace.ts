/**
 * Default pace (序时进度): the share of a cumulative target due by the end of quarters 1..4 — 25/50/75/100 %.
 * A spec's own `pace` overrides it. Kept apart from the schema so that the merge and the rules need no zod.
 */
export const DEFAULT_PACE: readonly [number, number, number, number] = [0.25, 0.5, 0.75, 1];
