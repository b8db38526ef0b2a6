/**
 * The learned re-ranker's weights (docs/search.md, quality round 115), written by `bench/fit-ranker.ts`:
 *   node dist/bench/fit-ranker.js --lambda 10 --margin 1 --out src/search/learned-weights.ts
 * fitted on the probe files only (7114 questions of 108 files). A candidate's learned score is
 * `fused` × its fused score (relative to the first's) + Σ weight × feature (`FEATURES` in ranking.ts); the candidate
 * scoring highest among the first `depth` moves to the first place when it beats the fused first by `margin`.
 */
export const LEARNED = { depth: 10, margin: 1, fused: 8.827 } as const;

/** Weight per feature, by name. */
export const LEARNED_WEIGHTS: Readonly<Record<string, number>> = {
  bm25: -3.352,
  sentence: -4.558,
  dense: 1.023,
  alignment: -1.862,
  lead: -1.318,
  votes: 1.329,
  bm25Score: 3.221,
  sentenceScore: 4.203,
  denseScore: 1.039,
  alignScore: 2.011,
  overview: 0.274,
  place: -0.1,
  bm25First: -0.224,
  sentenceFirst: -0.062,
};
