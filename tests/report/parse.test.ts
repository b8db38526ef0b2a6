import { describe, expect, it } from 'vitest';
import { classifyBlocks, cleanText, parseReport, topicLabel } from '../../src/report/parse.js';
import { realReportParsed, realReportText } from '../helpers.js';

const CLOSED = /[.!?:;]["'”’)\]]*$/;

describe('the section tree of the real report', () => {
  const report = realReportParsed();
  const byId = new Map(report.sections.map((s) => [s.id, s]));

  it('starts with the executive summary and has sections 1 to 7 at the top level', () => {
    const top = report.sections.filter((s) => !s.parentId).map((s) => s.id);
    expect(top).toEqual(['exec', '1', '2', '3', '4', '5', '6', '7']);
    expect(byId.get('exec')?.title).toBe('Executive Summary');
    expect(byId.get('4')?.title).toBe('Corruption and Lack of Transparency in Government');
  });

  it('puts lettered subsections under their section, with the trailing colon of section titles removed', () => {
    expect(byId.get('1')?.title).toBe('Respect for the Integrity of the Person, Including Freedom from');
    expect(byId.get('1')?.childIds.filter((id) => /^1\.[a-f]$/.test(id))).toEqual(['1.a', '1.b', '1.c', '1.d', '1.e', '1.f']);
    expect(byId.get('7.e')?.title).toBe('Acceptable Conditions of Work');
    expect(byId.get('2.c')?.parentId).toBe('2');
  });

  it('recognises named sub-headings on their own line', () => {
    const internet = byId.get('2.a/internet-freedom');
    expect(internet?.kind).toBe('subheading');
    expect(internet?.path).toEqual(['Respect for Civil Liberties, Including', 'Freedom of Expression, Including for the Press', 'Internet Freedom']);
    expect(byId.get('6/women')?.kind).toBe('subheading');
    expect(byId.get('6/children')?.kind).toBe('subheading');
    expect(byId.get('1.c/prison-and-detention-center-conditions')?.kind).toBe('subheading');
  });

  it('turns an inline "Label:" opening a paragraph into a topic under the current heading', () => {
    const physical = byId.get('1.c/prison-and-detention-center-conditions/physical-conditions');
    expect(physical?.kind).toBe('topic');
    expect(physical?.title).toBe('Physical Conditions');
    const elections = report.sections.find((s) => s.title === 'Recent Elections');
    expect(elections?.parentId).toBe('3/elections-and-political-participation');
  });

  it('does not take an ordinary sentence with a colon for a topic', () => {
    expect(topicLabel('The law states the following: detainees must be charged.')).toBeUndefined();
    expect(topicLabel('According to the report, the figure was: 20 percent.')).toBeUndefined();
    expect(topicLabel('Recent Elections: An early election was held.')).toBe('Recent Elections');
  });

  it('gives every paragraph a unique id and a readable citation that names its headings and position', () => {
    const ids = new Set(report.paragraphs.map((p) => p.id));
    expect(ids.size).toBe(report.paragraphs.length);
    const third = report.paragraphs.find((p) => p.id === '2.a/internet-freedom#3');
    expect(third?.citation).toBe('§2.a Freedom of Expression, Including for the Press › Internet Freedom ¶3');
    expect(report.paragraphs[0]?.citation).toBe('Executive Summary ¶1');
  });
});

describe('paragraphs split by a page break', () => {
  const text = realReportText();
  const rawBlocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const report = realReportParsed();
  // Topics open a paragraph rather than standing as blocks of their own.
  const headingCount = report.sections.filter((s) => s.kind !== 'topic').length;
  const splitBlocks = rawBlocks.filter((b, i) => i > 0 && !CLOSED.test(b) && b.length > 150);

  it('finds the report has about 25 blocks that stop mid-sentence', () => {
    expect(splitBlocks.length).toBeGreaterThanOrEqual(20);
    expect(splitBlocks.length).toBeLessThanOrEqual(30);
  });

  it('joins every one of them, so every paragraph ends a sentence', () => {
    const open = report.paragraphs.filter((p) => !CLOSED.test(p.text));
    expect(open.map((p) => p.text.slice(-60))).toEqual([]);
  });

  it('merges nothing else: paragraphs = blocks − headings − title − joins', () => {
    expect(report.paragraphs.length).toBe(rawBlocks.length - headingCount - 1 - splitBlocks.length);
  });

  it('joins a paragraph split by a page break into one, with a single space', () => {
    const joined = report.paragraphs.find((p) => p.text.includes('On June 2, the Talgar district court in Almaty region declined'));
    expect(joined).toBeDefined();
  });

  it('joins a continuation that starts with a capital letter when the fragment is not a heading', () => {
    const blocks = classifyBlocks([
      'On September 7, the court of the',
      'Medeu district court in Almaty found him guilty.',
      'Internet Freedom',
      'The government blocked sites.',
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'subheading', 'paragraph']);
  });

  it('keeps a short Title Case line as a heading even when the paragraph before it is complete', () => {
    const blocks = classifyBlocks(['The law prohibits torture.', 'Trial Procedures', 'Defendants have rights.']);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'subheading', 'paragraph']);
  });
});

describe('cleaning the text artefacts', () => {
  it('unescapes \\$ into a dollar sign', () => {
    expect(cleanText('fines of up to 12.96 million tenge (\\$40,000)').text).toBe('fines of up to 12.96 million tenge ($40,000)');
  });

  it('keeps *italics* as an emphasis mark over the title, without the asterisks', () => {
    const { text, marks } = cleanText('a story in *Forbes Kazakhstan* magazine');
    expect(text).toBe('a story in Forbes Kazakhstan magazine');
    expect(marks).toEqual([{ start: 11, end: 28, kind: 'emphasis' }]);
    expect(text.slice(11, 28)).toBe('Forbes Kazakhstan');
  });

  it('turns <http://…> into the URL with a link mark', () => {
    const { text, marks } = cleanText('See the report at <http://www.state.gov/j/tip/rls/tiprpt/>.');
    expect(text).toBe('See the report at http://www.state.gov/j/tip/rls/tiprpt/.');
    expect(marks[0]).toMatchObject({ kind: 'link', href: 'http://www.state.gov/j/tip/rls/tiprpt/' });
  });

  it('leaves no markup in the real report', () => {
    for (const p of realReportParsed().paragraphs) {
      expect(p.text).not.toMatch(/\\\$|\*[A-Z][^*]+\*|<https?:/);
    }
  });
});

describe('a second report in the same format', () => {
  it('parses a report it has never seen without any report-specific code', () => {
    const text = [
      'ATLANTIS 2019 HUMAN RIGHTS REPORT', '', 'EXECUTIVE SUMMARY', '', 'Atlantis is a monarchy.', '',
      'Section 3. Freedom to Participate in the Political Process', '', 'Elections were held.', '',
    ].join('\n');
    const report = parseReport(text, { id: 'atlantis', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019 });
    expect(report.sections.map((s) => s.id)).toEqual(['exec', '3']);
    expect(report.paragraphs.map((p) => p.citation)).toEqual(['Executive Summary ¶1', '§3 Freedom to Participate in the Political Process ¶1']);
  });
});
