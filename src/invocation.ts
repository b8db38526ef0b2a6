/**
 * Answers a parsed `/hr` invocation with the query service: the one routing table every adapter
 * shares, so Discord, Slack and the console behave the same.
 */
import type { Invocation } from '../commands/parse.js';
import { errorAnswer, type Answer } from './answers.js';
import type { ChannelRef, DailyFacts } from './daily/contract.js';
import type { QueryService } from './search/query-service.js';

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
  if (invocation.name === 'daily') return dailyCommand(invocation, context);
  if (invocation.name === 'fact' && context.daily && context.channel) return context.daily.factFor(context.channel);
  return answerFromService(service, invocation, context);
}

/** Answers at once with the query service alone (no daily facts): what the console needs. */
export function answerFromService(service: QueryService, invocation: Invocation, context: Pick<InvocationContext, 'limit'> = {}): Answer {
  switch (invocation.name) {
    case 'search':
      return service.search(invocation.query, context.limit ? { limit: context.limit } : {});
    case 'section':
      return readSection(service, invocation.ref, invocation.page);
    case 'sections':
      return service.sections();
    case 'help':
      return service.help();
    case 'fact':
      return service.fact();
    case 'daily':
      return noDailyHere();
  }
}

/** `section 2a 3` means page 3 of 2a when "2a 3" is not itself a section. */
function readSection(service: QueryService, ref: string, page?: number): Answer {
  const answer = service.section(ref, page ? { page } : {});
  const trailingPage = /^(.*\S)\s+(\d{1,3})$/.exec(ref.trim());
  if (answer.kind === 'error' && page === undefined && trailingPage) {
    const retry = service.section(trailingPage[1]!, { page: Number(trailingPage[2]) });
    if (retry.kind === 'section') return retry;
  }
  return answer;
}

async function dailyCommand(invocation: Extract<Invocation, { name: 'daily' }>, context: InvocationContext): Promise<Answer> {
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
  });
}

function noDailyHere(): Answer {
  return errorAnswer('bad-argument', 'Daily facts are posted to Discord or Slack channels: use `/hr daily` there. Here, `fact` shows one.');
}
