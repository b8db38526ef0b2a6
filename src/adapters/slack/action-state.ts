/**
 * What a button remembers: the view it shows or leads to, packed into the button's `value`
 * (Slack caps it at 2000 characters) so the bot keeps no per-message state.
 */
import { MAX_QUERY_LENGTH } from '../../../commands/hr.js';

/** A view of the report a button can reproduce; `report` is the report the person named, when they named one. */
export type View =
  | { kind: 'search'; query: string; offset: number; report?: string }
  | { kind: 'section'; ref: string; page: number; report?: string }
  | { kind: 'sections'; report?: string }
  | { kind: 'fact'; factId: string };

/** Button action ids; Bolt routes on them (see `listeners.ts`). `open` buttons carry an index suffix. */
export const ACTION = {
  share: 'hr_share',
  more: 'hr_more',
  back: 'hr_back',
  prev: 'hr_prev',
  next: 'hr_next',
  open: 'hr_open',
} as const;

/** Slack's limit on a button value. */
export const MAX_VALUE_LENGTH = 2000;

/**
 * `q|3|prison conditions`, `s|2|2a`, `l`, `f|2.a#3/1`: kind, then a number, then free text last so it
 * may contain `|`. A named report rides on the kind: `q@atlantis-2019-human-rights-report|3|prison`.
 */
export function encodeView(view: View): string {
  switch (view.kind) {
    // Cut to what `decodeView` accepts back: a longer query could never be answered from the button anyway.
    case 'search':
      return `q${reportPart(view.report)}|${view.offset}|${view.query.slice(0, MAX_QUERY_LENGTH)}`;
    case 'section':
      return `s${reportPart(view.report)}|${view.page}|${view.ref.slice(0, MAX_QUERY_LENGTH)}`;
    case 'sections':
      return `l${reportPart(view.report)}`;
    case 'fact':
      return `f|${view.factId}`.slice(0, MAX_VALUE_LENGTH);
  }
}

/**
 * The view a button value names, or undefined when the value is not one of ours. A button's value
 * comes back from the client, so it is held to the same limit as a typed command: our own buttons
 * never carry more, and a longer one is refused before the query service sees it.
 */
export function decodeView(value: string | undefined): View | undefined {
  if (!value || value.length > MAX_QUERY_LENGTH + 10 + MAX_REPORT_PART) return undefined;
  const sections = /^l(?:@([^|]{1,100}))?$/.exec(value);
  if (sections) return sections[1] === undefined ? { kind: 'sections' } : { kind: 'sections', report: sections[1] };
  const m = /^([qsf])(?:@([^|]{1,100}))?\|(.*)$/s.exec(value);
  if (!m) return undefined;
  const [, kind, report, rest = ''] = m;
  const inReport = report === undefined ? {} : { report };
  if (kind === 'f') return rest ? { kind: 'fact', factId: rest } : undefined;
  const n = /^(\d{1,6})\|(.*)$/s.exec(rest);
  if (!n) return undefined;
  const num = Number(n[1]);
  const text = n[2] ?? '';
  if (text.trim() === '' || text.length > MAX_QUERY_LENGTH) return undefined;
  return kind === 'q' ? { kind: 'search', query: text, offset: num, ...inReport } : { kind: 'section', ref: text, page: Math.max(1, num), ...inReport };
}

/** Longest `@report` part a value may carry (report ids are file names, well under this). */
const MAX_REPORT_PART = 101;

function reportPart(report: string | undefined): string {
  // A `|` would end the part early; such an id cannot be named by a button (the default report answers instead).
  return report === undefined || report.includes('|') || report.length > 100 ? '' : `@${report}`;
}
