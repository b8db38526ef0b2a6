/**
 * Interaction routing: `/hr` chat input, `ref` autocomplete and our buttons. Each handler reads the
 * input, asks the service, renders and replies; errors stop at `handleInteraction`.
 */
import {
  MessageFlags, PermissionFlagsBits,
  type ApplicationCommandOptionChoiceData, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction,
  type InteractionReplyOptions, type RepliableInteraction,
} from 'discord.js';
import { extractReport, type Invocation, type ParseResult } from '../../../commands/parse.js';
import { errorAnswer, type Answer } from '../../answers.js';
import { answerInvocation, keepingReport } from '../../invocation.js';
import { COMMAND_LABELS, type CommandLabel } from '../../metrics.js';
import type { ButtonAction } from './button-ids.js';
import { APOLOGY, EXPIRED, slowDown, tooLong, type HandlerContext } from './context.js';
import { chooseReport, matchingReports } from '../../search/report-choice.js';
import { answerVote, answerWhyForm, feedbackButton, presentAnswer } from './feedback-interactions.js';
import { renderAnswer, renderChoices, renderErrorAnswer, renderReportChoices, type DiscordMessage, type RenderOptions } from './render.js';

export async function handleInteraction(interaction: Interaction, shared: HandlerContext): Promise<void> {
  const started = Date.now();
  const label = commandLabel(interaction);
  const ctx = label ? { ...shared, request: shared.metrics.request('discord', label) } : shared;
  try {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, ctx);
    else if (interaction.isChatInputCommand() && interaction.commandName === 'hr') await answerCommand(interaction, ctx);
    else if (interaction.isButton()) await answerButton(interaction, ctx);
    else if (interaction.isModalSubmit()) await answerWhyForm(interaction, ctx);
    else return;
    ctx.logger.debug({ interactionId: interaction.id, type: interaction.type, ms: Date.now() - started }, 'interaction answered');
  } catch (err) {
    ctx.request?.failed();
    ctx.logger.error({ err, interactionId: interaction.id, type: interaction.type, userId: interaction.user.id }, 'interaction failed');
    await apologise(interaction).catch((apologyErr: unknown) => {
      ctx.logger.warn({ err: apologyErr, interactionId: interaction.id }, 'could not send the apology');
    });
  }
}

/** The `command` metrics label, or undefined for interactions that are not ours to count. */
function commandLabel(interaction: Interaction): CommandLabel | undefined {
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton()) return 'button';
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'hr') return undefined;
  const sub = interaction.options.getSubcommand(false);
  return COMMAND_LABELS.find((c) => c === sub) ?? 'help';
}

/**
 * Past this age a reply risks missing Discord's 3-second window, so the command is acknowledged
 * first and answered by editing. Younger ones get the answer at once: the service answers
 * synchronously in milliseconds. Daily-fact commands read the store, which may be a database
 * server (or down): they are always acknowledged first.
 */
const DEFER_AFTER_MS = 2000;

async function answerCommand(interaction: ChatInputCommandInteraction, ctx: HandlerContext): Promise<void> {
  const parsed = invocationOf(interaction);
  const invocation: Invocation = parsed.ok ? parsed.invocation : { name: 'help' };
  const readsStore = ctx.daily !== undefined && (invocation.name === 'daily' || invocation.name === 'fact');
  if (readsStore || Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS) {
    if (!readsStore) ctx.logger.info({ interactionId: interaction.id, ageMs: Date.now() - interaction.createdTimestamp }, 'late interaction: deferring');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  const refused = parsed.ok ? undefined : errorAnswer('bad-argument', parsed.message);
  const answer = slowDown(ctx, interaction.user.id) ?? refused ?? tooLong(invocation) ?? await answerInvocation(ctx.service, invocation, {
    ...(ctx.daily ? { daily: ctx.daily } : {}),
    channel: { platform: 'discord', channelId: interaction.channelId },
    canManageChannel: interaction.memberPermissions?.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false,
  });
  await answerWith(interaction, ctx, answer, 'private');
}

/**
 * Discord delivers the options already split; they become the same `Invocation` text commands parse
 * to. `report:…` typed into the query or the ref counts as the report option (help shows `[report:ID]`
 * as Slack takes it); the option itself wins.
 */
function invocationOf(interaction: ChatInputCommandInteraction): ParseResult {
  const o = interaction.options;
  const report = o.getString('report');
  const inReport = report ? { report } : {};
  const ok = (invocation: Invocation): ParseResult => ({ ok: true, invocation });
  switch (o.getSubcommand()) {
    case 'search':
      return withTypedReport(o.getString('query') ?? '', report, (query, named) => ({ name: 'search', query, ...named }));
    case 'section': {
      const page = o.getInteger('page');
      return withTypedReport(o.getString('ref') ?? '', report, (ref, named) => ({ name: 'section', ref, ...(page ? { page } : {}), ...named }));
    }
    case 'sections':
      return ok({ name: 'sections', ...inReport });
    case 'reports':
      return ok({ name: 'reports' });
    case 'fact':
      return ok({ name: 'fact', ...inReport });
    case 'daily': {
      const action = o.getString('action');
      const time = o.getString('time');
      const timezone = o.getString('timezone');
      return ok({
        name: 'daily',
        action: action === 'on' || action === 'off' ? action : 'status',
        ...(time ? { time } : {}),
        ...(timezone ? { timezone } : {}),
        ...inReport,
      });
    }
    default:
      return ok({ name: 'help' });
  }
}

function withTypedReport(text: string, option: string | null, build: (text: string, named: { report?: string }) => Invocation): ParseResult {
  const extracted = extractReport(text);
  if (!extracted.ok) return extracted;
  const report = option ?? extracted.report;
  return { ok: true, invocation: build(extracted.text, report ? { report } : {}) };
}

/** Autocomplete fires on every keystroke and must answer fast: it is not rate limited. */
async function answerAutocomplete(interaction: AutocompleteInteraction, ctx: HandlerContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).slice(0, 100);
  let choices: ApplicationCommandOptionChoiceData[] = [];
  if (focused.name === 'ref') {
    // Sections of the report already chosen in the same command, else of the default report.
    const chosen = chooseReport(ctx.service.reports, String(interaction.options.get('report')?.value ?? '').slice(0, 100));
    choices = renderChoices(ctx.service.suggest(typed, chosen.kind === 'one' ? chosen.report.id : undefined));
  } else if (focused.name === 'report') {
    choices = renderReportChoices(matchingReports(ctx.service.reports, typed));
  }
  await interaction.respond(choices);
}

async function answerButton(interaction: ButtonInteraction, ctx: HandlerContext): Promise<void> {
  const vote = feedbackButton(interaction);
  if (vote) return answerVote(interaction, ctx, vote);
  const action = ctx.buttonIds.decode(interaction.customId);
  if (action === undefined) return; // Not one of ours: another app's button on a shared message.
  if (action === 'expired') return answerWith(interaction, ctx, EXPIRED, 'private');
  const refused = slowDown(ctx, interaction.user.id);
  if (refused) return answerWith(interaction, ctx, refused, 'private');

  switch (action.action) {
    case 'share':
      return answerWith(interaction, ctx, keepingReport(ctx.service.search(action.query, { offset: action.offset, ...reportOf(action) }), action.report), 'public');
    case 'more':
      return pageOn(interaction, ctx, keepingReport(ctx.service.search(action.query, { offset: action.offset, ...reportOf(action) }), action.report));
    case 'page':
      return pageOn(interaction, ctx, keepingReport(ctx.service.section(action.ref, { page: action.page, ...reportOf(action) }), action.report));
  }
}

function reportOf(action: ButtonAction): { report?: string } {
  return action.report === undefined ? {} : { report: action.report };
}

/** On the clicker's own private message, the next page replaces it; on a public one, it goes to them privately. */
async function pageOn(interaction: ButtonInteraction, ctx: HandlerContext, answer: Answer): Promise<void> {
  if (answer.kind === 'error' || !interaction.message.flags.has(MessageFlags.Ephemeral)) {
    return answerWith(interaction, ctx, answer, 'private');
  }
  const shown = presentAnswer(ctx, answer, renderAnswer(answer, renderOptions(interaction, ctx, 'private')));
  await interaction.update({ ...messageOptions(shown.message), flags: undefined });
  ctx.request?.answered(answer);
  await shown.recorded();
}

/** Renders and sends an answer; expected failures get an info line naming the interaction. */
async function answerWith(interaction: RepliableInteraction, ctx: HandlerContext, answer: Answer, visibility: 'private' | 'public'): Promise<void> {
  if (answer.kind === 'error') ctx.logger.info({ interactionId: interaction.id, code: answer.code }, 'answered with an error');
  const shown = presentAnswer(ctx, answer, renderAnswer(answer, renderOptions(interaction, ctx, visibility)));
  await send(interaction, shown.message);
  ctx.request?.answered(answer);
  await shown.recorded();
}

function renderOptions(interaction: RepliableInteraction, ctx: HandlerContext, visibility: 'private' | 'public'): RenderOptions {
  return {
    visibility,
    buttonId: (a) => ctx.buttonIds.encode(a),
    // A public answer to a button is a share: say who shared it.
    ...(visibility === 'public' ? { sharedBy: interaction.user.id } : {}),
  };
}

/** Replies, or edits/follows up when the interaction was already acknowledged. */
async function send(interaction: RepliableInteraction, message: DiscordMessage): Promise<void> {
  const options = messageOptions(message);
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ ...options, flags: undefined });
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp(options);
  } else {
    await interaction.reply(options);
  }
}

async function apologise(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (interaction.isRepliable()) await send(interaction, renderErrorAnswer(APOLOGY));
}

function messageOptions(message: DiscordMessage): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    content: message.content ?? '',
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
