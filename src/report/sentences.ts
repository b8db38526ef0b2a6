/** Splits report prose into sentences without breaking on abbreviations, initials or decimals. */

// Words that end in a period without ending a sentence (titles, months, common abbreviations).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'gen', 'col',
  'lt', 'sgt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr',
]);

/** A sentence and where it starts and ends in the paragraph text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Sentences of `text`, in order, with offsets into `text`. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // A candidate end: . ! ? optionally followed by closing quotes/brackets, then space and a capital, digit or opening quote.
  const boundary = /([.!?])(["'”’)\]]*)\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !endsSentence(text.slice(start, m.index), text.slice(m.index + m[0].length))) continue;
    pushSpan(spans, text, start, end);
    start = m.index + m[0].length;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function endsSentence(before: string, after: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  // "No. 5", "Art. 174": a numbering abbreviation only when a number follows.
  if (/^(no|nos|art|arts|para)$/.test(word) && /^\d/.test(after)) return false;
  // A single capital letter before the period is an initial ("Nursultan A. Nazarbayev").
  if (/(^|[\s.])[A-Z]$/.test(before)) return false;
  return true;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}
