import { describe, expect, it } from 'vitest';
import { checkReportFormat, ReportFormatError } from '../../src/report/format-check.js';
import { FIXTURE_DIR, REPORT_DIR, read } from '../helpers.js';

const failure = (text: string): ReportFormatError => {
  try {
    checkReportFormat('x.txt', text);
  } catch (err) {
    if (err instanceof ReportFormatError) return err;
    throw err;
  }
  throw new Error('the check let the text through');
};

describe('the report format check', () => {
  it('lets the real report and the Atlantis fixture through', () => {
    expect(() => checkReportFormat('k.txt', read(`${REPORT_DIR}/kazakhstan-2017-human-rights-report.txt`))).not.toThrow();
    expect(() => checkReportFormat('a.txt', read(`${FIXTURE_DIR}/atlantis-2019-human-rights-report.txt`))).not.toThrow();
  });

  it('names the file and the line of a section out of order', () => {
    const err = failure('OCEANIA 2016 HUMAN RIGHTS REPORT\n\nSection 2. Civil Liberties\n\nText.\n\nSection 1. Integrity\n\nMore.\n');
    expect(err.message).toBe('x.txt:7: "Section 1" comes after "Section 2" (line 3): sections must be numbered in order');
    expect(err.line).toBe(7);
  });

  it('refuses a binary or mis-encoded file at the line of the first bad byte', () => {
    expect(failure('TITLE\n\nExecutive Summary\n\nok\nbad \0 byte\n').line).toBe(6);
    expect(failure('Executive Summary\n\n\uFFFD\n').message).toMatch(/^x\.txt:3: not UTF-8 text/);
  });

  it('refuses an empty file and one without any heading', () => {
    expect(failure('\n  \n').message).toBe('x.txt:1: the file is empty');
    expect(failure('Just some notes.\n\nNothing like a report.\n').message).toMatch(/^x\.txt:1: no "Executive Summary" or "Section 1/);
  });
});
