/**
 * Whether the report covers a query, as an absolute confidence 0..1 from general signals: how much
 * of the query the report's vocabulary knows, each word weighted by how specific it is in general
 * English (so "pizza" counts more than "work"), a word the report never uses counting by how close
 * its nearest report word is (jail ~ prison counts, tomorrow ~ yesterday barely). No list of
 * off-topic words: "pizza recipe" is refused because the report never speaks of anything like it.
 */
import { normalize, tokenize } from './analysis.js';
import type { ParsedQuery } from './query.js';

/**
 * Calibration: confidence = logistic(`known` × share known + `bias`); covered when ≥ 0.5, i.e.
 * when 72 % of the query is known. The slope was fitted by logistic regression on the tuning half
 * of bench/questions; the cut was then lowered from the fitted 0.79 to keep in-scope refusals
 * under 5 % on the held-out half. Whether the best passage contains the words added nothing, so it
 * is left out (see docs/search.md).
 */
export const COVERAGE = { known: 15.8, bias: -11.4, advice: 0.7 };

/**
 * Requests for advice or recommendations ("how do I renew my passport", "best restaurants in Astana",
 * "recommend a good book"): a human-rights report describes what happened and what the law says; it
 * never advises, so such a query is covered only when nearly all of it is the report's own topic
 * words — the known share is scaled by `COVERAGE.advice`.
 */
const ADVICE = /^\s*(?:how\s+do\s+i|where\s+(?:can|do|should)\s+i|(?:can\s+you\s+)?recommend|(?:what\s+(?:is|are)\s+the\s+)?best)\b/i;

export interface Coverage {
  covered: boolean;
  confidence: number;
  /** Share of the query's (specificity-weighted) words the report knows, 0..1. */
  known: number;
}

/** Greetings, thanks and questions to the bot itself: worth a pointer to help, not a search. */
const SMALL_TALK = /^\s*(?:hi|hello|hey|hiya|howdy|yo|greetings|thanks|thank\s+you|thx|cheers|bye|goodbye|good\s+(?:morning|afternoon|evening|night|day)|how\s+are\s+you|who\s+are\s+you|what\s+are\s+you|what\s+can\s+you\s+do)\b/i;

/** A greeting or small talk that mentions nothing the report knows well. */
export function isSmallTalk(query: ParsedQuery): boolean {
  return SMALL_TALK.test(query.clean) && query.words.every((w) => w.known < 1);
}

/** What coverage may ask of the report and of the passage search would answer with (the top hit). */
export interface AnsweringPassage {
  /** Whether the top hit's text or headings hold a term. */
  holds(term: string): boolean;
  /** Whether the report writes a (lower-case) word only as a name, never in lower case (`lowerCaseWords`). */
  isName(word: string): boolean;
}

/**
 * Whether the report covers `query`. `answering` is the top hit: a name the question asks about
 * (`QueryWord.name`: "Uzbekistan", "Astana") that the report only ever writes as a name, and that
 * this passage does not mention, counts as a name the report never mentions — unknown and fully
 * specific. A country report names neighbouring countries, cities and bodies in passing ("migrants
 * from Uzbekistan", "Kyrgyzstan"), so knowing the name says nothing; "torture in Uzbekistan prisons"
 * is answered by a passage on torture here, which does not name Uzbekistan. A question the report
 * answers names what its passage names ("Krivenko", "Ramadan"). A word the report also writes in
 * lower case ("Constitution", "President" typed with a capital) is a topic, not a name: it keeps the
 * setting's weight whether or not the passage holds it.
 */
export function coverageOf(query: ParsedQuery, answering?: AnsweringPassage): Coverage {
  let total = 0;
  let known = 0;
  query.words.forEach((w, i) => {
    if (!w.topical) return;
    if (w.name && answering && answering.isName(w.word) && !namedIn(query, i, answering)) {
      total += 1;
      return;
    }
    total += w.specificity;
    known += w.specificity * w.known;
  });
  // A query of phrases or section filters alone asks for what it names: trust it.
  if (total === 0) return { covered: true, confidence: 1, known: 1 };
  const share = (known / total) * (ADVICE.test(query.clean) ? COVERAGE.advice : 1);
  const confidence = 1 / (1 + Math.exp(-(COVERAGE.known * share + COVERAGE.bias)));
  return { covered: confidence >= 0.5, confidence: Math.round(confidence * 1000) / 1000, known: share };
}

/** Whether the passage holds a term the query typed for word `i` (a name is typed; its vector neighbours are other places). */
function namedIn(query: ParsedQuery, i: number, answering: AnsweringPassage): boolean {
  return query.terms.some((t) => t.word === i && t.origin === 'typed' && answering.holds(t.term));
}

/** The words a report writes in lower case somewhere (normalised, as `QueryWord.word`): every other word it uses is a name. */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const { surface } of tokenize(text)) if (surface === surface.toLowerCase()) words.add(normalize(surface).replace(/'s$/, ''));
  }
  return words;
}
