/**
 * Dumps, for every in-scope question of the given sets whose right passage comes first, the bold choice's features of
 * each sentence of that passage (`QueryScorer.answerFeatures`) and which sentences hold the gold: the training and test
 * rows of the sentence chooser (`bench/fit-bold.ts`).
 *   node dist/bench/bold-features.js FILE.jsonl... > features.jsonl
 */
import { basename } from 'node:path';
import { defaultIndexDir } from '../src/paths.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { type QueryScorer, traceAnswers } from '../src/search/ranking.js';
import { createQueryService } from '../src/search/service.js';
import { answerMatches, loadQuestions } from './quality.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const service = createQueryService(loadOrBuildIndex(defaultIndexDir()));
interface Traced {
  features: number[][];
  bounds: [number, number][];
  span: { first: number; last: number };
}
// The first bold answer of a search is its first hit's.
const traces: Traced[] = [];
traceAnswers((scorer: QueryScorer, position: number, span: { first: number; last: number }) => {
  if (!traces.length) traces.push({ features: scorer.answerFeatures(position, span), bounds: scorer.sentenceBounds(position), span });
});
for (const file of process.argv.slice(2)) {
  for (const q of loadQuestions(file)) {
    if (!q.gold?.length) continue;
    traces.length = 0;
    const a = service.search(q.query, { limit: 5 });
    const t = traces[0];
    if (a.kind !== 'search' || !a.hits.length || !t) continue;
    const text = a.hits[0]!.text;
    const gold = q.gold.map(norm).find((g) => norm(text).includes(g));
    if (!gold) continue;
    const sentences = t.bounds.map(([s, e]) => text.slice(s, e));
    const answer = text.slice(t.bounds[t.span.first]![0], t.bounds[t.span.last]![1]);
    if (norm(answer) !== norm(a.hits[0]!.answer ?? '')) throw new Error(`${q.id}: traced span is not the answer`);
    // A sentence holds the gold, or a part of it when the gold spans sentences.
    const whole = norm(text);
    const at = whole.indexOf(gold);
    let offset = 0;
    const label = sentences.map((s) => {
      const n = norm(s);
      const start = whole.indexOf(n, offset);
      offset = start + n.length;
      return start < at + gold.length && at < start + n.length ? 1 : 0;
    });
    console.log(JSON.stringify({ file: basename(file), id: q.id, kind: q.kind, query: q.query, gold, span: t.span, ok: q.gold.map(norm).some((g) => norm(text).includes(g) && answerMatches(answer, g)), label, features: t.features, sentences }));
  }
}
