/**
 * 👍/👎 on Discord answers: the button row, the 👎 form (a modal), and their custom ids. Pure
 * functions: nothing here talks to Discord. The ids carry only the answer's random id, never a query.
 */
import { ButtonStyle, ComponentType, TextInputStyle, type APIButtonComponent, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Vote } from '../../feedback/store.js';
import { MAX_COMMENT_LENGTH } from '../../feedback/comment.js';
import type { DiscordMessage } from './render.js';

/** What a feedback component asks for: a vote, or the 👎 form's submission. */
export interface FeedbackAction {
  action: Vote | 'why';
  answerId: string;
}

/** The modal's text input. */
export const WHY_INPUT_ID = 'why';

const ID = /^hr:fb:(up|down|why):([A-Za-z0-9_-]{1,32})$/;

export function feedbackId(action: FeedbackAction): string {
  return `hr:fb:${action.action}:${action.answerId}`;
}

/** The feedback action behind a custom id, or undefined when it is not a feedback component. */
export function parseFeedbackId(customId: string): FeedbackAction | undefined {
  const m = ID.exec(customId);
  return m ? { action: m[1] as FeedbackAction['action'], answerId: m[2]! } : undefined;
}

/** The message with a 👍/👎 row added below its other buttons. */
export function withVoteButtons(message: DiscordMessage, answerId: string): DiscordMessage {
  const buttons: APIButtonComponent[] = [
    { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Helpful', emoji: { name: '👍' }, custom_id: feedbackId({ action: 'up', answerId }) },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Not helpful', emoji: { name: '👎' }, custom_id: feedbackId({ action: 'down', answerId }) },
  ];
  // Discord allows five rows; an answer uses at most one.
  return { ...message, components: [...message.components.slice(0, 4), { type: ComponentType.ActionRow, components: buttons }] };
}

/** The 👎 form: optional, bounded, and saying plainly what is kept. */
export function whyModal(answerId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: feedbackId({ action: 'why', answerId }),
    title: 'Thanks — noted',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{
          type: ComponentType.TextInput,
          custom_id: WHY_INPUT_ID,
          label: 'What were you looking for? (optional)',
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: MAX_COMMENT_LENGTH,
          placeholder: 'Only what you type here is stored: not your name, not your question.',
        }],
      },
    ],
  };
}

/** The private acknowledgement of a vote or a submitted form. */
export const THANKS = 'Thanks — noted.';
