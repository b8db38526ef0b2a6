/**
 * The local console: the same `/hr` commands as in chat, typed in a terminal. With piped input it
 * reads one command per line and exits at the end of input, so it can be scripted.
 */
import { createInterface } from 'node:readline';
import { parseCommandText } from '../../../commands/parse.js';
import { errorAnswer, type Answer } from '../../answers.js';
import { answerFromService, keepingReport } from '../../invocation.js';
import type { Logger } from '../../log.js';
import type { QueryService } from '../../search/query-service.js';
import { renderAnswer, type TerminalStyle } from './render.js';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  logger?: Logger;
  /** Search results per answer. Default 3. */
  limit?: number;
}

/** What `more`, `next` and `prev` continue from. */
interface ConsoleState {
  search?: { query: string; nextOffset?: number; report?: string };
  section?: { id: string; page: number; pages: number; report?: string };
}

/** Runs until `quit` or the end of input. */
export async function runConsole(service: QueryService, options: ConsoleOptions): Promise<void> {
  const interactive = Boolean(options.input.isTTY && options.output.isTTY);
  const style: TerminalStyle = {
    color: interactive && !process.env.NO_COLOR,
    width: Math.min(Math.max(options.output.columns ?? 100, 40), 120),
  };
  const rl = createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive });
  const state: ConsoleState = {};
  const write = (s: string) => options.output.write(`${s}\n`);

  if (interactive) {
    const report = service.reports[0];
    write(`hr-bot console — ${report?.title ?? 'no report'}. Type \`help\` for commands, \`quit\` to leave.`);
    rl.setPrompt('hr> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (/^\/?(quit|exit)$/i.test(text)) break;
    if (text !== '') {
      write(renderAnswer(answerLine(service, text, state, options), style));
      if (!interactive) write('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

/** One console line → one answer; bugs become a short apology, logged with the line. */
export function answerLine(service: QueryService, text: string, state: ConsoleState, options: Pick<ConsoleOptions, 'logger' | 'limit'>): Answer {
  try {
    const answer = continuation(service, text.replace(/^\/?hr\s+/i, '').toLowerCase(), state, options.limit) ?? fresh(service, text, options.limit);
    remember(answer, state);
    return answer;
  } catch (err) {
    options.logger?.error({ err, line: text.slice(0, 200) }, 'console command failed');
    return errorAnswer('internal', 'Sorry, something went wrong with that command.');
  }
}

function fresh(service: QueryService, text: string, limit = 3): Answer {
  const parsed = parseCommandText(text);
  if (!parsed.ok) return errorAnswer('bad-argument', parsed.message);
  return answerFromService(service, parsed.invocation, { limit });
}

function continuation(service: QueryService, word: string, state: ConsoleState, limit = 3): Answer | undefined {
  if (word === 'more') {
    if (!state.search) return errorAnswer('bad-argument', 'Search for something first, then `more` shows further results.');
    if (state.search.nextOffset === undefined) return errorAnswer('bad-argument', 'That was the last of the results.');
    return keepingReport(service.search(state.search.query, { offset: state.search.nextOffset, limit, ...inReport(state.search.report) }), state.search.report);
  }
  if (word === 'next' || word === 'prev') {
    if (!state.section) return errorAnswer('bad-argument', 'Open a section first, e.g. `section 2a`.');
    const page = state.section.page + (word === 'next' ? 1 : -1);
    if (page < 1 || page > state.section.pages) return errorAnswer('bad-argument', `There is no page ${page}; this section has ${state.section.pages}.`);
    return keepingReport(service.section(state.section.id, { page, ...inReport(state.section.report) }), state.section.report);
  }
  return undefined;
}

function remember(answer: Answer, state: ConsoleState): void {
  if (answer.kind === 'search') {
    state.search = { query: answer.query, ...(answer.nextOffset !== undefined ? { nextOffset: answer.nextOffset } : {}), ...inReport(answer.chosenReport) };
  }
  if (answer.kind === 'section') state.section = { id: answer.id, page: answer.page, pages: answer.pages, ...inReport(answer.chosenReport) };
}

function inReport(report: string | undefined): { report?: string } {
  return report === undefined ? {} : { report };
}
