/**
 * 👍/👎 on Slack answers as Block Kit: the vote buttons (their value is only the answer's random id)
 * and the 👎 form, a modal that says plainly what is kept. Pure functions.
 */
import type { types } from '@slack/bolt';
import { MAX_COMMENT_LENGTH } from '../../feedback/comment.js';
import { MAX_BLOCKS, type SlackMessage } from './render.js';

export const VOTE_ACTION = { up: 'hr_vote_up', down: 'hr_vote_down' } as const;
/** The 👎 form's `callback_id`, and its input's block and action id. */
export const WHY_VIEW = 'hr_feedback_why';
export const WHY_INPUT = 'why';

export const THANKS = 'Thanks — noted.';

const ANSWER_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** An answer id from a button value or a modal's metadata, or undefined when it is not one. */
export function answerIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && ANSWER_ID.test(value) ? value : undefined;
}

/** The message with a 👍/👎 row at the end (within Slack's block limit). */
export function withVoteButtons<M extends SlackMessage>(message: M, answerId: string): M {
  const row: types.ActionsBlock = {
    type: 'actions',
    block_id: 'hr_feedback',
    elements: [
      { type: 'button', action_id: VOTE_ACTION.up, value: answerId, text: { type: 'plain_text', text: '👍 Helpful', emoji: true } },
      { type: 'button', action_id: VOTE_ACTION.down, value: answerId, text: { type: 'plain_text', text: '👎 Not helpful', emoji: true } },
    ],
  };
  return { ...message, blocks: [...message.blocks.slice(0, MAX_BLOCKS - 1), row] };
}

/** The 👎 form: optional, bounded, saying that only what is typed is kept. */
export function whyView(answerId: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: WHY_VIEW,
    private_metadata: answerId,
    title: { type: 'plain_text', text: 'Thanks — noted' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Skip' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: 'Your 👎 is counted. If you like, say what you were looking for: it helps improve the answers.' } },
      {
        type: 'input',
        block_id: WHY_INPUT,
        optional: true,
        label: { type: 'plain_text', text: 'What were you looking for?' },
        hint: { type: 'plain_text', text: 'Only what you type here is stored: not your name, not your question.' },
        element: { type: 'plain_text_input', action_id: WHY_INPUT, multiline: true, max_length: MAX_COMMENT_LENGTH },
      },
    ],
  };
}
