/**
 * Fits the rank fusion's weights (`RANKING` in src/search/ranking.ts) on the tuning half of the
 * repository's questions (odd ids) by coordinate ascent, RankLib style: one weight at a time over a
 * grid of multiples of its current value, kept when the tuning half's MRR@10 (less an L2 pull toward
 * the hand-set weights) rises. The held-out half (even ids) and the shared dev set are only reported.
 * `--try '{"alignment":0.5}'` (repeatable) scores given weights instead of fitting.
 *   node dist/bench/fit-fusion.js [--fit alignment,dense,sentence,lead,titled] [--lambda 0.02] [--objective mrr|hit] [--try JSON]
 * (`--objective hit`: the mean of hit@1 and hit@3 instead of MRR@10.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIndexDir, packageRoot } from '../src/paths.js';
import { ALIGNMENT } from '../src/search/alignment.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { RANKING } from '../src/search/ranking.js';
import { createQueryService } from '../src/search/service.js';
import { type EngineAnswer, loadQuestions, type Question, score } from './quality.js';

const { values } = parseArgs({ options: { fit: { type: 'string' }, lambda: { type: 'string' }, objective: { type: 'string' }, try: { type: 'string', multiple: true } } });
const own = ['in-scope.jsonl', 'off-topic.jsonl'].flatMap((f) => loadQuestions(join(packageRoot(), 'bench', 'questions', f)));
const devFiles = ['dev.jsonl', 'offtopic-dev.jsonl'].map((f) => join(packageRoot(), '..', 'shared', 'eval', f)).filter((f) => existsSync(f));
const dev = devFiles.flatMap(loadQuestions);
const numericId = (q: Question) => Number(q.id.replace(/\D/g, ''));
const tune = own.filter((q) => numericId(q) % 2 === 1);
const heldOut = own.filter((q) => numericId(q) % 2 === 0);

const service = createQueryService(loadOrBuildIndex(defaultIndexDir()));
const ask = (query: string): EngineAnswer => {
  const a = service.search(query, { limit: 10 });
  if (a.kind !== 'search') return { texts: [], answer: '', covered: false };
  return { texts: a.hits.map((h) => h.text), answer: a.hits[0]?.answer ?? '', covered: a.covered };
};

type Weights = Record<string, number>;
const tunable = { ...RANKING, ...Object.fromEntries(Object.entries(ALIGNMENT).map(([k, v]) => [`align.${k}`, v])) } as Weights;
const handSet = { ...tunable };
function apply(w: Weights): void {
  for (const [k, v] of Object.entries(w)) {
    if (k.startsWith('align.')) (ALIGNMENT as Record<string, number>)[k.slice(6)] = v;
    else if (k in RANKING) (RANKING as Record<string, number>)[k] = v;
    else throw new Error(`unknown weight ${k}`);
  }
}

const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
function report(label: string, w: Weights): void {
  apply({ ...handSet, ...w });
  const rows = (
    [
      ['tune', tune],
      ['held-out', heldOut],
      ['dev', dev],
    ] as const
  ).map(([name, set]) => {
    const q = score(set, ask);
    return `${name} ${f(q.hit1)} ${f(q.hit3)} ${f(q.answer1)} ${f(q.paraphraseHit3)} mrr ${f(q.mrr)} ref ${f(q.offTopicRefused)}/${f(q.inScopeRefused)}`;
  });
  console.log(`${label}\n  ${rows.join('\n  ')}`);
}

if (values.try) {
  report('hand-set', {});
  for (const t of values.try) report(t, JSON.parse(t) as Weights);
} else {
  const names = (values.fit ?? 'sentence,dense,alignment,lead,titled').split(',');
  const lambda = Number(values.lambda ?? 0.02);
  const current: Weights = { ...handSet };
  const objective = (w: Weights): number => {
    apply(w);
    const q = score(tune, ask);
    // The pull toward the hand-set weights, each measured relative to its own size (a weight at 0 against 1).
    const pull = names.reduce((sum, k) => sum + ((w[k]! - handSet[k]!) / (Math.abs(handSet[k]!) || 1)) ** 2, 0);
    const gain = values.objective === 'hit' ? (q.hit1 + q.hit3) / 2 : q.mrr;
    return gain - lambda * pull;
  };
  let best = objective(current);
  const factors = [0, 0.25, 0.5, 0.75, 1.25, 1.5, 2, 3];
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (const k of names) {
      const base = current[k]!;
      for (const m of factors) {
        const v = base === 0 ? m : base * m;
        const trial = { ...current, [k]: Math.round(v * 1000) / 1000 };
        const o = objective(trial);
        if (o > best + 1e-9) {
          best = o;
          current[k] = trial[k]!;
          moved = true;
        }
      }
    }
    console.log(`pass ${pass + 1}: objective ${best.toFixed(4)} ${names.map((k) => `${k}=${current[k]}`).join(' ')}`);
    if (!moved) break;
  }
  report('hand-set', {});
  report('fitted', Object.fromEntries(names.map((k) => [k, current[k]!])));
}
