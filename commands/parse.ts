/**
 * Turns the text typed after `/hr` (Slack, console, a bot mention) into a typed invocation.
 * Discord delivers options already split; its adapter builds the same `Invocation` directly.
 */
import { HR_COMMAND, MAX_QUERY_LENGTH } from './hr.js';

/** `report` is what the user typed to name a report (an id, a country, a year); `src/invocation.ts` resolves it. */
export type Invocation =
  | { name: 'search'; query: string; report?: string }
  | { name: 'section'; ref: string; page?: number; report?: string }
  | { name: 'sections'; report?: string }
  | { name: 'reports' }
  | { name: 'fact'; report?: string }
  | { name: 'daily'; action: 'on' | 'off' | 'status'; time?: string; timezone?: string; report?: string }
  | { name: 'help' };

export type ParseResult = { ok: true; invocation: Invocation } | { ok: false; message: string };

const SUBCOMMANDS = new Set<string>(HR_COMMAND.subcommands.map((s) => s.name));

/** Longest report name worth reading: ids are well under this. */
const MAX_REPORT_LENGTH = 100;

/**
 * Parses `search torture`, `section 2a page 2`, `daily on 08:30 Europe/Paris`, `help`, with an
 * optional `report:ID` anywhere (`search torture report:2018`, `report:"kazakhstan 2018"`).
 * Text that does not start with a subcommand is a search, so `/hr prison conditions` just works;
 * empty text is a request for help. A leading `/hr` is ignored (console users type it).
 */
export function parseCommandText(raw: string): ParseResult {
  const extracted = extractReport(raw.replace(/^\s*\/?hr(?=\s|$)/i, ''));
  if (!extracted.ok) return extracted;
  const { text, report } = extracted;
  const parsed = parseSubcommand(text);
  if (!parsed.ok || report === undefined) return parsed;
  const invocation = parsed.invocation;
  // `help` and `reports` name no report; the option is simply not theirs.
  if (invocation.name === 'help' || invocation.name === 'reports') return parsed;
  return { ok: true, invocation: { ...invocation, report } };
}

function parseSubcommand(text: string): ParseResult {
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
    case 'reports':
      return { ok: true, invocation: { name: 'reports' } };
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

// `report:` at the start of a word, then a quoted name or one word, with no space after the colon
// ("the report: prison" stays words to search). Quotes may be straight or curly (phones type curly
// ones); an unclosed quote runs to the end of the text.
const REPORT_TOKEN = /(^|\s)report:(?:["“”]([^"“”]*)["“”]?|(\S+))\s*/gi;

/**
 * Takes `report:…` out of the text: what is left is parsed as before, so one report option works
 * with every subcommand and never reaches a search query.
 */
export function extractReport(raw: string): { ok: true; text: string; report?: string } | { ok: false; message: string } {
  const names: string[] = [];
  const take = (_match: string, before: string, quoted: string | undefined, word: string | undefined): string => {
    names.push((quoted ?? word ?? '').trim());
    return before;
  };
  // Again until none is left: taking out a quoted name can put another `report:` at the start of a word.
  let text = raw;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(REPORT_TOKEN, take);
  }
  text = text.trim();
  if (names.length === 0) return { ok: true, text };
  const distinct = [...new Set(names.map((n) => n.toLowerCase()))];
  if (distinct.length > 1) return { ok: false, message: 'Name one report at a time, e.g. `report:2018`. `reports` lists them.' };
  const report = names[0]!;
  if (report === '') return { ok: false, message: 'Which report? Write it after `report:`, e.g. `report:2018` or `report:kazakhstan`. `reports` lists them.' };
  if (report.length > MAX_REPORT_LENGTH) return { ok: false, message: 'That report name is too long. `reports` lists the reports and their ids.' };
  return { ok: true, text, report };
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
    return { ok: false, message: 'Use `daily on [HH:MM] [time zone] [report:ID]`, `daily off` or `daily status`.' };
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
