/**
 * What a button does, packed into its `custom_id` (at most 100 characters). Short state (offsets,
 * pages, short ASCII queries and refs) travels in the id itself and survives restarts; longer state
 * is kept in a short-lived in-memory cache, and a click after it expired gets a clear message.
 */
import { randomBytes } from 'node:crypto';

/** `report`: the report the person named, when they named one (absent: every report, or the default). */
export type ButtonAction =
  /** Show the next page of search results to the person who clicked. */
  | { action: 'more'; query: string; offset: number; report?: string }
  /** Post these search results publicly in the channel. */
  | { action: 'share'; query: string; offset: number; report?: string }
  /** Show another page of a section. */
  | { action: 'page'; ref: string; page: number; report?: string };

/** Discord's limit on `custom_id`. */
export const CUSTOM_ID_MAX = 100;
const PREFIX = 'hr';
const INLINE = '=';
const CACHED = '~';

export interface ButtonIdOptions {
  /** How long cached state lives. Default 6 hours. */
  ttlMs?: number;
  /** Most cached entries kept; the oldest go first. Default 10 000. */
  maxEntries?: number;
  now?: () => number;
}

export class ButtonIds {
  private readonly cache = new Map<string, { text: string; expiresAt: number }>();
  private readonly keyByText = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: ButtonIdOptions = {}) {
    this.ttlMs = options.ttlMs ?? 6 * 60 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The `custom_id` for an action; never longer than 100 characters. */
  encode(a: ButtonAction): string {
    const [verb, n, text] = a.action === 'page' ? ['page', a.page, a.ref] : [a.action, a.offset, a.query];
    // A named report rides after the number (`hr:more:3@=atlantis-2019:=…`); ids with odd characters go to the cache.
    const report = a.report === undefined ? '' : `@${/^[\w.-]{1,60}$/.test(a.report) ? `${INLINE}${a.report}` : `${CACHED}${this.remember(a.report)}`}`;
    const head = `${PREFIX}:${verb}:${n}${report}:`;
    // Printable ASCII only inline: Discord counts characters, and this keeps the count obvious.
    if (/^[\x20-\x7e]*$/.test(text) && head.length + 1 + text.length <= CUSTOM_ID_MAX) return `${head}${INLINE}${text}`;
    return `${head}${CACHED}${this.remember(text)}`;
  }

  /** The action behind a `custom_id`; `expired` when its cached state is gone; undefined when it is not ours. */
  decode(customId: string): ButtonAction | 'expired' | undefined {
    const m = /^hr:(more|share|page):(\d{1,6})(?:@([=~])([\w.-]{1,60}))?:([=~])([\s\S]*)$/.exec(customId);
    if (!m) return undefined;
    const [, verb, number, reportKind, reportText, kind, rest = ''] = m;
    const text = kind === INLINE ? rest : this.recall(rest);
    const report = reportText === undefined ? undefined : reportKind === INLINE ? reportText : this.recall(reportText);
    if (text === undefined || (reportText !== undefined && report === undefined)) return 'expired';
    const n = Number(number);
    const inReport = report === undefined ? {} : { report };
    if (verb === 'page') return { action: 'page', ref: text, page: Math.max(1, n), ...inReport };
    return { action: verb as 'more' | 'share', query: text, offset: n, ...inReport };
  }

  private remember(text: string): string {
    const now = this.now();
    // The same query backs several buttons (Share, More results): one entry serves them all.
    const existing = this.keyByText.get(text);
    const entry = existing === undefined ? undefined : this.cache.get(existing);
    if (existing !== undefined && entry && entry.expiresAt > now) {
      entry.expiresAt = now + this.ttlMs;
      return existing;
    }
    const key = randomBytes(9).toString('base64url');
    this.cache.set(key, { text, expiresAt: now + this.ttlMs });
    this.keyByText.set(text, key);
    while (this.cache.size > this.maxEntries) this.forget(this.cache.keys().next().value!);
    return key;
  }

  private forget(key: string): void {
    const entry = this.cache.get(key);
    this.cache.delete(key);
    if (entry && this.keyByText.get(entry.text) === key) this.keyByText.delete(entry.text);
  }

  private recall(key: string): string | undefined {
    const entry = this.cache.get(key);
    if (!entry || entry.expiresAt <= this.now()) {
      this.forget(key);
      return undefined;
    }
    return entry.text;
  }
}
