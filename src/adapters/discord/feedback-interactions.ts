/**
 * Feedback on Discord: answers shown are recorded (with 👍/👎 on searches), votes are counted once per
 * user and answer, and 👎 opens an optional form. Acknowledged first, stored after: the store may be a
 * database server, and Discord gives three seconds.
 */
import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { Answer } from '../../answers.js';
import { showingAnswer } from '../../feedback/service.js';
import { slowDown, type HandlerContext } from './context.js';
import { parseFeedbackId, THANKS, whyModal, withVoteButtons, WHY_INPUT_ID, type FeedbackAction } from './feedback-render.js';
import type { DiscordMessage } from './render.js';

/** An answer ready to send, and what to do once it is sent. */
export interface PresentedAnswer {
  message: DiscordMessage;
  /** Stores the answer shown (errors are logged, never shown: the user already has the answer). */
  recorded(): Promise<void>;
}

/** Adds 👍/👎 to an answer that feedback records as a search; `recorded` stores it after sending. */
export function presentAnswer(ctx: HandlerContext, answer: Answer, message: DiscordMessage): PresentedAnswer {
  const showing = showingAnswer(ctx.feedback, answer, 'discord', ctx.logger);
  return { message: showing.voteId ? withVoteButtons(message, showing.voteId) : message, recorded: showing.recorded };
}

/** The feedback action of a button, when it is one (a `why` button is forged: it is thanked and ignored). */
export function feedbackButton(interaction: ButtonInteraction): FeedbackAction | undefined {
  return parseFeedbackId(interaction.customId);
}

/** 👍: a private thank-you. 👎: the optional form. The vote is stored after either. */
export async function answerVote(interaction: ButtonInteraction, ctx: HandlerContext, action: FeedbackAction): Promise<void> {
  const feedback = ctx.feedback;
  const refused = slowDown(ctx, interaction.user.id);
  if (!feedback || refused || action.action === 'why') {
    await interaction.reply({ content: refused?.message ?? THANKS, flags: MessageFlags.Ephemeral });
    return;
  }
  if (action.action === 'down') await interaction.showModal(whyModal(action.answerId));
  else await interaction.reply({ content: THANKS, flags: MessageFlags.Ephemeral });
  const outcome = await feedback.vote(action.answerId, 'discord', interaction.user.id, action.action);
  ctx.logger.debug({ interactionId: interaction.id, vote: action.action, outcome }, 'feedback: vote');
}

/** The 👎 form sent: thanked at once, its text (if any) kept with the vote. */
export async function answerWhyForm(interaction: ModalSubmitInteraction, ctx: HandlerContext): Promise<void> {
  const action = parseFeedbackId(interaction.customId);
  if (!action || action.action !== 'why') return; // Not ours.
  await interaction.reply({ content: THANKS, flags: MessageFlags.Ephemeral });
  if (!ctx.feedback) return;
  const kept = await ctx.feedback.comment(action.answerId, 'discord', interaction.user.id, typedText(interaction));
  // Never the text itself: only whether something was kept.
  ctx.logger.debug({ interactionId: interaction.id, kept }, 'feedback: form sent');
}

function typedText(interaction: ModalSubmitInteraction): string {
  try {
    return interaction.fields.getTextInputValue(WHY_INPUT_ID);
  } catch {
    return ''; // A form without our field (forged, or from an older version): nothing to keep.
  }
}
