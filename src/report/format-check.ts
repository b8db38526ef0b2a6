/**
 * Refuses a report file the parser would silently mangle (binary, empty, no headings, sections out of
 * order), naming the file and the line, so a bad drop into index-data/ stops the build with one clear line.
 */

/** A report file that is not a human-rights report in the expected format. `message` is `file:line: reason`. */
export class ReportFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ReportFormatError';
  }
}

/** The same `Section N. Title` shape the parser reads as a section heading. */
const SECTION = /^Section\s+(\d+)\s*[.:]\s*\S/;
const SUMMARY = /^executive summary$/i;

/** Throws `ReportFormatError` for the first line where `text` stops being a report the parser can read. */
export function checkReportFormat(file: string, text: string): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.every((l) => l.trim() === '')) throw new ReportFormatError(file, 1, 'the file is empty');
  let lastSection: { number: number; line: number } | undefined;
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // NUL, or U+FFFD where Node replaced bytes that are not UTF-8: a binary or mis-encoded file.
    if (/[\0\uFFFD]/.test(line)) throw new ReportFormatError(file, i + 1, 'not UTF-8 text (a binary file, or another encoding?)');
    const trimmed = line.trim();
    if (SUMMARY.test(trimmed)) headings++;
    const m = SECTION.exec(trimmed);
    // Only a heading on its own (after a blank line) counts, as in the parser's blocks.
    if (!m || (i > 0 && lines[i - 1]!.trim() !== '')) continue;
    headings++;
    const number = Number(m[1]);
    if (lastSection && number <= lastSection.number) {
      throw new ReportFormatError(file, i + 1, `"Section ${number}" comes after "Section ${lastSection.number}" (line ${lastSection.line}): sections must be numbered in order`);
    }
    lastSection = { number, line: i + 1 };
  }
  if (headings === 0) throw new ReportFormatError(file, 1, 'no "Executive Summary" or "Section 1. …" heading: not a human-rights report in the expected format');
}
