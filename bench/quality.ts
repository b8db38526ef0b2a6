/**
 * Search quality on a question set, next to a baseline measured in the same run: hit@1, hit@3,
 * answer@1 (right paragraph first with the gold sentence as its answer), paraphrase hit@3, and
 * refusals (off-topic questions answered `covered: false`, in-scope ones wrongly refused).
 * The scoring rules are those of the project's external evaluator (../shared/eval/score.mjs).
 */
import { readFileSync } from 'node:fs';

/** A question of a JSONL set: `gold` substrings of a correct paragraph; none for an off-topic one. */
export interface Question {
  id: string;
  query: string;
  kind: string;
  gold?: string[];
}

/** What an engine says about one query: ranked paragraph texts, the top hit's answer, coverage. */
export interface EngineAnswer {
  texts: string[];
  answer: string;
  covered?: boolean;
}

export interface Quality {
  questions: number;
  hit1: number;
  hit3: number;
  answer1: number;
  paraphraseHit3: number;
  /** Mean reciprocal rank of the gold paragraph within the first 10 (0 when absent). */
  mrr: number;
  offTopicRefused: number | null;
  inScopeRefused: number;
  /** Ids of in-scope questions whose gold is not in the top 3. */
  misses: string[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function loadQuestions(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Question);
}

/** The answer sentence matches a gold when it contains it, lies inside it, or holds 60% of its words. */
export function answerMatches(answer: string, gold: string): boolean {
  const a = norm(answer).toLowerCase();
  const g = norm(gold).toLowerCase();
  if (!a) return false;
  if (a.includes(g) || g.includes(a)) return true;
  const words = g.split(/\W+/).filter(Boolean);
  const have = new Set(a.split(/\W+/));
  return words.filter((w) => have.has(w)).length >= 0.6 * words.length;
}

export function score(questions: readonly Question[], ask: (query: string) => EngineAnswer): Quality {
  const inScope = questions.filter((q) => q.gold?.length);
  const offTopic = questions.filter((q) => !q.gold?.length);
  const ranks: number[] = [];
  let answered = 0;
  let refusedInScope = 0;
  for (const q of inScope) {
    const out = ask(q.query);
    const gold = q.gold!.map(norm);
    const rank = 1 + out.texts.slice(0, 10).findIndex((t) => gold.some((g) => norm(t).includes(g)));
    ranks.push(rank);
    if (rank === 1 && gold.some((g) => norm(out.texts[0]!).includes(g) && answerMatches(out.answer, g))) answered++;
    if (out.covered === false) refusedInScope++;
  }
  const refusedOffTopic = offTopic.filter((q) => ask(q.query).covered === false).length;
  const hitAt = (rs: number[], k: number) => rs.filter((r) => r > 0 && r <= k).length / (rs.length || 1);
  const paraphraseRanks = ranks.filter((_, i) => inScope[i]!.kind === 'paraphrase');
  return {
    questions: inScope.length,
    hit1: hitAt(ranks, 1),
    hit3: hitAt(ranks, 3),
    answer1: answered / (inScope.length || 1),
    paraphraseHit3: hitAt(paraphraseRanks, 3),
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / (ranks.length || 1),
    offTopicRefused: offTopic.length ? refusedOffTopic / offTopic.length : null,
    inScopeRefused: refusedInScope / (inScope.length || 1),
    misses: inScope.filter((_, i) => ranks[i] === 0 || ranks[i]! > 3).map((q) => q.id),
  };
}
