import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QueryScorer, RANKING, type Ranked, rerank } from '../../src/search/ranking.js';

/**
 * `rerank` is a shell calling one function per ranking (docs/search-speed.md, speed round 17). This is the
 * re-ranking as one function, as it was before the split, computed on plain arrays: the reference the
 * split must keep, score for score.
 */
function reference(ids: number[], scorer: StubScores): Array<Required<Ranked>> {
  const K = RANKING.fusionK;
  const count = Math.min(ids.length, 30);
  const head = ids.slice(0, count);
  // Each value's place when sorted larger first, ties by index.
  const ranks = (values: number[]) => {
    const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
    const out = new Array<number>(values.length);
    order.forEach((i, r) => (out[i] = r));
    return out;
  };
  const sentence = head.map((p) => scorer.sentence[p]!);
  const sentenceRank = ranks(sentence);
  const denseRank = scorer.dense ? ranks(head.map((p) => scorer.dense![p]!)) : head.map(() => Infinity);
  const alignRank = scorer.align ? ranks(head.map((p) => scorer.align![p]!)) : head.map(() => Infinity);
  const fused = head.map((position, i) => ({
    position,
    sentence: scorer.best[position]!,
    score: 1 / (K + i) + RANKING.sentence / (K + sentenceRank[i]!) + (scorer.rare ? RANKING.rare : RANKING.dense) / (K + denseRank[i]!) + (scorer.rare ? RANKING.rare : RANKING.alignment) / (K + alignRank[i]!) + scorer.lead[position]! / K + (scorer.together?.[position] ? RANKING.together / K : 0) + (scorer.counted?.[position] ? RANKING.countedVote / K : 0) + (scorer.share?.[position] ? RANKING.share / K : 0),
  }));
  // A paragraph whose heading and text name a question word the fusion's first lacks gets `headingTopic` (round 85).
  if (scorer.headed && fused.length > 0) {
    const first = fused.reduce((a, b) => (b.score > a.score || (b.score === a.score && b.position < a.position) ? b : a));
    if (!scorer.headed[first.position]) for (const r of fused) if (r !== first && scorer.headed[r.position]) r.score += RANKING.headingTopic / K;
  }
  // The paragraph right after the first, under its heading and among the first five, scores at least 0.9 of it (round 150).
  if (scorer.heading && fused.length > 1) {
    const first = fused.reduce((a, b) => (b.score > a.score || (b.score === a.score && b.position < a.position) ? b : a));
    const next = fused.find((r) => r.position === first.position + 1);
    if (next && scorer.heading[next.position] === scorer.heading[first.position]) {
      const above = fused.filter((r) => r.score > next.score || (r.score === next.score && r.position < next.position)).length;
      if (above < RANKING.nextParagraphDepth) next.score = Math.max(next.score, RANKING.nextParagraph * first.score);
    }
  }
  // An exact tie goes to the paragraph holding more of the question's typed words, then to the earlier one.
  fused.sort((a, b) => b.score - a.score || scorer.held[b.position]! - scorer.held[a.position]! || a.position - b.position);
  const top = fused[0]?.score || 1;
  const tail = ids.slice(count).map((position, j) => ({ position, score: 1 / (K + count + j) / top }));
  return [...fused.map((r) => ({ ...r, score: r.score / top })), ...tail] as Array<Required<Ranked>>;
}

/** What a stub scorer answers, per paragraph position: best sentence and its score, dense and alignment scores (absent: not taken), the overview's vote, the typed words held. */
interface StubScores {
  best: number[];
  sentence: number[];
  dense?: number[];
  align?: number[];
  lead: number[];
  held: number[];
  /** Whether a keyword query's words all stand in one sentence with the heading path (absent: never). */
  together?: boolean[];
  /** Whether a count question's best sentence states the count as typed (absent: never). */
  counted?: boolean[];
  share?: boolean[];
  /** Whether the paragraph's heading and text name a question word the fusion's first lacks (absent: the first holds every word). */
  headed?: boolean[];
  /** Each paragraph's heading, as a number (absent: every paragraph under a heading of its own). */
  heading?: number[];
  /** Whether the question rests on a rare word, weighing the vector rankings `RANKING.rare` (absent: no). */
  rare?: boolean;
}

function stubScorer(scores: StubScores): QueryScorer {
  const stub = {
    bestSentenceScore: 0,
    bestSentenceIndex(position: number) {
      stub.bestSentenceScore = scores.sentence[position]!;
      return scores.best[position]!;
    },
    denseQuery: () => (scores.dense ? new Float32Array(1) : undefined),
    denseScore: (_: Float32Array, position: number) => scores.dense![position]!,
    alignsQuery: () => !!scores.align,
    alignment: (position: number) => scores.align![position]!,
    lead: (position: number) => scores.lead[position]!,
    typedWordsHeld: (position: number) => scores.held[position]!,
    holdsEveryWordTogether: (position: number) => scores.together?.[position] ?? false,
    statesTypedCount: (position: number) => scores.counted?.[position] ?? false,
    statesShare: (position: number) => scores.share?.[position] ?? false,
    firstLacksTopicalWord: (position: number) => !!scores.headed && !scores.headed[position],
    headingNamesLackedWord: (position: number) => scores.headed![position]!,
    sameHeading: (a: number, b: number) => !!scores.heading && b < scores.heading.length && scores.heading[a] === scores.heading[b],
    denseWeight: scores.rare ? RANKING.rare : RANKING.dense,
    alignmentWeight: scores.rare ? RANKING.rare : RANKING.alignment,
  };
  return stub as unknown as QueryScorer;
}

describe('fusing the rankings, one function per ranking', () => {
  it('ranks and scores every candidate as the re-ranking in one function did', () => {
    const positions = 40;
    // Few distinct values, so ties (broken by index, then by position) are common.
    const value = fc.constantFrom(0, 0.25, 0.5, 1, 2);
    const perPosition = fc.array(value, { minLength: positions, maxLength: positions });
    const scores = fc.record({
      best: fc.array(fc.nat(5), { minLength: positions, maxLength: positions }),
      sentence: perPosition,
      dense: fc.option(perPosition, { nil: undefined }),
      align: fc.option(perPosition, { nil: undefined }),
      lead: fc.array(fc.constantFrom(0, RANKING.lead, RANKING.titled), { minLength: positions, maxLength: positions }),
      held: fc.array(fc.nat(3), { minLength: positions, maxLength: positions }),
      together: fc.option(fc.array(fc.boolean(), { minLength: positions, maxLength: positions }), { nil: undefined }),
      counted: fc.option(fc.array(fc.boolean(), { minLength: positions, maxLength: positions }), { nil: undefined }),
      share: fc.option(fc.array(fc.boolean(), { minLength: positions, maxLength: positions }), { nil: undefined }),
      headed: fc.option(fc.array(fc.boolean(), { minLength: positions, maxLength: positions }), { nil: undefined }),
      rare: fc.option(fc.boolean(), { nil: undefined }),
      heading: fc.option(fc.array(fc.nat(2), { minLength: positions, maxLength: positions }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(positions - 1), { maxLength: positions }), scores, (ids, s) => {
        const candidates = { count: ids.length, ids: [...ids], scores: ids.map(() => 0) };
        const list = rerank(candidates, stubScorer(s));
        const got = list.slice(0, list.length).map((r) => ({ position: r.position, score: r.score, ...(r.sentence === undefined ? {} : { sentence: r.sentence }) }));
        expect(got).toEqual(reference(ids, s));
      }),
      { numRuns: 300 },
    );
  });
});
