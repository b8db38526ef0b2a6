/** The CLI's machine-readable output: one JSON object per answer, the shape scripts and the evaluator read. */
import type { Answer, ErrorAnswer, Fact, SearchAnswer, SectionAnswer } from '../../answers.js';
import type { ReportSummary } from '../../search/query-service.js';

export function searchJson(query: string, answer: SearchAnswer | ErrorAnswer): object {
  if (answer.kind === 'error') return { query, covered: false, confidence: 0, results: [], error: errorJson(answer) };
  return {
    query,
    covered: answer.covered,
    confidence: answer.confidence,
    results: answer.hits.map((h) => ({ text: h.text, citation: h.citation, answer: h.answer, sectionId: h.sectionId, score: h.score, reportId: h.reportId })),
    total: answer.total,
    ...(answer.nextOffset !== undefined ? { nextOffset: answer.nextOffset } : {}),
  };
}

/**
 * `JSON.stringify(searchJson(query, answer))`, written out by hand for a search answer so that each
 * paragraph's text is escaped once (`paragraphJson`), not on every answer that shows it: the
 * paragraphs are ~70 % of a `--json` line, and stringifying the line was a fifth of a stdin round
 * trip's CPU. tests/adapters/cli/json.test.ts holds the two equal, byte for byte.
 */
export function searchJsonLine(query: string, answer: SearchAnswer | ErrorAnswer): string {
  if (answer.kind === 'error') return JSON.stringify(searchJson(query, answer));
  let results = '';
  const hits = answer.hits;
  for (let i = 0; i < hits.length; i++) {
    if (results) results += ',';
    results += hitJson(hits[i]!);
  }
  const next = answer.nextOffset !== undefined ? `,"nextOffset":${JSON.stringify(answer.nextOffset)}` : '';
  return `{"query":${jsonString(query)},"covered":${JSON.stringify(answer.covered)},"confidence":${JSON.stringify(answer.confidence)},"results":[${results}],"total":${JSON.stringify(answer.total)}${next}}`;
}

/**
 * One hit of `searchJsonLine`. Apart, so that what V8 optimises early is this, run for every hit,
 * rather than the line's whole function, run once per answer (docs/search-speed.md, speed round 14).
 */
function hitJson(h: SearchAnswer['hits'][number]): string {
  const text = paragraphJson(h.text);
  // An answer of the whole paragraph is its text.
  const answer = h.answer === h.text ? text : jsonString(h.answer);
  return `{"text":${text},"citation":${jsonString(h.citation)},"answer":${answer},"sectionId":${jsonString(h.sectionId)},"score":${JSON.stringify(h.score)},"reportId":${jsonString(h.reportId)}}`;
}

/**
 * `JSON.stringify(s)` for a string: `s` quoted as it is when no character of it needs escaping (a quote,
 * a backslash, a control character, a surrogate), which one pattern test finds ~2–3× faster than Node
 * 20's stringifier copies the string character by character; else the stringifier's own escaping.
 */
function jsonString(s: string): string {
  return ESCAPED_IN_JSON.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** What `JSON.stringify` escapes in a string, and every surrogate (a lone one is escaped, a pair is not: left to it). */
// eslint-disable-next-line no-control-regex -- finding the control characters JSON escapes is the point
const ESCAPED_IN_JSON = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `searchJsonLine(query, answer)` and its newline as UTF-8: the line `hr search --json` writes for each stdin line, made
 * as bytes so that each paragraph's text is encoded once, like its JSON (`paragraphBytes`), not on every answer that shows
 * it. Encoding the whole line (~10 KB, two-byte in V8 because of the citations' `›`) on each write cost about as much as
 * making it (docs/search-speed.md, issue 13 round 64). The bytes are `bytes[0, length)` of a buffer reused from call to
 * call: write them out before the next. tests/adapters/cli/json.test.ts holds them equal to the line's, byte for byte.
 */
export function searchJsonBytes(query: string, answer: SearchAnswer | ErrorAnswer): { bytes: Uint8Array; length: number } {
  if (answer.kind === 'error') {
    const bytes = Buffer.from(`${searchJsonLine(query, answer)}\n`);
    return { bytes, length: bytes.length };
  }
  const line = lineBytes;
  line.length = 0;
  // What is written between two paragraphs' texts, gathered as a string and encoded in one call.
  let between = `{"query":${jsonString(query)},"covered":${JSON.stringify(answer.covered)},"confidence":${JSON.stringify(answer.confidence)},"results":[`;
  const hits = answer.hits;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const text = paragraphBytes(h.text);
    line.add(`${between}${i > 0 ? ',' : ''}{"text":`);
    line.copy(text);
    between = `,"citation":${jsonString(h.citation)},"answer":`;
    // An answer of the whole paragraph is its text.
    if (h.answer === h.text) {
      line.add(between);
      line.copy(text);
      between = '';
    } else between += jsonString(h.answer);
    between += `,"sectionId":${jsonString(h.sectionId)},"score":${JSON.stringify(h.score)},"reportId":${jsonString(h.reportId)}}`;
  }
  const next = answer.nextOffset !== undefined ? `,"nextOffset":${JSON.stringify(answer.nextOffset)}` : '';
  line.add(`${between}],"total":${JSON.stringify(answer.total)}${next}}\n`);
  return { bytes: line.bytes, length: line.length };
}

/** A growing buffer of UTF-8 bytes, kept for the next line (one line is ~10 KB). */
class LineBytes {
  bytes = Buffer.allocUnsafe(32 * 1024);
  length = 0;

  /** Appends `s` encoded. */
  add(s: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    this.room(s.length * 3);
    this.length += this.bytes.write(s, this.length);
  }

  /** Appends bytes already encoded. */
  copy(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + n));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}

const lineBytes = new LineBytes();

/**
 * A paragraph's text as a JSON string, kept: the report's own paragraphs (never a user's words),
 * keyed by the text itself, at most `PARAGRAPHS_KEPT` of them.
 */
function paragraphJson(text: string): string {
  let json = paragraphJsonKept.get(text);
  if (json === undefined) {
    if (paragraphJsonKept.size >= PARAGRAPHS_KEPT) paragraphJsonKept.clear();
    json = JSON.stringify(text);
    paragraphJsonKept.set(text, json);
  }
  return json;
}

/** `paragraphJson(text)` as UTF-8, kept by the same rule. */
function paragraphBytes(text: string): Uint8Array {
  let bytes = paragraphBytesKept.get(text);
  if (bytes === undefined) {
    if (paragraphBytesKept.size >= PARAGRAPHS_KEPT) paragraphBytesKept.clear();
    bytes = Buffer.from(JSON.stringify(text));
    paragraphBytesKept.set(text, bytes);
  }
  return bytes;
}

const PARAGRAPHS_KEPT = 5_000;
const paragraphJsonKept = new Map<string, string>();
const paragraphBytesKept = new Map<string, Uint8Array>();

/** How many paragraphs' JSON are kept now (tests check the bound and that nothing else is kept). */
export function paragraphJsonKeptCount(): number {
  return paragraphJsonKept.size;
}

/** How many paragraphs' JSON are kept as bytes now (the same). */
export function paragraphBytesKeptCount(): number {
  return paragraphBytesKept.size;
}

export function sectionJson(answer: SectionAnswer | ErrorAnswer): object {
  if (answer.kind === 'error') return { error: errorJson(answer) };
  return { id: answer.id, heading: answer.heading, path: answer.path, page: answer.page, pages: answer.pages, text: answer.text, reportId: answer.report.id };
}

export function errorJson(answer: ErrorAnswer): object {
  return { code: answer.code, message: answer.message, suggestions: answer.suggestions.map((s) => ({ ref: s.ref, id: s.id, label: s.label })) };
}

/** The reports `hr reports --json` lists. */
export function reportsJson(reports: readonly ReportSummary[]): object {
  return { reports: reports.map(({ id, title, country, year, paragraphs }) => ({ id, title, country, year, paragraphs })) };
}

/** Any other answer, as it is. */
export function answerJson(answer: Answer): object {
  return answer.kind === 'error' ? { error: errorJson(answer) } : answer;
}

/** A fact as `hr fact` and `hr facts` print it. */
export function factJson({ id, text, citation }: Fact): { id: string; text: string; citation: string } {
  return { id, text, citation };
}
