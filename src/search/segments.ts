/** Cuts a paragraph into styled segments from character ranges (emphasis, links, answer, matches). */
import type { Segment } from '../answers.js';
import type { Mark } from '../report/model.js';

export interface StyledRange {
  start: number;
  end: number;
  style: Omit<Segment, 'text'>;
}

/** Segments covering all of `text`; where ranges overlap, their styles combine. */
export function toSegments(text: string, ranges: readonly StyledRange[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const segment: Segment = { text: text.slice(start, end) };
    for (const r of ranges) if (r.start <= start && r.end >= end) Object.assign(segment, r.style);
    const prev = segments.at(-1);
    if (prev && sameStyle(prev, segment)) prev.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}

/** The report's own styling (italics, links) as ranges. */
export function markRanges(marks: readonly Mark[]): StyledRange[] {
  return marks.map((m) => ({ start: m.start, end: m.end, style: m.kind === 'link' ? { link: m.href ?? '' } : { emphasis: true } }));
}

function sameStyle(a: Segment, b: Segment): boolean {
  return a.emphasis === b.emphasis && a.answer === b.answer && a.match === b.match && a.link === b.link && a.heading === b.heading;
}
