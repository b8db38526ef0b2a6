/**
 * Turns the text typed after `/hr` (Slack, console, a bot mention) into a typed invocation.
 * Discord delivers options already split; its adapter builds the same `Invocation` directly.
 */
import { HR_COMMAND, MAX_QUERY_LENGTH } from './hr.js';

export type Invocation =
  | { name: 'search'; query: string }
  | { name: 'section'; ref: string; page?: number }
  | { name: 'sections' }
  | { name: 'fact' }
  | { name: 'daily'; action: 'on' | 'off' | 'status'; time?: string; timezone?: string }
  | { name: 'help' };

export type ParseResult = { ok: true; invocation: Invocation } | { ok: false; message: string };

const SUBCOMMANDS = new Set<string>(HR_COMMAND.subcommands.map((s) => s.name));

/**
 * Parses `search torture`, `section 2a page 2`, `daily on 08:30 Europe/Paris`, `help`.
 * Text that does not start with a subcommand is a search, so `/hr prison conditions` just works;
 * empty text is a request for help. A leading `/hr` is ignored (console users type it).
 */
export function parseCommandText(raw: string): ParseResult {
  const text = raw.replace(/^\s*\/?hr(?=\s|$)/i, '').trim();
  if (text === '') return { ok: true, invocation: { name: 'help' } };
  const [first = '', ...restWords] = text.split(/\s+/);
  const word = first.toLowerCase();
  const rest = text.slice(first.length).trim();
  if (!SUBCOMMANDS.has(word)) return { ok: true, invocation: { name: 'search', query: text } };

  switch (word) {
    case 'search':
      return { ok: true, invocation: { name: 'search', query: rest } };
    case 'section':
      return parseSection(rest);
    case 'sections':
      return { ok: true, invocation: { name: 'sections' } };
    case 'fact':
      return { ok: true, invocation: { name: 'fact' } };
    case 'help':
      return { ok: true, invocation: { name: 'help' } };
    case 'daily':
      return parseDaily(restWords);
    default:
      return { ok: true, invocation: { name: 'help' } };
  }
}

/** `2a`, `2a page 3`, `2a --page 3`, `2a p3`. */
function parseSection(rest: string): ParseResult {
  const m = /^(.*?)\s*(?:(?:--page|page|p\.?)\s*(\d{1,4}))\s*$/i.exec(rest);
  const ref = (m ? m[1] : rest)?.trim() ?? '';
  if (ref.length > MAX_QUERY_LENGTH) return { ok: false, message: 'That section reference is too long.' };
  const page = m?.[2] ? Number(m[2]) : undefined;
  return { ok: true, invocation: page ? { name: 'section', ref, page } : { name: 'section', ref } };
}

/** `on [HH:MM] [Area/City]`, `off`, `status` (default). */
function parseDaily(words: string[]): ParseResult {
  const action = (words[0] ?? 'status').toLowerCase();
  if (action !== 'on' && action !== 'off' && action !== 'status') {
    return { ok: false, message: 'Use `daily on [HH:MM] [time zone]`, `daily off` or `daily status`.' };
  }
  if (action !== 'on') return { ok: true, invocation: { name: 'daily', action } };
  let time: string | undefined;
  let timezone: string | undefined;
  for (const w of words.slice(1)) {
    if (/^\d{1,2}:\d{2}$/.test(w)) time = w;
    else timezone = w;
  }
  return { ok: true, invocation: { name: 'daily', action, ...(time ? { time } : {}), ...(timezone ? { timezone } : {}) } };
}
