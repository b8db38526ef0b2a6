/**
 * Answers as Discord messages: pure functions from the answer model to message payloads (embeds,
 * buttons), owning Discord's limits and escaping. Nothing here talks to Discord.
 */
import {
  ButtonStyle, ComponentType,
  type APIActionRowComponent, type APIApplicationCommandOptionChoice, type APIButtonComponent, type APIEmbed,
} from 'discord.js';
import type {
  Answer, ErrorAnswer, FactAnswer, HelpAnswer, NoticeAnswer, ReportInfo, ReportsAnswer, SearchAnswer, SectionAnswer, SectionsAnswer, SectionSuggestion,
} from '../../answers.js';
import { factSource, notCoveredLine, smallTalkReply } from '../../answers.js';
import type { ButtonAction } from './button-ids.js';
import { neutraliseMentions, plain, plainWithCode, renderSegments, stripUnsafe, truncate, userText, wellFormed } from './markdown.js';

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedAuthor: 256,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  embeds: 10,
  /** Sum of titles, descriptions, field names and values, footers and author names of all embeds. */
  embedsTotal: 6000,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Excerpts shown per search message. */
export const EXCERPTS_PER_MESSAGE = 3;
/** Brand colour of the embeds. */
const COLOR = 0x2b6cb0;

/** A message body the adapter can send as a reply, an update, a follow-up or a channel message. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  /** Always empty: nothing the bot sends pings anyone. */
  allowed_mentions: { parse: [] };
  /** Only the person who asked sees it (interactions only). */
  ephemeral: boolean;
}

export interface RenderOptions {
  /** `private` answers are ephemeral and offer Share; `public` ones are seen by the channel. */
  visibility: 'private' | 'public';
  /** Packs a button's action into its `custom_id`. */
  buttonId: (action: ButtonAction) => string;
  /** Who shared a public answer (a user id), shown as "shared by @user" without pinging them. */
  sharedBy?: string;
}

export function renderAnswer(answer: Answer, options: RenderOptions): DiscordMessage {
  switch (answer.kind) {
    case 'search':
      return renderSearchAnswer(answer, options);
    case 'section':
      return renderSectionAnswer(answer, options);
    case 'sections':
      return renderSectionsAnswer(answer, options);
    case 'reports':
      return renderReportsAnswer(answer, options);
    case 'fact':
      return renderFactAnswer(answer, options);
    case 'help':
      return renderHelpAnswer(answer, options);
    case 'notice':
      return renderNoticeAnswer(answer, options);
    case 'error':
      return renderErrorAnswer(answer);
  }
}

export function renderSearchAnswer(answer: SearchAnswer, options: RenderOptions): DiscordMessage {
  const query = `“${userText(truncate(answer.query, 300))}”`;
  const shared = options.sharedBy ? `Shared by <@${options.sharedBy}>: ` : '';
  if (answer.smallTalk) return message(options, plain(smallTalkReply(answer.report)));
  if (answer.hits.length === 0) {
    if (answer.total > 0) return message(options, `${shared}No more results for ${query}.`);
    const embeds = answer.suggestions.length ? [suggestionsEmbed('Sections worth a look', answer.suggestions)] : [];
    return message(options, `${shared}Nothing in the ${plain(answer.report.title)} matches ${query}.`, embeds);
  }

  const hits = answer.hits.slice(0, EXCERPTS_PER_MESSAGE);
  const first = answer.offset + 1;
  const last = answer.offset + hits.length;
  const content = answer.covered
    ? `${shared}**Results ${first}–${last} of ${answer.total}** for ${query}`
    : `${shared}${userText(notCoveredLine(truncate(answer.query, 300)))}\n**Closest passages ${first}–${last}**`;
  const footer = truncate(answer.report.title, LIMITS.embedFooter);
  const titles = hits.map((h) => truncate(titleText(h.citation), LIMITS.embedTitle));
  // Share the 6000-character budget fairly between the excerpts.
  const fixed = titles.reduce((n, t) => n + t.length, 0) + footer.length * hits.length;
  const perExcerpt = Math.min(LIMITS.embedDescription, Math.floor((LIMITS.embedsTotal - fixed) / hits.length));
  const embeds = hits.map((hit, i): APIEmbed => ({
    title: titles[i]!,
    ...(answer.report.sourceUrl ? { url: answer.report.sourceUrl } : {}),
    description: wellFormed(renderSegments(hit.segments, perExcerpt)),
    footer: { text: footer },
    color: COLOR,
  }));

  const buttons: APIButtonComponent[] = [];
  if (options.visibility === 'private') {
    buttons.push(button('Share in channel', options.buttonId({ action: 'share', query: answer.query, offset: answer.offset, ...inReport(answer) }), ButtonStyle.Primary));
  }
  if (answer.nextOffset !== undefined) {
    buttons.push(button('More results', options.buttonId({ action: 'more', query: answer.query, offset: answer.nextOffset, ...inReport(answer) }), ButtonStyle.Secondary));
  }
  return message(options, content, embeds, buttons);
}

export function renderSectionAnswer(answer: SectionAnswer, options: RenderOptions): DiscordMessage {
  const title = truncate(titleText(answer.label), LIMITS.embedTitle);
  const footer = truncate(`${answer.report.title} · page ${answer.page} of ${answer.pages}`, LIMITS.embedFooter);
  const fields = answer.page === 1 && answer.children.length
    ? [{ name: 'In this section', value: suggestionLines(answer.children, LIMITS.fieldValue) }]
    : [];
  const fieldsLength = fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const description = wellFormed(renderSegments(answer.segments, Math.min(LIMITS.embedDescription, LIMITS.embedsTotal - title.length - footer.length - fieldsLength)));
  const embed: APIEmbed = {
    title,
    ...(answer.report.sourceUrl ? { url: answer.report.sourceUrl } : {}),
    description,
    fields,
    footer: { text: footer },
    color: COLOR,
  };
  const buttons = answer.pages > 1
    ? [
        button('◀ Prev', options.buttonId({ action: 'page', ref: answer.ref, page: Math.max(1, answer.page - 1), ...inReport(answer) }), ButtonStyle.Secondary, answer.page <= 1),
        button('Next ▶', options.buttonId({ action: 'page', ref: answer.ref, page: Math.min(answer.pages, answer.page + 1), ...inReport(answer) }), ButtonStyle.Secondary, answer.page >= answer.pages),
      ]
    : [];
  return message(options, undefined, [embed], buttons);
}

export function renderSectionsAnswer(answer: SectionsAnswer, options: RenderOptions): DiscordMessage {
  const lines = answer.entries.map((e) => `${'\u2003'.repeat(e.depth)}${plain(e.label.split(' › ').at(-1) ?? e.label)} · \`${codeSafe(e.ref)}\``);
  const description = fitLines(lines, LIMITS.embedDescription, (rest) => `…and ${rest} more: try \`/hr section\` with a name.`);
  return message(options, undefined, [{
    title: truncate(`Sections of the ${titleText(answer.report.title)}`, LIMITS.embedTitle),
    description,
    footer: { text: readOneWith(answer) },
    color: COLOR,
  }]);
}

export function renderReportsAnswer(answer: ReportsAnswer, options: RenderOptions): DiscordMessage {
  const several = answer.reports.length > 1;
  const lines = answer.reports.map((r, i) => `**${plain(r.title)}** · \`${codeSafe(r.id)}\` · ${r.paragraphs} paragraphs${several && i === 0 ? ' · default' : ''}`);
  const description = fitLines(lines, LIMITS.embedDescription, (rest) => `…and ${rest} more: start typing in the \`report\` option to find one.`);
  return message(options, undefined, [{
    title: several ? `${answer.reports.length} reports` : 'The report',
    description,
    footer: { text: 'Choose one with the report option of /hr search, /hr section, /hr sections, /hr fact or /hr daily' },
    color: COLOR,
  }]);
}

/** How to read a listed section, in the report the person named when they named one. */
function readOneWith(answer: SectionsAnswer | ErrorAnswer): string {
  return `Read one with /hr section ref:<ref>${answer.chosenReport === undefined ? '' : ` report:${neutraliseMentions(stripUnsafe(truncate(answer.chosenReport, 100)))}`}`;
}

/** Choices for the `report` option: the title shown, the id sent back. */
export function renderReportChoices(reports: readonly ReportInfo[]): APIApplicationCommandOptionChoice<string>[] {
  return renderChoices(reports.map((r) => ({ ref: r.id, id: r.id, label: r.title })));
}

export function renderFactAnswer(answer: FactAnswer, options: RenderOptions): DiscordMessage {
  return message(options, undefined, [factEmbed(answer)]);
}

/** The embed a daily post and `/hr fact` show. */
export function factEmbed(answer: FactAnswer): APIEmbed {
  const footer = truncate(`${answer.fact.citation} · ${factSource(answer.report, answer.fact.text)}`, LIMITS.embedFooter);
  return {
    title: answer.date ? `Fact of the day · ${answer.date}` : 'A fact from the report',
    ...(answer.report.sourceUrl ? { url: answer.report.sourceUrl } : {}),
    description: truncate(plain(answer.fact.text), LIMITS.embedDescription),
    footer: { text: footer },
    color: COLOR,
  };
}

export function renderHelpAnswer(answer: HelpAnswer, options: RenderOptions): DiscordMessage {
  const lines = answer.commands.map((c) => `\`${codeSafe(c.usage)}\` — ${plain(c.description)}`);
  lines.push('', 'You can also mention me with a question, e.g. “@hr-bot how long can police hold a detainee?”, or ask me in a DM.');
  return message(options, undefined, [{
    title: 'How to use hr-bot',
    description: fitLines(lines, LIMITS.embedDescription, (rest) => `…and ${rest} more.`),
    color: COLOR,
  }]);
}

export function renderNoticeAnswer(answer: NoticeAnswer, options: RenderOptions): DiscordMessage {
  return message(options, truncate(plainWithCode(answer.message), LIMITS.content));
}

/** Errors are short, friendly and private; suggestions become a list the user can type back. */
export function renderErrorAnswer(answer: ErrorAnswer): DiscordMessage {
  const lines = [plainWithCode(answer.message)];
  const hint = answer.suggestions.length && answer.chosenReport !== undefined ? readOneWith(answer) : '';
  if (answer.suggestions.length) lines.push(suggestionLines(answer.suggestions, LIMITS.content - lines[0]!.length - hint.length - 10));
  if (hint) lines.push(hint);
  return {
    content: truncate(lines.join('\n'), LIMITS.content),
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
    ephemeral: true,
  };
}

/** Autocomplete choices: at most 25, names and values within 100 characters. */
export function renderChoices(suggestions: readonly SectionSuggestion[]): APIApplicationCommandOptionChoice<string>[] {
  return suggestions
    .filter((s) => s.ref.length > 0 && s.ref.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((s) => ({ name: truncate(stripUnsafeForName(s.label), LIMITS.choiceName), value: s.ref }));
}

/** Total embed characters of a message, as Discord counts them against the 6000 limit. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
      + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );
}

function message(options: RenderOptions, content: string | undefined, embeds: APIEmbed[] = [], buttons: APIButtonComponent[] = []): DiscordMessage {
  return {
    ...(content ? { content: truncate(content, LIMITS.content) } : {}),
    embeds: embeds.slice(0, LIMITS.embeds),
    components: buttons.length ? [{ type: ComponentType.ActionRow, components: buttons.slice(0, 5) }] : [],
    allowed_mentions: { parse: [] },
    ephemeral: options.visibility === 'private',
  };
}

function button(label: string, customId: string, style: ButtonStyle.Primary | ButtonStyle.Secondary, disabled = false): APIButtonComponent {
  return { type: ComponentType.Button, style, label: truncate(label, LIMITS.buttonLabel), custom_id: customId, disabled };
}

function suggestionsEmbed(title: string, suggestions: readonly SectionSuggestion[]): APIEmbed {
  return { title, description: suggestionLines(suggestions, LIMITS.embedDescription), footer: { text: 'Read one with /hr section ref:<ref>' }, color: COLOR };
}

function suggestionLines(suggestions: readonly SectionSuggestion[], max: number): string {
  const lines = suggestions.map((s) => `• ${plain(s.label.split(' › ').at(-1) ?? s.label)} · \`${codeSafe(s.ref)}\``);
  return fitLines(lines, max, (rest) => `…and ${rest} more`);
}

/** Joins whole lines within `max`, ending with a note of how many did not fit. */
function fitLines(lines: readonly string[], max: number, more: (rest: number) => string): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const next = out ? `${out}\n${lines[i]}` : lines[i]!;
    const note = i + 1 < lines.length ? `\n${more(lines.length - i - 1)}` : '';
    if (next.length + note.length > max) return `${out}\n${more(lines.length - i)}`.trim().slice(0, max);
    out = next;
  }
  return out;
}

/** The report a button keeps to: the one the person named, if any. */
function inReport(answer: SearchAnswer | SectionAnswer): { report?: string } {
  return answer.chosenReport === undefined ? {} : { report: answer.chosenReport };
}

/** Embed titles render markdown, so they are escaped like any other text. */
function titleText(text: string): string {
  return plain(text);
}

/** Choice names are shown as typed: no markdown, but still no control characters or mentions. */
function stripUnsafeForName(text: string): string {
  return neutraliseMentions(stripUnsafe(text));
}

/** Text inside a code span: backticks cannot be escaped there, so they go. */
function codeSafe(text: string): string {
  return plain(text).replace(/\\(.)/g, '$1').replace(/`/g, 'ʼ');
}
