/**
 * No regular expression in src/ backtracks catastrophically (ReDoS): every pattern — the literals and what `new RegExp(...)`
 * builds at run time — checked with recheck, failing on an exponential one, on a polynomial one of degree 3 or more, and on a
 * degree-2 one in a file whose input has no bound written down (`BOUNDS`).
 *
 * recheck's full analysis of the ~450 distinct patterns costs three minutes of CPU or more (in its native agent, a child
 * process), and its fuzzer calls an attack successful when it outruns a wall-clock limit, so on a loaded machine a degree-2
 * pattern can read as degree 3 or 4. So the verdicts of a full analysis (`REGEX_VERDICTS=recheck`, best on a quiet machine)
 * are kept in `regex-verdicts.json`, keyed by the pattern itself, and a run analyses only patterns not in it: a new or changed
 * one is analysed here, and recorded with `REGEX_VERDICTS=write npx vitest run tests/regex-backtracking.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { builtPatterns, type Pattern, repositoryQuestions, writtenPatterns } from './regex-patterns.js';

const VERDICTS_FILE = join(packageRoot(), 'tests', 'regex-verdicts.json');
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
/** `write`: record the verdicts of this run; `recheck`: analyse every pattern again (minutes), and record. */
const MODE = process.env['REGEX_VERDICTS'];

interface Verdict {
  /** `safe`, `polynomial 2`, `polynomial 3`, …, `exponential`, or `unknown (<why>)`. */
  verdict: string;
  /** Where it is written or built: file:line in this run, the file alone in regex-verdicts.json. */
  sites: string[];
  /** For a verdict worse than degree 2 that is kept: why it is harmless, as measured. Never for an exponential one. */
  accepted?: string;
}
interface VerdictsFile {
  recheck: string;
  patterns: Record<string, Verdict>;
}

/**
 * A `RegExp` call the questions and the two reports never reach, and an example of what it builds. Each is checked as the
 * rest; the test fails if the call is gone or changed, so the example cannot outlive it.
 */
const UNREACHED: Record<string, { argument: string; example: string; why: string }> = {
  'src/adapters/discord/messages.ts': { argument: '`<@!?${botId}>`', example: '<@!?123456789012345678>', why: "the bot's own user id, a Discord snowflake, known only once connected" },
};

const keyOf = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;

/**
 * The patterns a call builds from words or report text differ only in the literal spliced in (`\bin\s+(?:the\s+)?${word}\b`
 * for 180 words): one shape. A literal adds no choice to backtrack over, so one pattern stands for its site's variants when
 * what differs between them is plain text; variants that differ in anything else are each checked.
 */
function distinctShapes(patterns: readonly Pattern[]): Pattern[] {
  const bySite = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const site = [...p.sites].sort().join(' ');
    bySite.set(`${site} ${p.flags}`, [...(bySite.get(`${site} ${p.flags}`) ?? []), p]);
  }
  const PLAIN = /^(?:[\p{L}\p{N}\s'’,-]|\\[.\-\s'’()[\]{}|*+?^$/])*$/u;
  return [...bySite.values()].flatMap((group) => {
    if (group.length === 1) return group;
    const sources = group.map((p) => p.source);
    let prefix = 0;
    while (sources.every((s) => s[prefix] === sources[0]![prefix]) && prefix < sources[0]!.length) prefix++;
    // Back off to the start of the differing text, so an escape is not cut in two.
    while (prefix > 0 && sources[0]![prefix - 1] === '\\') prefix--;
    let suffix = 0;
    while (sources.every((s) => s.length - suffix > prefix && s[s.length - 1 - suffix] === sources[0]![sources[0]!.length - 1 - suffix])) suffix++;
    const middles = sources.map((s) => s.slice(prefix, s.length - suffix));
    if (!middles.every((m) => PLAIN.test(m))) return group;
    const longest = group.reduce((a, b) => (b.source.length > a.source.length ? b : a));
    return [{ ...longest, sites: new Set(group.flatMap((p) => [...p.sites])) }];
  });
}

function verdictOf(d: Diagnostics): string {
  if (d.status === 'safe') return 'safe';
  if (d.status === 'unknown') return `unknown (${d.error.kind})`;
  return d.complexity.type === 'exponential' ? 'exponential' : `polynomial ${d.complexity.degree}`;
}

/** recheck's defaults but a longer limit per pattern: a new pattern's verdict should not depend on a busy machine. */
const analyse = async (p: Pattern) => verdictOf(await check(p.source, p.flags, { timeout: 60_000 }));

/**
 * What bounds the input of the degree-2 patterns in each file: quadratic is harmless only on short text. A degree-2 pattern in
 * a file not named here fails until its bound is written down.
 */
const BOUNDS: Record<string, string> = {
  'src/search/': 'a question after cleanQuery — at most 500 characters (MAX_QUERY_CHARS, service.ts; 2,000 raw), white space collapsed — or one sentence or paragraph of the report',
  'src/report/': "the report's own text (the operator's file in index-data/), a line, sentence or paragraph at a time, at index build; never what a user types",
  'src/adapters/discord/markdown.ts': "answer text being rendered — report excerpts and the echoed question (≤ 500 characters) — within Discord's limits (4,096 per embed description)",
  'src/adapters/slack/mrkdwn.ts': "answer text being rendered — report excerpts and the echoed question (≤ 500 characters) — within Slack's limits (3,000 per section block)",
  'src/adapters/slack/listeners.ts': "a Slack message's text: at most 40,000 characters by Slack's own limit (a long bound: see round 126's record)",
  'src/feedback/stats.ts': 'a citation the service wrote (a heading path and a paragraph number), a few hundred characters',
};
const boundOf = (v: Verdict) => v.sites.map((site) => Object.entries(BOUNDS).find(([prefix]) => site.startsWith(prefix))?.[1]).every(Boolean);

/** What fails the test, or undefined. */
function problemOf(v: Verdict): string | undefined {
  if (v.verdict === 'safe') return undefined;
  if (v.verdict === 'exponential') return v.verdict;
  if (v.verdict === 'polynomial 2') return boundOf(v) ? undefined : 'degree 2 in a file whose input has no bound written in BOUNDS';
  // Degree 3 or more, or no verdict in the time allowed: only with the reason it is harmless written beside the verdict,
  // measured in V8 (recheck's fuzzer calls an attack successful when it outruns a wall-clock limit, so a busy machine can
  // report a degree its pattern does not have in V8).
  return v.accepted ? undefined : v.verdict;
}

describe('regular expressions in src/', () => {
  it('none backtracks exponentially, none is polynomial of degree 3 or more, and a degree-2 one has bounded input', async () => {
    const { literals, constructors } = writtenPatterns();
    // Every 12th question: enough that the calls which build a pattern per word or per sentence are all reached.
    const built = await builtPatterns(repositoryQuestions(12));
    const reached = new Set([...built.values()].flatMap((p) => [...p.sites]));
    const unreached = constructors.filter((c) => !reached.has(c.site));
    const examples: Pattern[] = [];
    for (const c of unreached) {
      const known = UNREACHED[c.site.replace(/:\d+$/, '')];
      expect(known?.argument, `${c.site}: RegExp(${c.argument}) is never reached — reach it, or name it in UNREACHED`).toBe(c.argument);
      examples.push({ source: known!.example, flags: '', sites: new Set([c.site]) });
    }

    const all = new Map<string, Pattern>();
    for (const p of [...literals, ...built.values(), ...examples]) {
      const seen = all.get(keyOf(p));
      if (seen) for (const s of p.sites) seen.sites.add(s);
      else all.set(keyOf(p), { ...p, sites: new Set(p.sites) });
    }
    const shapes = distinctShapes([...all.values()]);

    const recorded = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as VerdictsFile;
    const sameChecker = recorded.recheck === RECHECK_VERSION && MODE !== 'recheck';
    const verdicts: Record<string, Verdict> = {};
    const fresh: string[] = [];
    // One pattern at a time: recheck's agent is one process, and the machine's other cores are the other tests'.
    for (const p of shapes) {
      const key = keyOf(p);
      const old = sameChecker ? recorded.patterns[key] : undefined;
      const verdict = old?.verdict ?? (await analyse(p));
      if (!old) fresh.push(key);
      // A note is about the pattern, measured in V8, not about one analysis: a full re-analysis keeps it (it used to drop
      // all five, and the guard then failed on patterns already measured harmless).
      const accepted = recorded.patterns[key]?.accepted;
      verdicts[key] = { verdict, sites: [...p.sites].sort(), ...(accepted ? { accepted } : {}) };
    }
    if (MODE === 'write' || MODE === 'recheck') {
      // Files, not lines: a recorded line would go stale with every edit above it (the failure message names the lines).
      const byFile = Object.entries(verdicts).map(([key, v]) => [key, { ...v, sites: [...new Set(v.sites.map((s) => s.replace(/:\d+$/, '')))] }] as const);
      const sorted = Object.fromEntries(byFile.sort(([ka, a], [kb, b]) => a.sites[0]!.localeCompare(b.sites[0]!) || ka.localeCompare(kb)));
      writeFileSync(VERDICTS_FILE, JSON.stringify({ recheck: RECHECK_VERSION, patterns: sorted }, null, 1) + '\n');
    }

    const problems = Object.entries(verdicts)
      .map(([key, v]) => [key, v, problemOf(v)] as const)
      .filter(([, , problem]) => problem !== undefined)
      .map(([key, v, problem]) => `${v.sites.join(', ')}: ${problem}${fresh.includes(key) ? ' (analysed in this run)' : ''}\n    ${key.slice(0, 300)}`);
    expect(problems, problems.join('\n')).toEqual([]);
    // Sanity: the scan found the patterns at all (a broken scan would pass everything).
    expect(shapes.length).toBeGreaterThan(400);
    expect(reached.size).toBeGreaterThan(25);
  }, MODE ? 3_600_000 : 240_000);
});
