/** Renders answers as terminal text: wrapped, with citations, bold answers and underlined matches in colour terminals. */
import { type Answer, type ErrorAnswer, factSource, notCoveredLine, type SearchAnswer, type SectionAnswer, type SectionsAnswer, type Segment, smallTalkReply } from '../../answers.js';
import type { ScoredFact } from '../../report/facts.js';
import type { ReportSummary } from '../../search/query-service.js';

export interface TerminalStyle {
  /** Use ANSI styles (bold, italic, underline, dim). */
  color: boolean;
  /** Wrap at this many columns. */
  width: number;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', italic: '\x1b[3m', underline: '\x1b[4m', reset: '\x1b[0m' };

/** Removes anything a terminal would interpret (escape sequences, other control characters). */
export function terminalSafe(s: string): string {
  return s.replace(/(?![\n\t])\p{Cc}/gu, '');
}

/**
 * The answer as terminal text. A last pass keeps only our own style codes, so no control character
 * from the report (a citation, a section label) can reach the terminal either.
 */
export function renderAnswer(answer: Answer, style: TerminalStyle): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return render(answer, style).replace(/\x1b(?!\[\d+m)|(?![\n\t\x1b])\p{Cc}/gu, '');
}

function render(answer: Answer, style: TerminalStyle): string {
  switch (answer.kind) {
    case 'search':
      return renderSearch(answer, style);
    case 'section':
      return renderSection(answer, style);
    case 'sections':
      return [
        `${answer.report.title}: sections`,
        ...answer.entries.map((e) => `${'  '.repeat(e.depth)}${e.label.split(' › ').at(-1)}  ${dim(`[${e.ref}]`, style)}`),
        '',
        dim(`Read one with: section <ref>${inReport(answer)}, e.g. section 2a${inReport(answer)}`, style),
      ].join('\n');
    case 'reports':
      return [renderReports(answer.reports), dim(`Name one with report:ID (or a country or year), e.g. search torture report:${terminalSafe(answer.example)}`, style)].join('\n');
    case 'fact':
      return [`${bold('Fact', style)}${answer.date ? ` for ${answer.date}` : ''}: ${terminalSafe(answer.fact.text)}`, dim(`— ${answer.fact.citation} · ${factSource(answer.report, answer.fact.text)}`, style)].join('\n');
    case 'help':
      return ['Commands (type them with or without /hr):', ...answer.commands.map((c) => `  ${c.usage.replace(/^\/hr /, '').padEnd(40)} ${c.description}`), '  more                                     Next results of the last search', '  next / prev                              Next or previous page of the last section', '  quit                                     Leave the console'].join('\n');
    case 'notice':
      return terminalSafe(answer.message);
    case 'error': {
      const lines = [terminalSafe(answer.message)];
      if (answer.suggestions.length) lines.push(...answer.suggestions.slice(0, 10).map((s) => `  ${s.label}  ${dim(`[${s.ref}]`, style)}`));
      if (answer.suggestions.length && answer.chosenReport !== undefined) lines.push('', dim(`Read one with: section <ref>${inReport(answer)}`, style));
      return lines.join('\n');
    }
  }
}

/** Every fact with its score, why it was kept and its id, for a maintainer deciding what to pin or drop. */
export function renderFactReview(facts: readonly ScoredFact[], style: TerminalStyle): string {
  const lines = facts.map((f, i) =>
    [`${bold(`${i + 1}.`, style)} ${wrap(terminalSafe(f.text), style.width, '    ').trimStart()}`, dim(`    score ${f.score} · ${terminalSafe(f.reason)}`, style), dim(`    ${terminalSafe(f.citation)}  [${f.id}]`, style)].join('\n'),
  );
  return [...lines, `${facts.length} facts. Pin or drop ids in facts-review.json next to the report.`].join('\n\n');
}

function renderSearch(answer: SearchAnswer, style: TerminalStyle): string {
  const q = terminalSafe(answer.query);
  if (answer.smallTalk) return terminalSafe(smallTalkReply(answer.report)).replace('/hr help', 'help');
  if (answer.hits.length === 0) {
    if (answer.total > 0) return `No more results for “${q}”.`;
    const lines = [`Nothing in ${searched(answer)} matches “${q}”.`];
    if (answer.suggestions.length) lines.push('These sections might help:', ...answer.suggestions.map((s) => `  ${s.label}  ${dim(`[${s.ref}]`, style)}`));
    return lines.join('\n');
  }
  const first = answer.offset + 1;
  const last = answer.offset + answer.hits.length;
  const out = answer.covered || answer.offset > 0 ? [] : [bold(notCoveredLine(q), style)];
  out.push(dim(`${answer.covered ? 'Results' : 'Closest passages'} ${first}–${last} of ${answer.total} for “${q}” — ${answer.reports ? searched(answer) : answer.report.title}`, style), '');
  answer.hits.forEach((hit, i) => {
    out.push(bold(`${first + i}. ${hit.citation}`, style));
    out.push(wrap(styled(hit.segments, style), style.width, '   '));
    out.push('');
  });
  if (answer.nextOffset !== undefined) out.push(dim('Type `more` for the next results.', style));
  return out.join('\n').trimEnd();
}

/** What a search looked through: the report, or how many when it looked across several. */
function searched(answer: SearchAnswer): string {
  return answer.reports ? `the ${answer.reports.length} reports` : `the ${answer.report.title}`;
}

/** `hr reports`: one line per report, the default first. */
export function renderReports(reports: readonly ReportSummary[]): string {
  return reports.map((r, i) => `${terminalSafe(r.title)}  [${terminalSafe(r.id)}]  ${r.paragraphs} paragraphs${i === 0 && reports.length > 1 ? '  (default)' : ''}`).join('\n');
}

function renderSection(answer: SectionAnswer, style: TerminalStyle): string {
  const out = [bold(answer.label, style), dim(`Page ${answer.page} of ${answer.pages} — ${answer.report.title}`, style), ''];
  out.push(wrap(styled(answer.segments, style), style.width, ''));
  if (answer.children.length && answer.page === 1) {
    out.push('', dim('In this section:', style), ...answer.children.map((c) => `  ${c.label.split(' › ').at(-1)}  ${dim(`[${c.ref}]`, style)}`));
  }
  const nav = [answer.page < answer.pages ? '`next` for page ' + (answer.page + 1) : '', answer.page > 1 ? '`prev` for page ' + (answer.page - 1) : ''].filter(Boolean);
  if (nav.length) out.push('', dim(`Type ${nav.join(', ')}.`, style));
  return out.join('\n');
}

function styled(segments: readonly Segment[], style: TerminalStyle): string {
  return segments
    .map((s) => {
      const text = terminalSafe(s.text);
      if (!style.color) return s.heading ? text.toUpperCase() : text;
      const codes = [s.answer || s.heading ? ANSI.bold : '', s.emphasis ? ANSI.italic : '', s.match || s.link ? ANSI.underline : ''].join('');
      return codes ? `${codes}${text}${ANSI.reset}` : text;
    })
    .join('');
}

/** Wraps each line at `width` visible columns (ANSI codes take no room), indenting every line. */
export function wrap(text: string, width: number, indent: string): string {
  // eslint-disable-next-line no-control-regex -- matching our own ANSI style codes is the point
  const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      const lines: string[] = [];
      let current = '';
      for (const word of words) {
        if (current && visible(current) + 1 + visible(word) + indent.length > width) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      lines.push(current);
      return lines.map((l) => indent + l).join('\n');
    })
    .join('\n');
}

function bold(s: string, style: TerminalStyle): string {
  return style.color ? `${ANSI.bold}${terminalSafe(s)}${ANSI.reset}` : terminalSafe(s);
}
function dim(s: string, style: TerminalStyle): string {
  return style.color ? `${ANSI.dim}${s}${ANSI.reset}` : s;
}

/** ` report:ID` when the person named the report, so a hint typed back keeps to it. */
function inReport(answer: SectionsAnswer | ErrorAnswer): string {
  return answer.chosenReport === undefined ? '' : ` report:${terminalSafe(answer.chosenReport)}`;
}
