/**
 * The bold answer's hand-set weights against the repository's question sets: for each `--try` setting of `RANKING`,
 * the answer@1 rows won and lost against the hand-set weights, per question file (a file is one author's voice, so a
 * change that wins in one file only is that file's).
 *   node dist/bench/bold-grid.js --try '{"opening":0.3}' ... FILE.jsonl...
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIndexDir } from '../src/paths.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { RANKING } from '../src/search/ranking.js';
import { createQueryService } from '../src/search/service.js';
import { answerMatches, loadQuestions } from './quality.js';

const { values, positionals } = parseArgs({ options: { try: { type: 'string', multiple: true }, show: { type: 'boolean' } }, allowPositionals: true });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const service = createQueryService(loadOrBuildIndex(defaultIndexDir()));
const questions = positionals.flatMap((f) => loadQuestions(f).filter((q) => q.gold?.length).map((q) => ({ ...q, file: basename(f) })));
const handSet = { ...RANKING };
function answered(): boolean[] {
  return questions.map((q) => {
    const a = service.search(q.query, { limit: 5 });
    if (a.kind !== 'search' || !a.hits.length) return false;
    const text = norm(a.hits[0]!.text);
    return q.gold!.map(norm).some((g) => text.includes(g) && answerMatches(a.hits[0]!.answer ?? '', g));
  });
}
const base = answered();
console.log(`hand-set: ${base.filter(Boolean).length} of ${questions.length} answered`);
for (const t of values.try ?? []) {
  Object.assign(RANKING, handSet, JSON.parse(t) as Partial<typeof RANKING>);
  const now = answered();
  const byFile = new Map<string, [number, number]>();
  let won = 0;
  let lost = 0;
  now.forEach((ok, i) => {
    if (ok === base[i]) return;
    const f = questions[i]!.file;
    const c = byFile.get(f) ?? [0, 0];
    if (values.show) console.log(`  ${ok ? '+' : '−'} ${questions[i]!.id} ${questions[i]!.query}`);
    if (ok) {
      won++;
      c[0]++;
    } else {
      lost++;
      c[1]++;
    }
    byFile.set(f, c);
  });
  const filesWon = [...byFile.values()].filter(([w, l]) => w > l).length;
  const filesLost = [...byFile.values()].filter(([w, l]) => l > w).length;
  console.log(`${t}: +${won} −${lost}; files net won ${filesWon}, net lost ${filesLost}`);
}
