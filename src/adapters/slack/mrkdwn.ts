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

/** Shortens `text` to at most `max` characters, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

const SAFE_URL = /^https?:\/\/[^\s<>|]+$/i;

/**
 * Renders styled segments as mrkdwn: the answer sentence bold, the report's italics as `_…_`, links
 * as `<url|text>` (http/https only). Consecutive answer runs share one pair of `*` so the bold is
 * not broken up by an italic title inside it; markers hug the words because Slack ignores `* x*`.
 */
export function renderSegments(segments: readonly Segment[]): string {
  let out = '';
  let i = 0;
  while (i < segments.length) {
    const bold = Boolean(segments[i]!.answer);
    let run = '';
    while (i < segments.length && Boolean(segments[i]!.answer) === bold) {
      run += renderInline(segments[i]!);
      i += 1;
    }
    out += bold ? wrap(run, '*') : run;
  }
  return out;
}

function renderInline(segment: Segment): string {
  const text = escapeMrkdwn(segment.text);
  if (segment.link && SAFE_URL.test(segment.link) && text.trim() !== '') {
    const { lead, core, tail } = splitSpace(text);
    return `${lead}<${escapeMrkdwn(segment.link)}|${core}>${tail}`;
  }
  return segment.emphasis ? wrap(text, '_') : text;
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
