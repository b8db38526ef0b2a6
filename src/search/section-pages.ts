/**
 * A section's text as pages that fit a chat message: its paragraphs in reading order with the
 * sub-headings between them, never ending a page on a heading, long paragraphs cut at sentences.
 */
import type { Segment } from '../answers.js';
import type { Paragraph, Report, Section } from '../report/model.js';
import { splitSentences } from '../report/sentences.js';
import type { SectionRefs } from './section-refs.js';
import { markRanges, toSegments } from './segments.js';

/** Characters per page: fits a Discord embed (4096) and a Slack section block (3000) after escaping. */
export const PAGE_CHARS = 1800;

export class SectionPages {
  private readonly cache = new Map<string, Segment[][]>();
  private readonly paragraphById: Map<string, Paragraph>;

  constructor(
    report: Report,
    private readonly refs: SectionRefs,
  ) {
    this.paragraphById = new Map(report.paragraphs.map((p) => [p.id, p]));
  }

  /** The section's paragraphs (with the sub-headings between them), packed into pages of at most `PAGE_CHARS`. */
  of(section: Section): Segment[][] {
    const cached = this.cache.get(section.id);
    if (cached) return cached;
    const blocks: Segment[][] = [];
    const visit = (s: Section, depth: number) => {
      if (depth > 0 && s.kind !== 'topic') blocks.push([{ text: s.title, heading: true }]);
      for (const id of s.paragraphIds) blocks.push(...splitLong(this.paragraphById.get(id)!));
      for (const child of s.childIds) visit(this.refs.get(child)!, depth + 1);
    };
    visit(section, 0);
    if (blocks.length === 0) blocks.push([{ text: 'This section has no text of its own; see its sub-sections below.' }]);

    const pages: Segment[][] = [];
    let current: Segment[] = [];
    let size = 0;
    const measure = (segments: Segment[]) => segments.reduce((n, s) => n + s.text.length, 0);
    for (const block of blocks) {
      const length = measure(block);
      if (size > 0 && size + length + 2 > PAGE_CHARS) {
        // A heading never ends a page: carry trailing headings over to the next one.
        const carried: Segment[] = [];
        while (current.at(-1)?.heading) {
          carried.unshift(current.pop()!);
          if (current.at(-1)?.text === '\n\n') carried.unshift(current.pop()!);
        }
        if (carried[0]?.text === '\n\n') carried.shift();
        if (current.length) pages.push(current);
        current = carried;
        size = measure(carried);
      }
      if (current.length) current.push({ text: '\n\n' });
      current.push(...block);
      size = measure(current);
    }
    if (current.length) pages.push(current);
    this.cache.set(section.id, pages);
    return pages;
  }

}

/** A paragraph as segments; one longer than a page is cut at sentence ends. */
function splitLong(p: Paragraph): Segment[][] {
  const styled = (start: number, end: number) =>
    toSegments(p.text.slice(start, end), markRanges(p.marks).map((r) => ({ ...r, start: r.start - start, end: r.end - start })));
  if (p.text.length <= PAGE_CHARS - 100) return [styled(0, p.text.length)];
  const pieces: Segment[][] = [];
  let start = 0;
  for (const s of splitSentences(p.text)) {
    if (s.end - start > PAGE_CHARS - 100 && s.start > start) {
      pieces.push(styled(start, s.start).map((seg, i, all) => (i === all.length - 1 ? { ...seg, text: seg.text.trimEnd() } : seg)));
      start = s.start;
    }
  }
  pieces.push(styled(start, p.text.length));
  return pieces;
}

