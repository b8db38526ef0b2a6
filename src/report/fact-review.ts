/**
 * A maintainer's say over the daily facts: `facts-review.json` next to the reports pins fact ids the
 * rules would leave out and drops ids the rules would keep. It is applied when the index is built.
 */
import { parseJsonFile } from './json-file.js';

/** One report's review: fact ids to keep whatever their score, and ids never to post. */
export interface FactReview {
  pin: ReadonlySet<string>;
  drop: ReadonlySet<string>;
}

export const EMPTY_REVIEW: FactReview = { pin: new Set(), drop: new Set() };

/**
 * Reads `{"reports": {"<report id>": {"pin": [{"id", "note"?}], "drop": [{"id", "note"?}]}}}`; an id
 * may also be given as a bare string. The notes are for people; only the ids count.
 */
export function parseFactReviews(json: string, where: string): ReadonlyMap<string, FactReview> {
  const reports = (parseJsonFile(json, where) as { reports?: unknown } | null)?.reports;
  if (!reports || typeof reports !== 'object' || Array.isArray(reports)) throw new Error(`${where}: expected {"reports": {"<report id>": {"pin": [], "drop": []}}}`);
  const reviews = new Map<string, FactReview>();
  for (const [reportId, entry] of Object.entries(reports as Record<string, unknown>)) {
    const e = (entry ?? {}) as Record<string, unknown>;
    reviews.set(reportId, { pin: ids(e.pin, `${where}: reports.${reportId}.pin`), drop: ids(e.drop, `${where}: reports.${reportId}.drop`) });
  }
  return reviews;
}

function ids(list: unknown, where: string): Set<string> {
  if (list === undefined) return new Set();
  if (!Array.isArray(list)) throw new Error(`${where}: expected a list of fact ids`);
  return new Set(
    list.map((item: unknown, i) => {
      const id = typeof item === 'string' ? item : (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || id === '') throw new Error(`${where}[${i}]: expected a fact id or {"id": "...", "note": "..."}`);
      return id;
    }),
  );
}
