/**
 * Answers rendered as Slack Block Kit messages. Pure functions: this file owns Slack's limits
 * (blocks, characters) and its escaping, and is tested on its own.
 */
import type { types } from '@slack/bolt';
import type {
  Answer, ErrorAnswer, Excerpt, FactAnswer, HelpAnswer, NoticeAnswer, ReportsAnswer, SearchAnswer, SectionAnswer, SectionsAnswer,
  SectionSuggestion, Segment,
} from '../../answers.js';
import { factSource, notCoveredLine, smallTalkReply } from '../../answers.js';
import { ACTION, encodeView, type View } from './action-state.js';
import { escapeMrkdwn, escapeUserText, oneLine, renderSegments, stripControl, truncate } from './mrkdwn.js';

type Block = types.KnownBlock;
type Button = types.Button;

/** A message ready for `respond()` or `chat.postMessage`. */
export interface SlackMessage {
  /** Notification and fallback text (escaped mrkdwn). */
  text: string;
  blocks: Block[];
}

/** Who sees the message decides its buttons. */
export interface RenderOptions {
  /**
   * `ephemeral`: only the asker sees it (slash command): paging buttons and Share in channel.
   * `public`: a thread reply or a DM: paging buttons only. `shared`: posted by Share: no buttons.
   */
  audience: 'ephemeral' | 'public' | 'shared';
  /** For `shared`: the Slack user id of whoever shared it. */
  sharedBy?: string;
}

/** Slack refuses messages with more blocks than this. */
export const MAX_BLOCKS = 50;
/** Slack's limit on a section block's text. */
export const MAX_SECTION_TEXT = 3000;
/**
 * Our budget for a message's serialized blocks. Slack answers `msg_blocks_too_long` somewhere near
 * 13k characters without documenting the exact figure, so we stay well under it.
 */
export const MAX_BLOCKS_JSON = 11_000;
const MAX_HEADER_TEXT = 150;
const MAX_BUTTON_TEXT = 75;
const MAX_OPEN_BUTTONS = 5;

const rendered = new WeakMap<Answer, Map<string, SlackMessage>>();

/**
 * `renderAnswer`, remembered per answer object: cached answers (see `cached-service.ts`) come back
 * as the same object, and rendering is pure, so popular answers are rendered once.
 */
export function renderAnswerCached(answer: Answer, options: RenderOptions): SlackMessage {
  const key = `${options.audience}:${options.sharedBy ?? ''}`;
  let byOptions = rendered.get(answer);
  if (!byOptions) rendered.set(answer, (byOptions = new Map()));
  let message = byOptions.get(key);
  if (!message) byOptions.set(key, (message = renderAnswer(answer, options)));
  return message;
}

/** Renders any answer for Slack. */
export function renderAnswer(answer: Answer, options: RenderOptions): SlackMessage {
  switch (answer.kind) {
    case 'search':
      return renderSearch(answer, options);
    case 'section':
      return renderSection(answer, options);
    case 'sections':
      return renderSections(answer, options);
    case 'reports':
      return renderReports(answer);
    case 'fact':
      return renderFact(answer, options);
    case 'help':
      return renderHelp(answer, options);
    case 'error':
      return renderError(answer);
    case 'notice':
      return renderNotice(answer);
  }
}

export function renderSearch(answer: SearchAnswer, options: RenderOptions): SlackMessage {
  const query = escapeUserText(truncate(oneLine(answer.query), 300));
  const title = escapeMrkdwn(answer.report.title);
  if (answer.smallTalk) {
    const reply = escapeMrkdwn(smallTalkReply(answer.report));
    return fit(reply, [mrkdwnSection(reply)], [], []);
  }
  if (answer.hits.length === 0) {
    const head = [mrkdwnSection(`Nothing in the report matched “${query}”.`)];
    if (answer.suggestions.length) head.push(context('Sections worth a look:'));
    const tail = openButtons(answer.suggestions, inReport(answer));
    return fit(`Nothing matched “${query}”`, head, [], tail);
  }
  const first = answer.offset + 1;
  const last = answer.offset + answer.hits.length;
  const head = [
    mrkdwnSection(answer.covered ? `*Results for* “${query}”` : `*${escapeUserText(notCoveredLine(truncate(oneLine(answer.query), 300)))}*`),
    context(`Showing ${first}–${last} of ${answer.total} · _${title}_`),
  ];
  const body = answer.hits.map((hit) => excerptBlocks(hit));
  const here: View = { kind: 'search', query: answer.query, offset: answer.offset, ...inReport(answer) };
  const paging: Button[] = [];
  if (options.audience !== 'shared') {
    if (answer.offset > 0) {
      const back = Math.max(0, answer.offset - Math.max(1, answer.limit));
      paging.push(button('Previous results', ACTION.back, { kind: 'search', query: answer.query, offset: back, ...inReport(answer) }));
    }
    if (answer.nextOffset !== undefined) {
      paging.push(button('More results', ACTION.more, { kind: 'search', query: answer.query, offset: answer.nextOffset, ...inReport(answer) }));
    }
  }
  const tail = [...sharedByRow(options), ...actionsRow([...paging, ...shareButton(options, here)])];
  return fit(`Results for “${query}” (${first}–${last} of ${answer.total})`, head, body, tail);
}

function excerptBlocks(hit: Excerpt): Block[] {
  const terms = hit.matchedTerms.length ? ` · matched: ${hit.matchedTerms.map((t) => `*${escapeMrkdwn(oneLine(t))}*`).join(', ')}` : '';
  return [...segmentSections(hit.segments), context(`${escapeMrkdwn(hit.citation)}${terms}`)];
}

export function renderSection(answer: SectionAnswer, options: RenderOptions): SlackMessage {
  const head: Block[] = [header(answer.label)];
  const body = [segmentSections(answer.segments.length ? answer.segments : [{ text: answer.text }])];
  const title = escapeMrkdwn(answer.report.title);
  const where = context(`Page ${answer.page} of ${answer.pages} · _${title}_`);
  const paging: Button[] = [];
  if (options.audience !== 'shared') {
    if (answer.page > 1) paging.push(button('◀ Previous page', ACTION.prev, { kind: 'section', ref: answer.ref, page: answer.page - 1, ...inReport(answer) }));
    if (answer.page < answer.pages) paging.push(button('Next page ▶', ACTION.next, { kind: 'section', ref: answer.ref, page: answer.page + 1, ...inReport(answer) }));
  }
  const here: View = { kind: 'section', ref: answer.ref, page: answer.page, ...inReport(answer) };
  const children = options.audience === 'shared' ? [] : openButtons(answer.children, inReport(answer));
  const tail = [where, ...sharedByRow(options), ...actionsRow([...paging, ...shareButton(options, here)]), ...children];
  const label = escapeMrkdwn(oneLine(answer.label));
  return fit(`${label} (page ${answer.page} of ${answer.pages})`, head, body, tail);
}

export function renderSections(answer: SectionsAnswer, options: RenderOptions): SlackMessage {
  const lines = answer.entries.map((e) => `${'    '.repeat(Math.max(0, e.depth))}\`${escapeMrkdwn(oneLine(e.ref))}\` ${escapeMrkdwn(oneLine(e.label))}`);
  const head = [header(`Sections of ${answer.report.title}`)];
  const body = [textSections(lines.join('\n'))];
  const tail = [
    context(`Read one with \`/hr section <ref>${named(answer)}\`, e.g. \`/hr section 2a${named(answer)}\`.`),
    ...sharedByRow(options),
    ...actionsRow(shareButton(options, { kind: 'sections', ...inReport(answer) })),
  ];
  return fit(`Sections of ${escapeMrkdwn(answer.report.title)}`, head, body, tail);
}

/** The report a button keeps to: the one the person named, if any. */
function inReport(answer: SearchAnswer | SectionAnswer | SectionsAnswer | ErrorAnswer): { report?: string } {
  return answer.chosenReport === undefined ? {} : { report: answer.chosenReport };
}

/** ` report:ID` when the person named the report, so a hint typed back keeps to it. */
function named(answer: SectionsAnswer): string {
  return answer.chosenReport === undefined ? '' : ` report:${escapeMrkdwn(oneLine(answer.chosenReport))}`;
}

export function renderReports(answer: ReportsAnswer): SlackMessage {
  const several = answer.reports.length > 1;
  const lines = answer.reports.map((r, i) => `*${escapeMrkdwn(oneLine(r.title))}* \`${escapeMrkdwn(oneLine(r.id))}\` · ${r.paragraphs} paragraphs${several && i === 0 ? ' · default' : ''}`);
  const title = several ? `${answer.reports.length} reports` : 'The report';
  const head = [header(title)];
  const body = [textSections(lines.join('\n'))];
  const tail = [context(`Name one with \`report:ID\`, a country or a year, e.g. \`/hr search torture report:${escapeMrkdwn(oneLine(answer.example))}\`.`)];
  return fit(title, head, body, tail);
}

export function renderFact(answer: FactAnswer, options: RenderOptions): SlackMessage {
  const heading = answer.date ? `:bulb: *Fact of the day* (${escapeMrkdwn(answer.date)})` : ':bulb: *A fact from the report*';
  const text = escapeMrkdwn(answer.fact.text);
  const head = [mrkdwnSection(heading)];
  const body = [[mrkdwnSection(truncate(text, MAX_SECTION_TEXT)), context(`${escapeMrkdwn(answer.fact.citation)} · _${escapeMrkdwn(factSource(answer.report, answer.fact.text))}_`)]];
  const tail = [...sharedByRow(options), ...actionsRow(shareButton(options, { kind: 'fact', factId: answer.fact.id }))];
  return fit(truncate(text, 300), head, body, tail);
}

export function renderHelp(answer: HelpAnswer, options: RenderOptions = { audience: 'ephemeral' }): SlackMessage {
  const lines = answer.commands.map(({ usage, description }) => {
    const typed = usage.startsWith('/') ? usage : `/hr ${usage}`;
    return `\`${escapeMrkdwn(typed)}\` — ${escapeMrkdwn(description)}`;
  });
  const privacy = options.audience === 'ephemeral' ? ' Answers to `/hr` are visible only to you until you share them.' : '';
  const head = [mrkdwnSection(`*Ask the human rights report.*${privacy}`)];
  const tail = [context('Mention @hr-bot with a question in a channel, or send it a direct message.')];
  return fit('How to use hr-bot', head, [textSections(lines.join('\n'))], tail);
}

export function renderError(answer: ErrorAnswer): SlackMessage {
  // Messages quote what the user typed (an unknown section, a time zone).
  const message = escapeUserText(answer.message);
  const head = [mrkdwnSection(truncate(`:warning: ${message}`, MAX_SECTION_TEXT))];
  if (answer.suggestions.length) head.push(context('Did you mean:'));
  return fit(message, head, [], openButtons(answer.suggestions, inReport(answer)));
}

export function renderNotice(answer: NoticeAnswer): SlackMessage {
  // Messages quote what the user typed (an unknown section, a time zone).
  const message = escapeUserText(answer.message);
  return fit(message, [mrkdwnSection(truncate(message, MAX_SECTION_TEXT))], [], []);
}

/** The short apology shown when something broke on our side (details go to the log, not the user). */
export function renderApology(): SlackMessage {
  return renderNotice({ kind: 'notice', message: 'Sorry, something went wrong on our side. Please try again in a moment.' });
}

// ---------------------------------------------------------------------------------------------
// Limits

/**
 * Assembles head, body groups and tail within Slack's limits: whole body groups are kept while they
 * fit; the first that does not is cut to what fits and the rest dropped, with a note saying so.
 * Head and tail (navigation, Share) are always kept.
 */
function fit(text: string, head: Block[], body: Block[][], tail: Block[]): SlackMessage {
  const note = context('_The rest is cut here: Slack cannot show this much text in one message._');
  const reserve = size([note]) + 2;
  let blocks = [...head];
  let used = size(head) + size(tail);
  let cut = false;
  for (const group of body) {
    if (cut) break;
    for (const block of group) {
      const extra = size([block]) + 1;
      if (blocks.length + tail.length + 2 <= MAX_BLOCKS && used + extra + reserve <= MAX_BLOCKS_JSON) {
        blocks.push(block);
        used += extra;
        continue;
      }
      const shortened = shorten(block, MAX_BLOCKS_JSON - used - reserve - 1);
      if (shortened && blocks.length + tail.length + 2 <= MAX_BLOCKS) blocks.push(shortened);
      cut = true;
      break;
    }
  }
  if (cut) blocks.push(note);
  blocks = [...blocks, ...tail];
  return { text: truncate(text, 300), blocks };
}

function size(blocks: Block[]): number {
  return JSON.stringify(blocks).length;
}

/**
 * A section block cut (at a line or word) so it serializes within `budget` characters and its text
 * within the section limit, if that leaves something. A character may take two in JSON (a quote, a
 * backslash, a newline), so the cut is checked by serializing it and made shorter by what it
 * overran; the closing markers and " …" it adds take at most four characters.
 */
function shorten(block: Block, budget: number): Block | undefined {
  if (block.type !== 'section' || !block.text) return undefined;
  const overhead = size([{ ...block, text: { ...block.text, text: '' } }]);
  let room = Math.min(MAX_SECTION_TEXT - 4, Math.floor((budget - overhead) * 0.9));
  while (room >= 200) {
    let cutAt = block.text.text.slice(0, room);
    const breakAt = Math.max(cutAt.lastIndexOf('\n'), cutAt.lastIndexOf(' '));
    if (breakAt > room / 2) cutAt = cutAt.slice(0, breakAt);
    const shortened = mrkdwnSection(`${closeStyles(cutAt.trimEnd())} …`);
    const over = size([shortened]) - budget;
    if (over <= 0) return shortened;
    room -= over;
  }
  return undefined;
}

/** Drops a dangling half entity and closes an unbalanced `*`/`_` left by a cut. */
function closeStyles(text: string): string {
  let t = text.replace(/&[a-z]{0,4}$/, '');
  // Do not leave a half-open link `<url|text` behind.
  const open = t.lastIndexOf('<');
  if (open > t.lastIndexOf('>')) t = t.slice(0, open);
  const lastLine = t.slice(t.lastIndexOf('\n') + 1);
  if ((lastLine.match(/\*/g) ?? []).length % 2) t = `${t.trimEnd()}*`;
  if ((lastLine.match(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g) ?? []).length % 2) t = `${t.trimEnd()}_`;
  return t;
}

/** Plain text split into section blocks of at most `MAX_SECTION_TEXT` characters, at line breaks. */
function textSections(text: string): Block[] {
  return packLines(text.split('\n'), '\n').map((t) => mrkdwnSection(t));
}

/**
 * Styled paragraphs as section blocks: paragraphs (separated by blank lines) are packed together
 * up to the section limit; a paragraph too long on its own is split at a space first.
 */
function segmentSections(segments: readonly Segment[]): Block[] {
  const paragraphs = splitParagraphs(segments).flatMap((p) => splitToFit(p)).map((p) => renderSegments(p).trim()).filter(Boolean);
  return packLines(paragraphs, '\n\n').map((t) => mrkdwnSection(t));
}

function packLines(pieces: string[], joiner: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current === '' ? piece : `${current}${joiner}${piece}`;
    if (candidate.length <= MAX_SECTION_TEXT) {
      current = candidate;
      continue;
    }
    if (current !== '') out.push(current);
    current = truncate(piece, MAX_SECTION_TEXT);
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

function splitParagraphs(segments: readonly Segment[]): Segment[][] {
  const paragraphs: Segment[][] = [[]];
  for (const segment of segments) {
    const parts = segment.text.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part !== '') paragraphs[paragraphs.length - 1]!.push({ ...segment, text: part });
    });
  }
  return paragraphs.filter((p) => p.some((s) => s.text.trim() !== ''));
}

/** Halves a paragraph at a space until each half renders within the section limit. */
function splitToFit(paragraph: Segment[]): Segment[][] {
  if (renderSegments(paragraph).length <= MAX_SECTION_TEXT) return [paragraph];
  const plain = paragraph.map((s) => s.text).join('');
  let at = plain.lastIndexOf(' ', Math.floor(plain.length / 2));
  if (at <= 0) at = Math.floor(plain.length / 2);
  const left: Segment[] = [];
  const right: Segment[] = [];
  let pos = 0;
  for (const s of paragraph) {
    const end = pos + s.text.length;
    if (end <= at) left.push(s);
    else if (pos >= at) right.push(s);
    else {
      left.push({ ...s, text: s.text.slice(0, at - pos) });
      right.push({ ...s, text: s.text.slice(at - pos) });
    }
    pos = end;
  }
  return [...splitToFit(left), ...splitToFit(right)];
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** `verbatim` stops Slack from turning bare names, channels and URLs in report text into links or mentions. */
function mrkdwnSection(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT), verbatim: true }] };
}

function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: truncate(oneLine(stripControl(text)), MAX_HEADER_TEXT), emoji: false } };
}

function button(label: string, actionId: string, view: View): Button {
  return { type: 'button', text: { type: 'plain_text', text: truncate(oneLine(label), MAX_BUTTON_TEXT), emoji: true }, action_id: actionId, value: encodeView(view) };
}

function actionsRow(buttons: Button[]): Block[] {
  return buttons.length ? [{ type: 'actions', elements: buttons }] : [];
}

function shareButton(options: RenderOptions, view: View): Button[] {
  if (options.audience !== 'ephemeral') return [];
  return [{ ...button('Share in channel', ACTION.share, view), style: 'primary' }];
}

function sharedByRow(options: RenderOptions): Block[] {
  if (options.audience !== 'shared' || !options.sharedBy || !/^[UW][A-Z0-9]{2,}$/.test(options.sharedBy)) return [];
  return [context(`Shared by <@${options.sharedBy}>`)];
}

/** Buttons opening suggested sections; each `action_id` is unique within the message, as Slack requires. */
function openButtons(suggestions: readonly SectionSuggestion[], report: { report?: string }): Block[] {
  const buttons = suggestions
    .slice(0, MAX_OPEN_BUTTONS)
    .map((s, i) => ({ ...button(s.label, `${ACTION.open}_${i}`, { kind: 'section', ref: s.ref, page: 1, ...report }) }));
  return actionsRow(buttons);
}
