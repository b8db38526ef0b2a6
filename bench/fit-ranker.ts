/**
 * Fits a learned re-ranker of the fused ranking's first places (docs/search.md, quality round 115): a linear
 * correction of the fused score over the first `DEPTH` candidates, from what the ranking already computes per
 * candidate (`FEATURES` in src/search/ranking.ts), trained by a listwise softmax on the probe files only
 * (`bench/questions/*.jsonl` but `in-scope.jsonl`, `off-topic.jsonl` and the files named by `--hold`), with an
 * L2 pull toward no change. Cross-validated by file (rows of one file share a writer and a trick): `--folds`
 * folds of whole files. Then scored, never fitted, on the own set's tune and held-out halves, the shared dev set
 * and the held files, by re-sorting each question's traced first places.
 *   node dist/bench/fit-ranker.js [--lambda 10] [--margin 1] [--hold rank-probes-15.jsonl] [--folds 5] [--traces FILE] [--out src/search/learned-weights.ts]
 * (`--traces FILE` keeps the traced questions in FILE and reads them from there next time; `--list tune,dev` names the
 * questions whose first place the model changes.)
 * A candidate is right when its text holds a gold excerpt (whitespace-insensitive, as the eval matches it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIndexDir, packageRoot } from '../src/paths.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { FEATURES, RANKING, rankingTrace } from '../src/search/ranking.js';
import { createQueryService } from '../src/search/service.js';
import { loadQuestions, type Question } from './quality.js';

const { values: args } = parseArgs({ options: { lambda: { type: 'string' }, hold: { type: 'string' }, folds: { type: 'string' }, traces: { type: 'string' }, depth: { type: 'string' }, margin: { type: 'string' }, list: { type: 'string' }, gate: { type: 'string' }, features: { type: 'string' }, out: { type: 'string' } } });
/** How many of the fused ranking's first places the model re-orders. */
const DEPTH = Number(args.depth ?? 10);
const lambda = Number(args.lambda ?? 10);
const held = new Set((args.hold ?? 'rank-probes-15.jsonl').split(','));
const folds = Number(args.folds ?? 5);
/** The model moves a passage above the fused first only when it scores it this much higher (logits): few flips, the sure ones. */
const margin = Number(args.margin ?? 1);

interface Traced {
  set: string;
  id: string;
  kind: string;
  /** Features of the first places, best first. */
  x: number[][];
  /** Whether each first place holds a gold excerpt. */
  y: boolean[];
}

const questionsDir = join(packageRoot(), 'bench', 'questions');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function collect(): Traced[] {
  const service = createQueryService(loadOrBuildIndex(defaultIndexDir()));
  const sets: Array<[string, Question[]]> = [];
  for (const f of readdirSync(questionsDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const qs = loadQuestions(join(questionsDir, f));
    if (f === 'in-scope.jsonl') {
      const n = (q: Question) => Number(q.id.replace(/\D/g, ''));
      sets.push(['tune', qs.filter((q) => n(q) % 2 === 1)], ['held-out', qs.filter((q) => n(q) % 2 === 0)]);
    } else if (f !== 'off-topic.jsonl') sets.push([f, qs]);
  }
  const dev = join(packageRoot(), '..', 'shared', 'eval', 'dev.jsonl');
  if (existsSync(dev)) sets.push(['dev', loadQuestions(dev)]);
  const out: Traced[] = [];
  let last: number[][] = [];
  rankingTrace.sink = (rows) => (last = rows);
  // The fused ranking's own order: the traces and the hits' labels are read without the learned re-ranker.
  const learned = RANKING.learned;
  RANKING.learned = 0;
  for (const [set, qs] of sets) {
    for (const q of qs) {
      if (!q.gold?.length) continue;
      last = [];
      const a = service.search(q.query.replace(/[\r\n]+/g, ' '), { limit: DEPTH });
      if (a.kind !== 'search') continue;
      const gold = q.gold.map(norm);
      const n = Math.min(a.hits.length, last.length, DEPTH);
      out.push({ set, id: q.id, kind: q.kind, x: last.slice(0, n), y: a.hits.slice(0, n).map((h) => gold.some((g) => norm(h.text).includes(g))) });
    }
  }
  rankingTrace.sink = undefined;
  RANKING.learned = learned;
  return out;
}

const traces: Traced[] = args.traces && existsSync(args.traces) ? (JSON.parse(readFileSync(args.traces, 'utf8')) as Traced[]) : collect();
if (args.traces && !existsSync(args.traces)) writeFileSync(args.traces, JSON.stringify(traces));

/** The columns the model reads. */
// By default all but the fused score (which it corrects) and the typed-word shares, which read each paragraph's terms
// again at query time for 7 first places of 7,114 in cross-validation (quality round 115).
const used = (args.features ? args.features.split(',') : FEATURES.filter((f) => f !== 'fused' && f !== 'heldText' && f !== 'heldHeadings')).map((f) => {
  const i = (FEATURES as readonly string[]).indexOf(f);
  if (i < 0) throw new Error(`unknown feature ${f}`);
  return i;
});
const FUSED = FEATURES.indexOf('fused');

interface Model {
  /** The fused score's scale (the softmax's temperature), free. */
  a: number;
  w: number[];
  mean: number[];
  sd: number[];
}

const isTraining = (t: Traced) => t.set !== 'tune' && t.set !== 'held-out' && t.set !== 'dev' && !held.has(t.set);
/** A question teaches something only when its first places hold both a right and a wrong passage. */
const teaches = (t: Traced) => t.y.some(Boolean) && !t.y.every(Boolean);

function fit(train: Traced[]): Model {
  const rows = train.filter(teaches).filter(gated);
  const d = used.length;
  const mean = new Array<number>(d).fill(0), sd = new Array<number>(d).fill(0);
  let n = 0;
  for (const t of rows) for (const x of t.x) {
    n++;
    used.forEach((c, j) => (mean[j]! += x[c]!));
  }
  for (let j = 0; j < d; j++) mean[j]! /= n || 1;
  for (const t of rows) for (const x of t.x) used.forEach((c, j) => (sd[j]! += (x[c]! - mean[j]!) ** 2));
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]! / (n || 1)) || 1;
  const z = rows.map((t) => t.x.map((x) => used.map((c, j) => (x[c]! - mean[j]!) / sd[j]!)));
  const f = rows.map((t) => t.x.map((x) => x[FUSED]!));
  let a = 10;
  const w = new Array<number>(d).fill(0);
  // Adam on the mean negative log of the right passages' softmax share, plus λ/N · |w|² (λ per question).
  const m = new Array<number>(d + 1).fill(0), v = new Array<number>(d + 1).fill(0);
  const rate = 0.05;
  for (let step = 1; step <= 400; step++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let q = 0; q < rows.length; q++) {
      const s = f[q]!.map((fv, r) => a * fv + z[q]![r]!.reduce((sum, zv, j) => sum + w[j]! * zv, 0));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const all = e.reduce((x, y) => x + y, 0);
      const right = e.reduce((x, y, r) => x + (rows[q]!.y[r] ? y : 0), 0);
      for (let r = 0; r < s.length; r++) {
        // d(−log right/all)/ds_r = p_r − (y_r ? e_r / right : 0)
        const gr = e[r]! / all - (rows[q]!.y[r] ? e[r]! / right : 0);
        g[d]! += gr * f[q]![r]!;
        for (let j = 0; j < d; j++) g[j]! += gr * z[q]![r]![j]!;
      }
    }
    for (let j = 0; j < d; j++) g[j] = g[j]! / rows.length + (2 * lambda * w[j]!) / rows.length;
    g[d] = g[d]! / rows.length;
    for (let j = 0; j <= d; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! ** 2;
      const delta = (rate * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
      if (j < d) w[j]! -= delta;
      else a -= delta * 10;
    }
  }
  return { a, w, mean, sd };
}

/** `--gate lexical`: the model only for a question no vector ranking joined (dense and alignment off); `vector`: the others. */
const gated = (t: Traced) => {
  const vector = t.x.some((x) => x[2]! > 0 || x[3]! > 0);
  return args.gate === 'lexical' ? !vector : args.gate === 'vector' ? vector : true;
};

/** The model's order of a question's first places (indices into `x`), best first; ties keep the fused order. */
function reorder(model: Model, t: Traced): number[] {
  if (!gated(t)) return t.x.map((_, r) => r);
  const s = t.x.map((x) => model.a * x[FUSED]! + used.reduce((sum, c, j) => sum + (model.w[j]! * (x[c]! - model.mean[j]!)) / model.sd[j]!, 0));
  const order = t.x.map((_, r) => r).sort((p, q) => s[q]! - s[p]! || p - q);
  const fused = t.x.map((_, r) => r);
  if (order[0] === 0 || s[order[0]!]! - s[0]! < margin) return fused;
  // Only the first place moves: the passage the model prefers, then the rest in the fused order.
  return [order[0]!, ...fused.filter((r) => r !== order[0])];
}

interface Tally {
  n: number;
  hit1: number;
  hit3: number;
  won: number;
  lost: number;
}
function tally(model: Model | undefined, ts: readonly Traced[]): Tally {
  const out = { n: ts.length, hit1: 0, hit3: 0, won: 0, lost: 0 };
  for (const t of ts) {
    const order = model ? reorder(model, t) : t.x.map((_, r) => r);
    const h1 = t.y[order[0]!] === true;
    if (h1) out.hit1++;
    if (order.slice(0, 3).some((r) => t.y[r])) out.hit3++;
    if (h1 && !t.y[0]) out.won++;
    if (!h1 && t.y[0]) out.lost++;
  }
  return out;
}
const show = (label: string, base: Tally, after: Tally) =>
  console.log(`${label.padEnd(28)} n ${String(base.n).padStart(5)}  hit@1 ${(base.hit1 / base.n).toFixed(3)} → ${(after.hit1 / base.n).toFixed(3)}  hit@3 ${(base.hit3 / base.n).toFixed(3)} → ${(after.hit3 / base.n).toFixed(3)}  first places +${after.won} −${after.lost}`);

const training = traces.filter(isTraining);
const files = [...new Set(training.map((t) => t.set))].sort();
console.log(`${training.length} training questions from ${files.length} files (${training.filter(teaches).length} teach); depth ${DEPTH}, λ ${lambda}; features ${used.map((c) => FEATURES[c]).join(',')}`);
if (folds > 1) {
  // Files dealt to folds in a fixed order (by name), so a fold is whole files.
  const sum = (xs: Tally[]) => xs.reduce((a, b) => ({ n: a.n + b.n, hit1: a.hit1 + b.hit1, hit3: a.hit3 + b.hit3, won: a.won + b.won, lost: a.lost + b.lost }));
  const bases: Tally[] = [], afters: Tally[] = [];
  for (let k = 0; k < folds; k++) {
    const out = new Set(files.filter((_, i) => i % folds === k));
    const model = fit(training.filter((t) => !out.has(t.set)));
    const test = training.filter((t) => out.has(t.set));
    bases.push(tally(undefined, test));
    afters.push(tally(model, test));
    show(`cv fold ${k + 1} (${out.size} files)`, bases[k]!, afters[k]!);
  }
  show('cv, all folds', sum(bases), sum(afters));
}
const model = fit(training);
console.log(`fitted: a ${model.a.toFixed(3)}; ${used.map((c, j) => `${FEATURES[c]} ${(model.w[j]! / model.sd[j]!).toFixed(3)}`).join(', ')}`);
for (const set of ['tune', 'held-out', 'dev', ...held]) {
  const ts = traces.filter((t) => t.set === set);
  if (ts.length) show(set, tally(undefined, ts), tally(model, ts));
  if (args.list?.split(',').includes(set))
    for (const t of ts) {
      const order = reorder(model, t);
      if (t.y[order[0]!] !== t.y[0]) console.log(`  ${t.y[0] ? 'lost' : 'won '} ${t.id} ${t.kind}: first ${order[0]! + 1}, right at ${t.y.map((y, r) => (y ? r + 1 : 0)).filter(Boolean).join('/') || '—'}`);
    }
}
if (args.out) {
  // The weights as the ranking reads them: per raw feature (the standardisation folded in), and the fused score's.
  const weights = used.map((_, j) => model.w[j]! / model.sd[j]!);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const lines = [
    '/**',
    ' * The learned re-ranker\'s weights (docs/search.md, quality round 115), written by `bench/fit-ranker.ts`:',
    ` *   node dist/bench/fit-ranker.js --lambda ${lambda} --margin ${margin} --out src/search/learned-weights.ts`,
    ` * fitted on the probe files only (${training.length} questions of ${files.length} files). A candidate's learned score is`,
    ' * `fused` × its fused score (relative to the first\'s) + Σ weight × feature (`FEATURES` in ranking.ts); the candidate',
    ' * scoring highest among the first `depth` moves to the first place when it beats the fused first by `margin`.',
    ' */',
    `export const LEARNED = { depth: ${DEPTH}, margin: ${margin}, fused: ${round(model.a)} } as const;`,
    '',
    '/** Weight per feature, by name. */',
    'export const LEARNED_WEIGHTS: Readonly<Record<string, number>> = {',
    ...used.map((c, j) => `  ${FEATURES[c]}: ${round(weights[j]!)},`),
    '};',
    '',
  ];
  writeFileSync(args.out, lines.join('\n'));
}
