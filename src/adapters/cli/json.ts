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
