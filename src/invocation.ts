/**
 * Answers a parsed `/hr` invocation with the query service: the one routing table every adapter
 * shares, so Discord, Slack and the console behave the same.
 */
import type { Invocation } from '../commands/parse.js';
import { errorAnswer, type Answer, type ErrorAnswer, type FactAnswer, type ReportsAnswer, shortened } from './answers.js';
import type { ChannelRef, DailyFacts } from './daily/contract.js';
import type { QueryService } from './search/query-service.js';
import { chooseReport, shortReportName } from './search/report-choice.js';

export interface InvocationContext {
  /** Daily facts, when the platform supports them. */
  daily?: DailyFacts;
  /** The channel the command came from. */
  channel?: ChannelRef;
  /** Whether the user may change this channel's settings (checked by the adapter). */
  canManageChannel?: boolean;
  /** How many search results to show. */
  limit?: number;
}

/** Answers any invocation; async because daily facts read their store, which may be a database server. */
export async function answerInvocation(service: QueryService, invocation: Invocation, context: InvocationContext = {}): Promise<Answer> {
  if (invocation.name === 'daily') {
    const report = namedReport(service, invocation);
    return typeof report === 'object' ? report : dailyCommand(invocation, context, report);
  }
  if (invocation.name === 'fact' && invocation.report === undefined && context.daily && context.channel) return context.daily.factFor(context.channel);
  return answerFromService(service, invocation, context);
}

/** Answers at once with the query service alone (no daily facts): what the console needs. */
export function answerFromService(service: QueryService, invocation: Invocation, context: Pick<InvocationContext, 'limit'> = {}): Answer {
  const report = namedReport(service, invocation);
  if (typeof report === 'object') return report;
  const inReport = report === undefined ? {} : { report };
  switch (invocation.name) {
    case 'search':
      return keepingReport(service.search(invocation.query, { ...(context.limit ? { limit: context.limit } : {}), ...inReport }), report);
    case 'section':
      return keepingReport(readSection(service, invocation.ref, invocation.page, report), report);
    case 'sections':
      return keepingReport(service.sections(report), report);
    case 'reports':
      return reportsAnswer(service);
    case 'help':
      return service.help();
    case 'fact':
      return service.fact(inReport);
    case 'daily':
      return noDailyHere();
  }
}

/**
 * A fact by the id a daily post or a Share button carries: the report's own id, or
 * `<report id>/<fact id>` when several reports are loaded (see `daily/fact-pool.ts`).
 */
export function factById(service: QueryService, id: string): FactAnswer | undefined {
  for (const report of service.reports) {
    const own = id.startsWith(`${report.id}/`) ? id.slice(report.id.length + 1) : id;
    const fact = service.facts(report.id).find((f) => f.id === own);
    if (fact) return { kind: 'fact', report, fact: { ...fact, id } };
  }
  return undefined;
}

/** The reports loaded, the default first, with an example naming another than the default (it needs no naming). */
export function reportsAnswer(service: QueryService): ReportsAnswer {
  const reports = service.reports;
  const example = reports[1] ?? reports[0];
  return { kind: 'reports', reports: reports.map((r) => ({ ...r })), example: example ? shortReportName(reports, example) : 'ID' };
}

/**
 * The id of the report an invocation names (`report:2018`, Discord's `report` option), undefined
 * when it names none, or a kind refusal when no report, or more than one, fits what was typed.
 */
export function namedReport(service: QueryService, invocation: Invocation): string | undefined | ErrorAnswer {
  const typed = 'report' in invocation ? invocation.report : undefined;
  if (typed === undefined) return undefined;
  const choice = chooseReport(service.reports, typed);
  const shown = shortened(typed.trim(), 40);
  switch (choice.kind) {
    case 'one':
      return choice.report.id;
    case 'none':
      return errorAnswer('unknown-report', `There is no report “${shown}”. \`/hr reports\` lists the reports I have; name one by its id, country or year.`);
    case 'several': {
      const listed = choice.reports.slice(0, 5).map((r) => `${r.title} (${r.id})`).join('; ');
      const more = choice.reports.length > 5 ? ` and ${choice.reports.length - 5} more` : '';
      return errorAnswer('unknown-report', `“${shown}” fits ${choice.reports.length} reports: ${listed}${more}. Name one, e.g. report:${choice.reports[0]!.id}.`);
    }
  }
}

/**
 * Marks an answer with the report the person named, so its buttons (more results, next page, the
 * sections an unknown-section error suggests) keep to that report.
 */
export function keepingReport(answer: Answer, report: string | undefined): Answer {
  const continued = answer.kind === 'search' || answer.kind === 'section' || answer.kind === 'sections' || answer.kind === 'error';
  return report !== undefined && continued ? { ...answer, chosenReport: report } : answer;
}

/** `section 2a 3` means page 3 of 2a when "2a 3" is not itself a section. */
function readSection(service: QueryService, ref: string, page: number | undefined, report: string | undefined): Answer {
  const inReport = report === undefined ? {} : { report };
  const answer = service.section(ref, page ? { page, ...inReport } : inReport);
  const trailingPage = /^(.*\S)\s+(\d{1,3})$/.exec(ref.trim());
  if (answer.kind === 'error' && page === undefined && trailingPage) {
    const retry = service.section(trailingPage[1]!, { page: Number(trailingPage[2]), ...inReport });
    if (retry.kind === 'section') return retry;
  }
  return answer;
}

async function dailyCommand(invocation: Extract<Invocation, { name: 'daily' }>, context: InvocationContext, report: string | undefined): Promise<Answer> {
  const { daily, channel } = context;
  if (!daily || !channel) return noDailyHere();
  if (invocation.action === 'status') return daily.status(channel);
  if (!context.canManageChannel) {
    return errorAnswer('not-allowed', 'Only people who can manage this channel can turn daily facts on or off.');
  }
  if (invocation.action === 'off') return daily.unsubscribe(channel);
  return daily.subscribe(channel, {
    ...(invocation.time ? { time: invocation.time } : {}),
    ...(invocation.timezone ? { timezone: invocation.timezone } : {}),
    ...(report !== undefined ? { report } : {}),
  });
}

function noDailyHere(): Answer {
  return errorAnswer('bad-argument', 'Daily facts are posted to Discord or Slack channels: use `/hr daily` there. Here, `fact` shows one.');
}

