/** Slack mrkdwn text: escaping of untrusted text and styling of answer segments. Pure functions. */
import type { Segment } from '../../answers.js';

/**
 * Escapes text for Slack mrkdwn. Slack only treats `&`, `<` and `>` as control characters: once they
 * are entities nothing can become a mention (`<!channel>`, `<@U1>`) or a link. Control characters
 * (except newline and tab) are dropped because Slack shows them as boxes or rejects the message.
 */
export function escapeMrkdwn(text: string): string {
  return stripControl(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes what a user typed for a message others may see: `escapeMrkdwn`, and `scheme://` broken by
 * a zero-width space so Slack does not turn a typed URL into a live link (answers echo the query).
 */
export function escapeUserText(text: string): string {
  return escapeMrkdwn(text).replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200b//');
}

/** Removes control characters (keeps `\n` and `\t`) and the BOM; a lone surrogate becomes U+FFFD. */
export function stripControl(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Collapses every run of whitespace (newlines included) to one space, for one-line echoes of user input. */
export function oneLine(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ').trim();
}

/** Shortens `text` to at most `max` characters, ending with `…` when cut; never leaves half an entity or half a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1)).replace(/&[a-z]{0,3}$/, '').replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

const SAFE_URL = /^https?:\/\/[^\s<>|]+$/i;

/**
 * Renders styled segments as mrkdwn: the answer sentence bold, the report's italics as `_…_`, links
 * as `<url|text>` (http/https only). Consecutive answer runs share one pair of `*`, and consecutive
 * runs of one link one `<…>`, so a highlighted word inside them does not break them up; markers hug
 * the words because Slack ignores `* x*`.
 */
export function renderSegments(segments: readonly Segment[]): string {
  return runs(segments, (s) => Boolean(s.answer))
    .map((run) => {
      const inner = runs(run, (s) => linkOf(s))
        .map((linked) => renderLinkRun(linked))
        .join('');
      return run[0]!.answer ? wrap(inner, '*') : inner;
    })
    .join('');
}

/** Splits `segments` into maximal runs sharing the same `key`. */
function runs<K>(segments: readonly Segment[], key: (s: Segment) => K): Segment[][] {
  const out: Segment[][] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && key(last[0]!) === key(s)) last.push(s);
    else out.push([s]);
  }
  return out;
}

function linkOf(segment: Segment): string | undefined {
  return segment.link && SAFE_URL.test(segment.link) ? segment.link : undefined;
}

function renderLinkRun(run: Segment[]): string {
  const text = run.map((s) => (s.emphasis ? wrap(escapeMrkdwn(s.text), '_') : escapeMrkdwn(s.text))).join('');
  const link = linkOf(run[0]!);
  if (!link || text.trim() === '') return text;
  const { lead, core, tail } = splitSpace(text);
  return `${lead}<${escapeMrkdwn(link)}|${core}>${tail}`;
}

/** Wraps the non-blank middle of `text` in `marker` on every line (Slack styles do not span lines). */
function wrap(text: string, marker: string): string {
  return text
    .split('\n')
    .map((line) => {
      const { lead, core, tail } = splitSpace(line);
      return core === '' ? line : `${lead}${marker}${core}${marker}${tail}`;
    })
    .join('\n');
}

function splitSpace(text: string): { lead: string; core: string; tail: string } {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return { lead: m[1]!, core: m[2]!, tail: m[3]! };
}
