/**
 * Finds the reports in an index-data folder: every `.txt` file, described by `manifest.json` when
 * it lists the file, otherwise by the report's own title line ("KAZAKHSTAN 2017 HUMAN RIGHTS REPORT").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { ReportInfo } from '../answers.js';

export interface ReportSource {
  info: ReportInfo;
  file: string;
  text: string;
}

const ManifestSchema = z.object({
  reports: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().min(1).optional(),
      country: z.string().min(1).optional(),
      year: z.number().int().optional(),
      sourceUrl: z.string().url().optional(),
    }),
  ),
});
type ManifestEntry = z.infer<typeof ManifestSchema>['reports'][number];

export const MANIFEST_FILE = 'manifest.json';

/** The reports in `dir`, manifest order first, then any other `.txt` files alphabetically. */
export function readReportSources(dir: string): ReportSource[] {
  const manifestPath = join(dir, MANIFEST_FILE);
  let entries: ManifestEntry[] = [];
  if (existsSync(manifestPath)) {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!parsed.success) {
      throw new Error(`${manifestPath} is not a valid manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    entries = parsed.data.reports;
  }
  const listed = new Set(entries.map((e) => e.file));
  const others = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !listed.has(f))
    .sort()
    .map((file) => ({ file }));
  const sources = [...entries, ...others].map((entry) => {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    return { info: describe(entry, text), file: entry.file, text };
  });
  if (sources.length === 0) throw new Error(`No report found in ${dir}: add a .txt report (and optionally ${MANIFEST_FILE}).`);
  return sources;
}

/** Fills what the manifest leaves out from the title line: "<COUNTRY> <YEAR> HUMAN RIGHTS REPORT". */
function describe(entry: ManifestEntry, text: string): ReportInfo {
  const titleLine = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  const m = /^(.*?)\s+((?:19|20)\d\d)\s+(.*)$/.exec(titleLine);
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
