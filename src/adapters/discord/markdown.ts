/**
 * Discord markdown for text we did not write (the report, users' queries): escaping, mention
 * neutralising, and styled segments turned into bold/underline/italic/link markup within a length.
 */
import type { Segment } from '../../answers.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** Control characters and bidi overrides: invisible, and able to disguise or break a message. */
const UNSAFE_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069](?<![\n\t])/gu;

/** Half of a surrogate pair without its other half: not a character, and Discord may refuse the message. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes control characters (keeping newlines and tabs), bidi overrides and lone surrogates. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '').replace(LONE_SURROGATE, '');
}

/** Drops lone surrogates, e.g. half an emoji left by a cut. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '');
}

/**
 * Breaks `scheme://` with a zero-width space, so a URL someone typed shows as text and Discord does
 * not turn it into a live link in a message the bot posts (a shared answer echoes the query).
 */
export function unlink(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZERO_WIDTH_SPACE}//`);
}

/**
 * Breaks `@everyone`, `@here`, `<@id>`, `<@!id>` and `<@&role>` with a zero-width space, so they can
 * neither ping (even if a message forgot `allowed_mentions`) nor render as a highlighted mention.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    // Without waiting for the closing `>`: a mention cut short by truncation must not become one again.
    .replace(/<([@#])([!&]?)(?=\d)/g, `<$1${ZERO_WIDTH_SPACE}$2`);
}

/**
 * Backslash-escapes what Discord would read as markup: emphasis, code, spoilers, masked links
 * anywhere; headings, quotes and lists at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/(^|\n)([ \t]*)(#{1,3} |-# |> |>>> |- |\+ )/g, '$1$2\\$3')
    .replace(/(^|\n)([ \t]*)(\d+)\. /g, '$1$2$3\\. ');
}

/** Text from outside the bot made safe to show: no control characters, no mentions, no markup. */
export function plain(text: string): string {
  return escapeMarkdown(neutraliseMentions(stripUnsafe(text)));
}

/** What a user typed, made safe to echo in a message others see: `plain`, and no live links. */
export function userText(text: string): string {
  return unlink(plain(text));
}

/**
 * Like `userText`, but short `code` spans stay code: the service writes commands that way (`sections`).
 * Code spans render verbatim, never ping and never link, so user text inside one is still harmless.
 */
export function plainWithCode(text: string): string {
  return stripUnsafe(text)
    .split(/(`[^`\n]{1,80}`)/)
    // Code parts are unlinked too: user backticks next to ours can make Discord see other spans than these.
    .map((part, i) => (i % 2 === 1 ? unlink(neutraliseMentions(part)) : userText(part)))
    .join('');
}

/** Cuts plain text to `max` characters at a word boundary when one is near, ending with `…` (never half a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const cut = wellFormed(text.slice(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A styled run of text, with the styling Discord can show. */
interface Run {
  text: string;
  bold: boolean;
  underline: boolean;
  italic: boolean;
  link?: string;
}

type Style = 'bold' | 'underline' | 'italic';
/** Outermost first: a change of an outer style closes the inner ones too. */
const STYLE_ORDER: readonly Style[] = ['bold', 'underline', 'italic'];
const MARKER: Record<Style, string> = { bold: '**', underline: '__', italic: '*' };

/**
 * Renders segments as Discord markdown of at most `maxLength` characters: answer sentences and
 * headings **bold**, matched terms __underlined__, the report's italics *italic*, links masked.
 * When too long, it keeps the start of the answer sentence in view and ends with `…`.
 */
export function renderSegments(segments: readonly Segment[], maxLength: number): string {
  const runs = toRuns(segments);
  const full = renderRuns(runs);
  if (full.length <= maxLength) return full;

  const plainLength = runs.reduce((n, r) => n + r.text.length, 0);
  const answerStart = plainOffsetOfFirst(runs, (r) => r.bold);
  const answerEnd = answerStart === undefined ? undefined : answerStart + (runs.find((r) => r.bold)?.text.length ?? 0);
  let shown = longestFitting(runs, 0, plainLength, maxLength);
  // An answer cut off by the length limit is worth more than the sentences before it.
  if (answerStart !== undefined && answerStart > 0 && answerEnd !== undefined && shown.kept < answerEnd) {
    const fromAnswer = longestFitting(runs, answerStart, plainLength, maxLength);
    if (fromAnswer.kept > answerStart) shown = fromAnswer;
  }
  return shown.text;
}

/** Segments as runs with Discord's styles; neighbours that look the same are merged. */
function toRuns(segments: readonly Segment[]): Run[] {
  const runs: Run[] = [];
  for (const s of segments) {
    const link = s.link && /^https?:\/\//i.test(s.link) ? s.link : undefined;
    const run: Run = { text: s.text, bold: Boolean(s.answer || s.heading), underline: Boolean(s.match), italic: Boolean(s.emphasis), ...(link ? { link } : {}) };
    const prev = runs.at(-1);
    if (prev && prev.bold === run.bold && prev.underline === run.underline && prev.italic === run.italic && prev.link === run.link) prev.text += run.text;
    else runs.push(run);
  }
  return runs;
}

function plainOffsetOfFirst(runs: readonly Run[], test: (r: Run) => boolean): number | undefined {
  let offset = 0;
  for (const r of runs) {
    if (test(r)) return offset;
    offset += r.text.length;
  }
  return undefined;
}

/** Plain characters [from, from+n) of the runs, with `…` where text was left out. */
function slice(runs: readonly Run[], from: number, n: number, total: number): Run[] {
  const out: Run[] = [];
  let offset = 0;
  const end = from + n;
  for (const r of runs) {
    const start = Math.max(from, offset);
    const stop = Math.min(end, offset + r.text.length);
    if (stop > start) out.push({ ...r, text: r.text.slice(start - offset, stop - offset) });
    offset += r.text.length;
  }
  const plainRun = (text: string): Run => ({ text, bold: false, underline: false, italic: false });
  if (end < total) out.push(plainRun('…'));
  if (from > 0) out.unshift(plainRun('… '));
  return out;
}

/** Binary search for the most characters from `from` whose markup fits in `maxLength`. */
function longestFitting(runs: readonly Run[], from: number, total: number, maxLength: number): { text: string; kept: number } {
  let lo = 0;
  let hi = total - from;
  let best = { text: renderRuns(slice(runs, from, 0, total)), kept: from };
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = wordBoundary(runs, from, mid);
    const text = renderRuns(slice(runs, from, n, total));
    if (text.length <= maxLength) {
      if (from + n >= best.kept) best = { text, kept: from + n };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Moves a cut back to the previous space when one is close, so words are not split. */
function wordBoundary(runs: readonly Run[], from: number, n: number): number {
  const text = runs.map((r) => r.text).join('').slice(from, from + n + 1);
  if (text.length <= n || /\s/.test(text[n] ?? ' ')) return n;
  const space = text.slice(0, n).search(/\s\S*$/);
  return space > n * 0.8 ? space : n;
}

function renderRuns(runs: readonly Run[]): string {
  let out = '';
  let pending = '';
  const open: Style[] = [];
  let justClosed = false;
  for (const run of runs) {
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
    if (!core) {
      pending += run.text;
      continue;
    }
    const wanted = STYLE_ORDER.filter((s) => run[s]);
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
    justClosed = false;
    while (open.length > keep) {
      out += MARKER[open.pop()!];
      justClosed = true;
    }
    out += pending + lead;
    const opening = wanted.slice(keep);
    // `*a***b**` is ambiguous to Discord: separate a closing marker from an opening one.
    if (justClosed && !pending && !lead && opening.length) out += ZERO_WIDTH_SPACE;
    for (const s of opening) {
      out += MARKER[s];
      open.push(s);
    }
    out += run.link ? maskedLink(core, run.link) : plain(core);
    pending = trail;
  }
  while (open.length) out += MARKER[open.pop()!];
  return out + pending;
}

function maskedLink(text: string, url: string): string {
  const safeUrl = url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${plain(text)}](${safeUrl})`;
}
