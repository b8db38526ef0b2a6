/**
 * The Slack routing table: which handler answers what. Each handler acknowledges first, then
 * answers, renders and replies; all of them live below, one small function each.
 */
import type {
  AllMiddlewareArgs, AnyMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs, SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { errorAnswer, type Answer } from '../../answers.js';
import type { Logger } from '../../log.js';
import type { Metrics } from '../../metrics.js';
import { ACTION, decodeView } from './action-state.js';
import { answerText, answerView, needsSlackLookup, rateLimited, readTyped, type AnsweringDeps } from './answering.js';
import { type InFlight, withApology } from './boundary.js';
import { handleVote, handleWhyForm, presentAnswer, type FeedbackDeps } from './feedback-listeners.js';
import { VOTE_ACTION, WHY_VIEW } from './feedback-render.js';
import type { SeenRequests } from '../../daily/store.js';
import { renderAnswerCached as renderAnswer, type SlackMessage } from './render.js';
import type { ResponseOptions, ResponseUrlPoster } from './response-url.js';
import { postMessage, type RetryPolicy } from './web-api.js';

export interface ListenerDeps extends AnsweringDeps, FeedbackDeps {
  logger: Logger;
  inFlight: InFlight;
  /** Event ids already handled: Slack redelivers an event it thinks we missed, maybe to another instance. */
  handledEvents: SeenRequests;
  /** How long an event id is remembered. */
  eventMemoryMs: number;
  /** Posts answers to the `response_url` of commands and button clicks. */
  responder: ResponseUrlPoster;
  /** How thread and DM replies retry on 429/5xx. */
  retry?: RetryPolicy;
  metrics: Metrics;
}

export const COMMAND = '/hr';

/**
 * hr-bot routes every request itself, from one global middleware: Bolt runs every listener's
 * middleware chain on every request (an object spread and a few promises each, ~13 µs for the three
 * a slash command does not match), so the routing table below replaces Bolt's listeners. What it does
 * not handle goes on (`next`) to any listener registered on the app. Bolt's `ignoreSelf`, a global
 * middleware too, is off and its check is made in `routeEvent`.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use((args) => route(args, deps));
  app.error(async (err) => {
    deps.logger.error({ err }, 'Bolt reported an unhandled error');
  });
}

type RequestArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

/** The routing table: `/hr`, our buttons, the 👎 form, mentions and messages (what the manifest subscribes to). */
async function route(args: RequestArgs, deps: ListenerDeps): Promise<void> {
  if ('command' in args && args.command?.command === COMMAND) return deps.inFlight.track(handleHrCommand(args as CommandArgs, deps));
  if ('action' in args && args.body.type === 'block_actions') {
    const handle = buttonHandler((args.action as { action_id?: unknown }).action_id);
    if (handle) return deps.inFlight.track(handle(args as ButtonArgs, deps));
  }
  if ('view' in args && args.body.type === 'view_submission' && args.view.callback_id === WHY_VIEW) return deps.inFlight.track(handleWhyForm(args as FormArgs, deps));
  if ('event' in args && EVENT_TYPES.test(args.event.type)) return routeEvent(args as EventArgs, deps);
  await args.next();
}

/** Buttons by action id: the first pattern that matches handles the click. */
const BUTTONS: ReadonlyArray<readonly [RegExp, (args: ButtonArgs, deps: ListenerDeps) => Promise<void>]> = [
  [new RegExp(`^${ACTION.share}$`), handleShare],
  [new RegExp(`^(${ACTION.more}|${ACTION.back}|${ACTION.prev}|${ACTION.next}|${ACTION.open}_\\d+)$`), handleViewButton],
  [new RegExp(`^(${VOTE_ACTION.up}|${VOTE_ACTION.down})$`), handleVote],
];

function buttonHandler(actionId: unknown): ((args: ButtonArgs, deps: ListenerDeps) => Promise<void>) | undefined {
  return typeof actionId === 'string' ? BUTTONS.find(([pattern]) => pattern.test(actionId))?.[1] : undefined;
}

/** The events the app subscribes to (see the manifest). */
const EVENT_TYPES = /^(app_mention|message)$/;

type EventArgs = SlackEventMiddlewareArgs<'app_mention' | 'message'> & AllMiddlewareArgs;
type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A mention or a message event (Bolt has acked it already), unless it is our own or a redelivery. */
async function routeEvent(args: EventArgs, deps: ListenerDeps): Promise<void> {
  if (isOwnEvent(args)) return;
  if (!(await isFirstDelivery(args.body, deps))) return;
  await deps.inFlight.track(
    args.event.type === 'app_mention'
      ? handleMention(args as SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs, deps)
      : handleDirectMessage(args as SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs, deps),
  );
}

/** Bolt's `ignoreSelf`: the bot's own messages, and events the bot user caused, are not for us. */
function isOwnEvent({ event, context }: EventArgs): boolean {
  const { botId, botUserId } = context;
  if (event.type === 'message' && event.subtype === 'bot_message' && event.bot_id === botId) return true;
  return botUserId !== undefined && 'user' in event && event.user === botUserId;
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * `/hr …`, answered privately. The service answers in about a millisecond, so the answer goes back
 * in the acknowledgement itself (Slack's immediate response): one request instead of two, and the
 * answer shows at once. Only `daily on|off`, which must ask Slack who the user is, acks empty first
 * and answers through `response_url`, so Slack never waits on our own Web API call.
 */
async function handleHrCommand({ ack, command, client }: CommandArgs, deps: ListenerDeps): Promise<void> {
  const asker = { userId: command.user_id, channelId: command.channel_id };
  let acknowledged = false;
  const reply = async (message: SlackMessage & ResponseOptions): Promise<void> => {
    if (acknowledged) return responderFor(deps, command.response_url)(message);
    acknowledged = true;
    await ack(message);
  };
  const typed = readTyped(command.text);
  const request = deps.metrics.request('slack', typed.label);
  if (needsSlackLookup(deps, typed)) {
    acknowledged = true;
    await ack();
  }
  await withApology(
    deps.logger,
    { command: COMMAND, invocation: typed.label, user: asker.userId },
    async () => {
      const answer = await answerText(deps, client, typed, asker);
      if (answer.kind === 'error') deps.logger.info({ user: asker.userId, code: answer.code }, 'answered with an error');
      const shown = presentAnswer(deps, answer, renderAnswer(answer, { audience: 'ephemeral' }));
      await reply(privately(shown.message));
      request.answered(answer);
      await shown.recorded();
    },
    (apology) => (request.failed(), reply({ response_type: 'ephemeral', ...apology })),
  );
}

/** More/Previous results, Previous/Next page, a suggested section: the message is replaced in place. */
function handleViewButton(args: ButtonArgs, deps: ListenerDeps): Promise<void> {
  return answerClick(args, deps, (answer, body) => ({
    replace_original: true,
    ...renderAnswer(answer, { audience: body.container?.is_ephemeral === false ? 'public' : 'ephemeral' }),
  }));
}

/** Share in channel: the same view posted publicly, "shared by" the clicker; the private copy stays. */
function handleShare(args: ButtonArgs, deps: ListenerDeps): Promise<void> {
  return answerClick(args, deps, (answer, body) => ({
    response_type: 'in_channel',
    replace_original: false,
    ...renderAnswer(answer, { audience: 'shared', sharedBy: body.user.id }),
  }));
}

/** A button click: ack, answer the view its value names, and send what `present` makes of it. */
async function answerClick(
  { ack, action, body }: ButtonArgs,
  deps: ListenerDeps,
  present: (answer: Answer, body: ButtonArgs['body']) => SlackMessage & ResponseOptions,
): Promise<void> {
  await ack();
  const request = deps.metrics.request('slack', 'button');
  const respond = responderFor(deps, body.response_url);
  await withApology(
    deps.logger,
    { action: action.action_id, user: body.user.id },
    async () => {
      const answer = answerButton(deps, action.value, body.user.id);
      const shown = answer.kind === 'error' ? undefined : presentAnswer(deps, answer, present(answer, body));
      await (shown ? respond(shown.message) : tellAside(respond, answer));
      request.answered(answer);
      await shown?.recorded();
    },
    (apology) => (request.failed(), respond({ response_type: 'ephemeral', replace_original: false, ...apology })),
  );
}

/** The view a button names, answered again (buttons count against the rate limit like commands). */
function answerButton(deps: ListenerDeps, value: string | undefined, userId: string): Answer {
  const view = decodeView(value);
  return rateLimited(deps, userId) ?? (view ? answerView(deps, view) : errorAnswer('expired', 'That button no longer works. Run `/hr` again.'));
}

/** A failure after a click is told privately and leaves the message the button sits on as it was. */
async function tellAside(respond: Respond, answer: Answer): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, ...renderAnswer(answer, { audience: 'ephemeral' }) });
}

/** `@hr-bot question` in a channel: answered in a thread under the question. */
async function handleMention({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs, deps: ListenerDeps): Promise<void> {
  if (!event.user) return;
  const target = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
  const asker = { userId: event.user, channelId: event.channel };
  await answerInPublic(deps, client, target, asker, withoutMentions(event.text), 'app_mention');
}

/** A direct message to the bot: answered in the DM. Edits, joins and bot messages are ignored. */
async function handleDirectMessage({ event, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs, deps: ListenerDeps): Promise<void> {
  if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id || !event.user) return;
  const target = { channel: event.channel };
  const asker = { userId: event.user, channelId: event.channel };
  await answerInPublic(deps, client, target, asker, withoutMentions(event.text ?? ''), 'message.im');
}

/** A mention's or a DM's text answered where it was asked, with 👍/👎; an apology if answering fails. */
async function answerInPublic(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
  target: Parameters<typeof postMessage>[1],
  asker: { userId: string; channelId: string },
  text: string,
  event: 'app_mention' | 'message.im',
): Promise<void> {
  const typed = readTyped(text);
  const request = deps.metrics.request('slack', typed.label);
  await withApology(
    deps.logger,
    { event, user: asker.userId },
    async () => {
      const answer = await answerText(deps, client, typed, asker);
      const shown = presentAnswer(deps, answer, renderAnswer(answer, { audience: 'public' }));
      await postMessage(client, target, shown.message, deps.retry);
      request.answered(answer);
      await shown.recorded();
    },
    (apology) => (request.failed(), postMessage(client, target, apology, { attempts: 1 })),
  );
}

/**
 * Whether this Events API delivery's `event_id` is new (a redelivery of one we handled is dropped: Bolt
 * has acked it already). Keyed on the id rather than `x-slack-retry-num`, so a retry of a delivery that
 * never reached us is still answered.
 */
async function isFirstDelivery(body: unknown, deps: ListenerDeps): Promise<boolean> {
  const eventId = (body as { event_id?: unknown }).event_id;
  const now = Date.now();
  if (typeof eventId === 'string' && !(await deps.handledEvents.rememberOnce(`event:${eventId}`, now + deps.eventMemoryMs, now))) {
    deps.logger.debug({ eventId }, 'dropped a redelivered Slack event');
    return false;
  }
  return true;
}

type Respond = (message: SlackMessage & ResponseOptions) => Promise<void>;

const privateForms = new WeakMap<SlackMessage, SlackMessage & ResponseOptions>();

/**
 * A message shown only to the asker; the same (frozen) object for the same message, so that a popular
 * answer acked again is serialised once by the receiver.
 */
function privately(message: SlackMessage): SlackMessage & ResponseOptions {
  let form = privateForms.get(message);
  if (!form) privateForms.set(message, (form = Object.freeze({ response_type: 'ephemeral' as const, ...message })));
  return form;
}

/** Replies through the interaction's `response_url` (what Bolt's `respond()` does, on kept-alive connections). */
function responderFor(deps: ListenerDeps, responseUrl: string): Respond {
  return (message) => deps.responder.post(responseUrl, message);
}

/** Removes `<@U…>` mentions (the bot's own, mostly) so the rest reads as a command or question. */
function withoutMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
}
