import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { openQueryService } from '../../src/search/open-service.js';
import { loadOrBuildIndex } from '../../src/search/index-build.js';
import { searchJsonLine } from '../../src/adapters/cli/json.js';
import { loadQuestions } from '../../bench/quality.js';
import { REPORT_DIR } from '../helpers.js';
import { alignmentProbe } from './alignment-probe.js';

// An answer must be a pure function of the question and the index: a long-lived service (the bot, `hr`
// reading stdin) remembers per-word work across queries, and what it remembers must not depend on which
// query computed it first — else one user's answer would shift with what others asked before.

const questionsDir = join(packageRoot(), 'bench', 'questions');
const queries = [...new Set(readdirSync(questionsDir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => loadQuestions(join(questionsDir, f)).map((q) => q.query)))];

const options = { limit: 10 };
/**
 * What `hr search --json` prints for `query` from `service`, one line per hit (citation, score, bold
 * answer) after the verdict, so a failure shows where two answers part.
 */
const line = (service: ReturnType<typeof openQueryService>, query: string) => {
  const json = JSON.parse(searchJsonLine(query, service.search(query, options))) as { covered: boolean; confidence: number; total: number; results: Array<{ citation: string; score: number; answer: string }> };
  return [`covered ${json.covered} ${json.confidence}, ${json.total} found`, ...json.results.map((r) => `${r.score} ${r.citation}: ${r.answer}`)].join('\n');
};
const freshLines = new Map<string, string>();
/** The answer of a service that has answered nothing before. */
const fresh = (query: string) => {
  let answer = freshLines.get(query);
  if (answer === undefined) {
    answer = line(openQueryService({ indexDir: REPORT_DIR }), query);
    freshLines.set(query, answer);
  }
  return answer;
};

describe('answers do not depend on earlier queries', () => {
  // Each earlier question once changed the later one's lower scores (both hold "people" / "women"): the
  // remembered word-vector similarity was a double when first computed and a float32 when read back.
  it.each([
    ['do people with access to state secrets need permission to leave the country', 'how many people sit in the senate'],
    ['how does afghanistan treat women', 'what is the retirement age for women'],
  ])('after "%s", "%s" gets the answer a fresh service gives', (earlier, later) => {
    const service = openQueryService({ indexDir: REPORT_DIR });
    service.search(earlier, options);
    expect(line(service, later)).toBe(fresh(later));
  });

  // A query may correct only so many typos (`MAX_TYPO_PASSES`), and a remembered correction once cost
  // nothing: asked again, or after another question with one of its typos, the query had budget left to
  // correct one more ("goverment" → government) and was answered differently.
  it.each([
    ["taing seatbelt's kidz goverment", "taing seatbelt's kidz goverment"],
    ['kidz', "taing seatbelt's kidz goverment"],
    ["Anybody diputes kidz goernment's What", "Anybody diputes kidz goernment's What"],
  ])('after "%s", "%s" with typos past the budget gets the answer a fresh service gives', (earlier, later) => {
    const service = openQueryService({ indexDir: REPORT_DIR });
    service.search(earlier, options);
    expect(line(service, later)).toBe(fresh(later));
  });

  // The memory behind it, asked directly: many paragraphs' alignments with a few words, in any order,
  // against a table that has answered nothing before. Near-ties are rare in whole answers; here any
  // difference in the remembered value shows.
  it('gives a paragraph the word alignment a fresh table gives, whatever the same table aligned before', () => {
    const index = loadOrBuildIndex(REPORT_DIR).report(0);
    const { words, table: newTable, alignment } = alignmentProbe(index);
    const pool = fc.record({
      words: fc.uniqueArray(fc.constantFrom(...words), { minLength: 2, maxLength: 5 }),
      positions: fc.uniqueArray(fc.nat(index.sentenceCounts.length - 1), { minLength: 1, maxLength: 4 }),
      asks: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 2, maxLength: 12 }),
    });
    fc.assert(
      fc.property(pool, ({ words: some, positions, asks }) => {
        const table = newTable();
        for (const [word, position] of asks) {
          // One or two of the pool's words, on one of its paragraphs: later asks often repeat earlier words there.
          const queryWords = [...new Set([some[word % some.length]!, some[(word >> 3) % some.length]!])];
          const paragraph = positions[position % positions.length]!;
          expect(alignment(table, queryWords, paragraph)).toBe(alignment(newTable(), queryWords, paragraph));
        }
      }),
    );
  });

  it('gives every question of a sequence of the repository\'s questions the answer a fresh service gives', () => {
    fc.assert(
      fc.property(fc.array(fc.noBias(fc.nat(queries.length - 1)), { minLength: 30, maxLength: 40 }), (picks) => {
        const sequence = picks.map((i) => queries[i]!);
        const service = openQueryService({ indexDir: REPORT_DIR });
        for (const query of sequence) expect(line(service, query)).toBe(fresh(query));
      }),
      { numRuns: 12 },
    );
    // Twelve fresh services answering up to 40 questions each: ~8–10 s on a quiet machine, 18–23 s under a
    // load of 10 and past 60 s under a load of 20 (December 2026, eight helpers' builds on two cores). The
    // bound is for a hung test, not a speed check.
  }, 180_000);
});
