/**
 * Finds the reports in an index-data folder: every `.txt` file, described by `manifest.json` when
 * it lists the file, otherwise by the report's own title line ("KAZAKHSTAN 2017 HUMAN RIGHTS REPORT"),
 * with the maintainer's review of its facts from `facts-review.json` when there is one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportInfo } from '../answers.js';
import { checkReportFormat } from './format-check.js';
import { parseJsonFile } from './json-file.js';
import { EMPTY_REVIEW, type FactReview, parseFactReviews } from './fact-review.js';
import { FACT_REVIEW_FILE, MANIFEST_FILE } from './source-files.js';

export interface ReportSource {
  info: ReportInfo;
  file: string;
  text: string;
  /** The maintainer's pins and drops for this report's facts, from `facts-review.json` (empty without one). */
  review: FactReview;
}

/** One report as `manifest.json` describes it: `{"reports": [{"file", "title"?, "country"?, "year"?, "sourceUrl"?}]}`. */
interface ManifestEntry {
  file: string;
  title?: string;
  country?: string;
  year?: number;
  sourceUrl?: string;
}

/** The reports in `dir`, manifest order first, then any other `.txt` files alphabetically. */
export function readReportSources(dir: string): ReportSource[] {
  const manifestPath = join(dir, MANIFEST_FILE);
  let entries: ManifestEntry[] = [];
  if (existsSync(manifestPath)) {
    entries = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  }
  const listed = new Set(entries.map((e) => e.file));
  const others = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !listed.has(f))
    .sort()
    .map((file) => ({ file }));
  const reviewPath = join(dir, FACT_REVIEW_FILE);
  const reviews = existsSync(reviewPath) ? parseFactReviews(readFileSync(reviewPath, 'utf8'), reviewPath) : new Map<string, FactReview>();
  const sources = [...entries, ...others].map((entry) => {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    checkReportFormat(join(dir, entry.file), text);
    const info = describe(entry, text);
    return { info, file: entry.file, text, review: reviews.get(info.id) ?? EMPTY_REVIEW };
  });
  if (sources.length === 0) throw new Error(`No report found in ${dir}: add a .txt report (and optionally ${MANIFEST_FILE}).`);
  return sources;
}

/**
 * Validates the manifest by hand rather than with zod: this runs on every start of the one-shot
 * CLI, and importing zod alone costs more than the whole search.
 */
export function parseManifest(json: string, where: string): ManifestEntry[] {
  const problems: string[] = [];
  const reports = (parseJsonFile(json, where) as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(reports)) throw new Error(`${where}: expected {"reports": [...]}`);
  const optional = { title: 'string', country: 'string', year: 'number', sourceUrl: 'string' } as const;
  reports.forEach((entry: Record<string, unknown>, i) => {
    if (typeof entry?.file !== 'string' || !entry.file.endsWith('.txt') || /[/\\]/.test(entry.file)) {
      problems.push(`reports[${i}].file: expected the name of a .txt file in this folder`);
    }
    for (const [key, type] of Object.entries(optional)) {
      if (entry?.[key] !== undefined && typeof entry[key] !== type) problems.push(`reports[${i}].${key}: expected a ${type}`);
    }
  });
  if (problems.length) throw new Error(`${where} is not a valid manifest: ${problems.join('; ')}`);
  return reports as ManifestEntry[];
}

/**
 * A title line's country, year and the rest: "<COUNTRY> <YEAR> HUMAN RIGHTS REPORT". Exported for its test. The white space
 * before the year starts where a word ends: else the country's `.*?` and `\s+` shared a run of white space every way, cubic
 * in its length on text with a line break (1,600 tabs ~20 s; round 126).
 */
export const TITLE_LINE = /^(.*?)(?<!\s)\s+((?:19|20)\d\d)\s+(.*)$/;

/** Fills what the manifest leaves out from the title line: "<COUNTRY> <YEAR> HUMAN RIGHTS REPORT". */
function describe(entry: ManifestEntry, text: string): ReportInfo {
  const titleLine = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  const m = TITLE_LINE.exec(titleLine);
  const country = entry.country ?? (m ? titleCase(m[1]!) : basename(entry.file, '.txt'));
  const year = entry.year ?? (m ? Number(m[2]) : new Date().getFullYear());
  const title = entry.title ?? (titleLine ? titleCase(titleLine) : `${country} ${year} Human Rights Report`);
  return {
    id: basename(entry.file, '.txt'),
    title,
    country,
    year,
    ...(entry.sourceUrl ? { sourceUrl: entry.sourceUrl } : {}),
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
