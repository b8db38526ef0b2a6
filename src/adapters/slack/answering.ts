/**
 * From what a Slack user typed or clicked to a platform-neutral answer: rate limit, parse, the
 * admin check for `daily on|off`, then the shared `answerInvocation`. No rendering, no replying.
 */
import type { webApi } from '@slack/bolt';
import { MAX_QUERY_LENGTH } from '../../../commands/hr.js';
import { parseCommandText, type ParseResult } from '../../../commands/parse.js';
import { errorAnswer, type Answer } from '../../answers.js';
import type { DailyFacts } from '../../daily/contract.js';
import { answerInvocation, factById, keepingReport } from '../../invocation.js';
import { invocationLabel, type CommandLabel } from '../../metrics.js';
import type { RateLimiter } from '../../rate-limit.js';
import type { QueryService } from '../../search/query-service.js';
import type { View } from './action-state.js';

/** What the handlers need to answer. */
export interface AnsweringDeps {
  service: QueryService;
  rateLimiter: RateLimiter;
  daily?: DailyFacts;
}

export interface Asker {
  userId: string;
  channelId: string;
}

/** Excerpts per page of search results. */
export const RESULTS_PER_PAGE = 3;

/** The per-user limit, shared with Discord through the same `RateLimiter` (keys `slack:<user>`). */
export function rateLimited(deps: AnsweringDeps, userId: string): Answer | undefined {
  const decision = deps.rateLimiter.take(`slack:${userId}`);
  if (decision.allowed) return undefined;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return errorAnswer('rate-limited', `You're asking faster than I can keep up. Please try again in ${seconds} s.`);
}

/** What a user typed after `/hr`, in a mention or a DM, parsed once for every use (answer, metrics, logs). */
export interface TypedText {
  text: string;
  /** Undefined when the text is too long to be worth parsing (answered "too long"). */
  parsed: ParseResult | undefined;
  /** The metrics and log label: the subcommand it parses to. */
  label: CommandLabel;
}

export function readTyped(text: string): TypedText {
  // Not parsed when too long: a mention or DM may be tens of kilobytes, and no command needs that much.
  const parsed = text.length > MAX_COMMAND_TEXT ? undefined : parseCommandText(text);
  return { text, parsed, label: invocationLabel(text, parsed) };
}

/** Whether answering needs a Web API call first (`daily on|off` checks who is asking). */
export function needsSlackLookup(deps: AnsweringDeps, { parsed }: TypedText): boolean {
  return deps.daily !== undefined && parsed?.ok === true && parsed.invocation.name === 'daily' && parsed.invocation.action !== 'status';
}

/** Answers the text after `/hr` (or after a mention, or in a DM). */
export async function answerText(deps: AnsweringDeps, client: webApi.WebClient, typed: TypedText, asker: Asker): Promise<Answer> {
  const limited = rateLimited(deps, asker.userId);
  if (limited) return limited;
  const parsed = typed.parsed;
  if (!parsed) return tooLong();
  if (!parsed.ok) return errorAnswer('bad-argument', parsed.message);
  const invocation = parsed.invocation;
  if (invocation.name === 'search' && invocation.query.length > MAX_QUERY_LENGTH) return tooLong();
  // The shared message for "no daily facts here" is written for the console; in Slack the feature is simply off.
  if (invocation.name === 'daily' && !deps.daily) {
    return errorAnswer('unknown-command', 'Daily facts are not switched on for this bot. `/hr fact` shows a fact now.');
  }
  // Only `daily on|off` needs to know who is asking; everything else skips the Web API call.
  const canManageChannel = needsSlackLookup(deps, typed) ? await isWorkspaceAdmin(client, asker.userId) : false;
  return answerInvocation(deps.service, invocation, {
    ...(deps.daily ? { daily: deps.daily } : {}),
    channel: { platform: 'slack', channelId: asker.channelId },
    canManageChannel,
    limit: RESULTS_PER_PAGE,
  });
}

/** Longest text after `/hr` (or a mention) worth parsing: the longest query plus a subcommand and options. */
const MAX_COMMAND_TEXT = MAX_QUERY_LENGTH + 100;

function tooLong(): Answer {
  return errorAnswer('query-too-long', `That question is too long: please keep it under ${MAX_QUERY_LENGTH} characters.`);
}

/** Reproduces the view a button names (paging, Share, a suggested section). */
export function answerView(deps: AnsweringDeps, view: View): Answer {
  switch (view.kind) {
    case 'search':
      return keepingReport(deps.service.search(view.query, { offset: view.offset, limit: RESULTS_PER_PAGE, ...reportOf(view) }), reportOf(view).report);
    case 'section':
      return keepingReport(deps.service.section(view.ref, { page: view.page, ...reportOf(view) }), reportOf(view).report);
    case 'sections':
      return keepingReport(deps.service.sections(reportOf(view).report), reportOf(view).report);
    case 'fact':
      return factById(deps.service, view.factId) ?? errorAnswer('expired', 'That fact is no longer in the report. Try `/hr fact` for another.');
  }
}

function reportOf(view: View): { report?: string } {
  return 'report' in view && view.report !== undefined ? { report: view.report } : {};
}

/** Workspace admins and owners may change a channel's daily facts (Slack has no per-channel "manage" right for apps to read). */
async function isWorkspaceAdmin(client: webApi.WebClient, userId: string): Promise<boolean> {
  const { user } = await client.users.info({ user: userId });
  return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
}
