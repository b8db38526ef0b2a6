/**
 * `npm run eval`: search quality on the repository's question set (bench/questions), split into a
 * tuning half (odd ids) and a held-out half (even ids), with MiniSearch's default options over the
 * same paragraphs as the baseline. `--questions FILE` (repeatable) scores other sets, e.g.
 * ../shared/eval/dev.jsonl; `--misses` lists the questions whose gold is not in the top 3; `--typos`
 * adds the same sets with one typo in each question's longest word (see typo-variants.ts).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { defaultIndexDir, packageRoot } from '../src/paths.js';
import { splitSentences } from '../src/report/sentences.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { createQueryService } from '../src/search/service.js';
import { type EngineAnswer, loadQuestions, type Quality, type Question, score } from './quality.js';
import { type TypoKind, typoVariants } from './typo-variants.js';

const { values } = parseArgs({ options: { questions: { type: 'string', multiple: true }, misses: { type: 'boolean' }, typos: { type: 'boolean' } } });
const files = values.questions ?? ['in-scope.jsonl', 'off-topic.jsonl'].map((f) => join(packageRoot(), 'bench', 'questions', f));
const questions = files.flatMap(loadQuestions);

const index = loadOrBuildIndex(defaultIndexDir());
const service = createQueryService(index);
const hrBot = (query: string): EngineAnswer => {
  const a = service.search(query, { limit: 10 });
  if (a.kind !== 'search') return { texts: [], answer: '', covered: false };
  return { texts: a.hits.map((h) => h.text), answer: a.hits[0]?.answer ?? '', covered: a.covered };
};

const paragraphs = index.reports[0]!.report.paragraphs;
const baseline = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
baseline.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
const miniSearchDefaults = (query: string): EngineAnswer => {
  const texts = baseline.search(query).slice(0, 10).map((r) => paragraphs[r.id as number]!.text);
  // MiniSearch has no answer sentence: take the paragraph's first, what a reader sees first.
  return { texts, answer: texts[0] ? (splitSentences(texts[0])[0]?.text ?? '') : '' };
};

const numericId = (q: Question) => Number(q.id.replace(/\D/g, ''));
const sets: Array<[string, Question[]]> = values.questions
  ? [['all', questions]]
  : [
      ['all', questions],
      ['tune (odd ids)', questions.filter((q) => numericId(q) % 2 === 1)],
      ['held out (even ids)', questions.filter((q) => numericId(q) % 2 === 0)],
    ];
if (values.typos) {
  const base = [...sets];
  for (const kind of ['drop', 'swap', 'double'] as TypoKind[]) for (const [name, set] of base) sets.push([`${name}, typo: ${kind}`, typoVariants(set, kind)]);
}

const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const columns = ['set', 'engine', 'n', 'hit@1', 'hit@3', 'answer@1', 'para hit@3', 'off-topic refused', 'in-scope refused'];
const rows: string[][] = [];
let hrAll: Quality | undefined;
for (const [name, set] of sets) {
  const hr = score(set, hrBot);
  hrAll ??= hr;
  const base = score(set, miniSearchDefaults);
  for (const [engine, q] of [['hr-bot', hr], ['MiniSearch defaults', base]] as const) {
    rows.push([name, engine, String(q.questions), f(q.hit1), f(q.hit3), f(q.answer1), f(q.paraphraseHit3), engine === 'hr-bot' ? f(q.offTopicRefused) : '—', engine === 'hr-bot' ? f(q.inScopeRefused) : '—']);
  }
}
const width = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(width[i]!)).join('  ');
console.log(line(columns));
for (const r of rows) console.log(line(r));
if (values.misses && hrAll) console.log(`not in top 3: ${hrAll.misses.join(' ') || 'none'}`);
