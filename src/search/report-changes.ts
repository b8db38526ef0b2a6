/**
 * What changed in the reports since the index was last built: a report added, replaced (its text,
 * description or fact review changed) or removed. Told at start-up and by `npm run index`, one log
 * line per report, so an operator sees what a rebuild picked up.
 */
import type { Logger } from '../log.js';

/** A report as the index remembers it: enough to tell what changed, and to name it (never its text). */
export interface IndexedSource {
  id: string;
  title: string;
  /** Hash of the report's own source; absent in indexes built before it was kept. */
  hash?: string;
}

export interface ReportChange {
  change: 'added' | 'replaced' | 'removed';
  report: string;
  title: string;
}

/** The changes from `previous` (the last index, if there was one) to `current`, in `current`'s order, removals last. */
export function reportChanges(previous: readonly IndexedSource[] | undefined, current: readonly IndexedSource[]): ReportChange[] {
  if (!previous) return [];
  const before = new Map(previous.map((s) => [s.id, s]));
  const now = new Set(current.map((s) => s.id));
  const changes: ReportChange[] = [];
  for (const s of current) {
    const old = before.get(s.id);
    if (!old) changes.push({ change: 'added', report: s.id, title: s.title });
    // An old index without hashes cannot tell a replaced report from an unchanged one: say nothing rather than guess.
    else if (old.hash !== undefined && s.hash !== undefined && old.hash !== s.hash) changes.push({ change: 'replaced', report: s.id, title: s.title });
  }
  for (const s of previous) if (!now.has(s.id)) changes.push({ change: 'removed', report: s.id, title: s.title });
  return changes;
}

/** One structured line per change: `{"change":"added","report":"atlantis-2019-…","title":"…"} report added`. */
export function logReportChanges(logger: Logger | undefined, changes: readonly ReportChange[]): void {
  for (const c of changes) logger?.info(c, `report ${c.change}`);
}
