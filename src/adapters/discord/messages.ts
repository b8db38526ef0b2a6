/**
 * Mentions and DMs: `@hr-bot how long can police hold a detainee?` is answered like `/hr`, in a
 * thread on the question when the channel allows one. Discord sends the content of these messages
 * without the privileged Message Content intent, so the bot asks for none.
 */
import { ChannelType, PermissionFlagsBits, type Message, type MessageCreateOptions } from 'discord.js';
import { parseCommandText } from '../../../commands/parse.js';
import { errorAnswer, type Answer } from '../../answers.js';
import { answerInvocation } from '../../invocation.js';
import { invocationLabel, type RequestMetrics } from '../../metrics.js';
import { APOLOGY, slowDown, tooLong, type HandlerContext } from './context.js';
import { presentAnswer } from './feedback-interactions.js';
import { neutraliseMentions, stripUnsafe, truncate } from './markdown.js';
import { renderAnswer, renderErrorAnswer, type DiscordMessage } from './render.js';

/** Channels where an answer gets its own thread. */
const THREADABLE = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement]);
const THREAD_NAME_MAX = 100;

export async function handleMessage(message: Message, ctx: HandlerContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  const isDm = message.channel.type === ChannelType.DM;
  // `users` holds direct mentions only: @everyone or a role the bot has does not summon it.
  if (!isDm && !message.mentions.users.has(botId)) return;

  let request: RequestMetrics | undefined;
  try {
    const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
    request = ctx.metrics.request('discord', invocationLabel(text));
    const answer = await answerText(text, message, ctx);
    if (answer.kind === 'error') ctx.logger.info({ messageId: message.id, code: answer.code }, 'mention answered with an error');
    const shown = presentAnswer(ctx, answer, renderAnswer(answer, { visibility: 'public', buttonId: (a) => ctx.buttonIds.encode(a) }));
    await deliver(message, shown.message, answer.kind === 'error' ? undefined : threadName(text));
    request.answered(answer);
    await shown.recorded();
  } catch (err) {
    request?.failed();
    ctx.logger.error({ err, messageId: message.id, channelId: message.channelId, userId: message.author.id }, 'mention failed');
    await message.reply(createOptions(renderErrorAnswer(APOLOGY))).catch((replyErr: unknown) => {
      ctx.logger.warn({ err: replyErr, messageId: message.id }, 'could not send the apology');
    });
  }
}

async function answerText(text: string, message: Message, ctx: HandlerContext): Promise<Answer> {
  const refused = slowDown(ctx, message.author.id);
  if (refused) return refused;
  const parsed = parseCommandText(text);
  if (!parsed.ok) return errorAnswer('bad-argument', parsed.message);
  return tooLong(parsed.invocation) ?? answerInvocation(ctx.service, parsed.invocation, {
    ...(ctx.daily ? { daily: ctx.daily } : {}),
    channel: { platform: 'discord', channelId: message.channelId },
    canManageChannel: message.member?.permissions.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false,
  });
}

/** In a new thread on the question when one fits (and we may create it), else as a reply. */
async function deliver(message: Message, rendered: DiscordMessage, thread: string | undefined): Promise<void> {
  const options = createOptions(rendered);
  if (thread && THREADABLE.has(message.channel.type)) {
    const created = await message.startThread({ name: thread }).catch(() => undefined);
    if (created) {
      await created.send(options);
      return;
    }
  }
  await message.reply(options);
}

function threadName(text: string): string {
  const name = truncate(neutraliseMentions(stripUnsafe(text)).replace(/\s+/g, ' ').trim(), THREAD_NAME_MAX);
  return name || 'hr-bot';
}

function createOptions(message: DiscordMessage): MessageCreateOptions & { allowedMentions: { parse: []; repliedUser: false } } {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}
