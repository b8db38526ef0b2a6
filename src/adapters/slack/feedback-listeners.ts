/**
 * Feedback on Slack: answers shown are recorded (with 👍/👎 on searches), a vote is counted once per
 * user and answer, and 👎 opens an optional form. Each handler acknowledges first, then stores.
 */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Answer } from '../../answers.js';
import { showingAnswer, type FeedbackService } from '../../feedback/service.js';
import type { Logger } from '../../log.js';
import { rateLimited, type AnsweringDeps } from './answering.js';
import { withApology, type InFlight } from './boundary.js';
import { answerIdOf, THANKS, VOTE_ACTION, whyView, withVoteButtons, WHY_INPUT, WHY_VIEW } from './feedback-render.js';
import { renderAnswer, type SlackMessage } from './render.js';
import type { ResponseOptions, ResponseUrlPoster } from './response-url.js';

export interface FeedbackDeps extends AnsweringDeps {
  feedback?: FeedbackService;
  logger: Logger;
  inFlight: InFlight;
  responder: ResponseUrlPoster;
}

/** An answer ready to send, and what to do once it is sent. */
export interface PresentedAnswer<M extends SlackMessage> {
  message: M;
  /** Stores the answer shown; errors are logged (the user already has the answer). */
  recorded(): Promise<void>;
}

/** Adds 👍/👎 to an answer that feedback records as a search; `recorded` stores it after sending. */
export function presentAnswer<M extends SlackMessage>(deps: FeedbackDeps, answer: Answer, message: M): PresentedAnswer<M> {
  const showing = showingAnswer(deps.feedback, answer, 'slack', deps.logger);
  return { message: showing.voteId ? withVoteButtons(message, showing.voteId) : message, recorded: showing.recorded };
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** 👍/👎: thanked privately (👎 also opens the form at once: its trigger lasts three seconds), then stored. */
export async function handleVote({ ack, action, body, client }: ButtonArgs, deps: FeedbackDeps): Promise<void> {
  await ack();
  const vote = action.action_id === VOTE_ACTION.down ? 'down' : 'up';
  const answerId = answerIdOf(action.value);
  const respond = (message: SlackMessage & ResponseOptions): Promise<void> => deps.responder.post(body.response_url, message);
  await withApology(
    deps.logger,
    { action: action.action_id, user: body.user.id },
    async () => {
      const refused = rateLimited(deps, body.user.id);
      if (refused) return respond({ response_type: 'ephemeral', replace_original: false, ...renderAnswer(refused, { audience: 'ephemeral' }) });
      if (vote === 'down' && answerId && deps.feedback) await client.views.open({ trigger_id: body.trigger_id, view: whyView(answerId) });
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderAnswer({ kind: 'notice', message: THANKS }, { audience: 'ephemeral' }) });
      if (!answerId || !deps.feedback) return;
      const outcome = await deps.feedback.vote(answerId, 'slack', body.user.id, vote);
      deps.logger.debug({ vote, outcome }, 'feedback: vote');
    },
    (apology) => respond({ response_type: 'ephemeral', replace_original: false, ...apology }),
  );
}

/** The 👎 form sent: closed at once, its text (if any) kept with the vote. */
export async function handleWhyForm({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs, deps: FeedbackDeps): Promise<void> {
  await ack();
  const answerId = answerIdOf(view.private_metadata);
  if (!answerId || !deps.feedback) return;
  try {
    const kept = await deps.feedback.comment(answerId, 'slack', body.user.id, view.state.values[WHY_INPUT]?.[WHY_INPUT]?.value);
    // Never the text itself: only whether something was kept.
    deps.logger.debug({ kept }, 'feedback: form sent');
  } catch (err) {
    deps.logger.error({ err, view: WHY_VIEW, user: body.user.id }, 'feedback: could not keep the form');
  }
}
