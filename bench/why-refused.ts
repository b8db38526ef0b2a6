/**
 * `node dist/bench/why-refused.js --questions FILE [--all]` (`--questions` repeatable): for each question the bot refuses ("covered": false),
 * in scope or not (with `--all`, every question), why (`CoverageTrace`): the known share, a long question's blend, the rule that scaled it and
 * each word's known value. A developer's view of the coverage layer; answers never carry it.
 */
import { parseArgs } from 'node:util';
import { defaultIndexDir } from '../src/paths.js';
import type { CoverageTrace } from '../src/search/coverage.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { createQueryService } from '../src/search/service.js';
import { loadQuestions } from './quality.js';

const { values } = parseArgs({ options: { questions: { type: 'string', multiple: true }, all: { type: 'boolean' } } });
const service = createQueryService(loadOrBuildIndex(defaultIndexDir()));
const f = (x: number) => x.toFixed(2);
for (const file of values.questions ?? []) {
  for (const q of loadQuestions(file)) {
    const trace: CoverageTrace = {};
    const a = service.search(q.query, { limit: 3, coverageTrace: trace });
    const inScope = (q.gold?.length ?? 0) > 0;
    if (a.kind !== 'search' || (a.covered && !values.all)) continue;
    const words = (trace.words ?? []).map((w) => `${w.word}:${f(w.known)}/${f(w.specificity)}`).join(' ');
    const long = trace.long ? ` long(first ${f(trace.long.first)}, three ${f(trace.long.three)}${trace.long.one !== undefined ? `, one ${f(trace.long.one)}` : ''})` : '';
    console.log(`${inScope ? 'IN ' : 'OFF'} ${a.covered ? 'covered' : 'refused'} ${q.id} conf ${a.confidence} share ${f(trace.knownShare ?? 1)}${long} [${(trace.rules ?? []).join(',')}] ${q.query} | ${words}`);
  }
}
