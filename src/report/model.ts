/** The parsed report: a tree of headings with the paragraphs under them. No search, no chat. */
import type { ReportInfo } from '../answers.js';

/** What a heading is in the report's own structure. */
export type SectionKind = 'title' | 'summary' | 'section' | 'subsection' | 'subheading' | 'topic';

/** Inline styling inside a paragraph, as character ranges of `Paragraph.text`. */
export interface Mark {
  start: number;
  end: number;
  kind: 'emphasis' | 'link';
  /** For links: the URL. */
  href?: string;
}

export interface Paragraph {
  /** Stable id: `<sectionId>#<n>`, e.g. `2.a/internet-freedom#3`. */
  id: string;
  /** The deepest heading this paragraph sits under. */
  sectionId: string;
  /** 1-based position among the paragraphs of that heading (the ¶ in the citation). */
  ordinal: number;
  /** Clean plain text: `\$` unescaped, italics and link markers removed (kept in `marks`). */
  text: string;
  marks: Mark[];
  /** `§2.a Freedom of Expression, Including for the Press › Internet Freedom ¶3` */
  citation: string;
}

export interface Section {
  /** Stable id: `exec`, `1`, `1.c`, `1.c/prison-and-detention-center-conditions`, `…/physical-conditions`. */
  id: string;
  kind: SectionKind;
  /** `2`, `2.a` for numbered sections; absent for named headings. */
  number?: string;
  title: string;
  /** Titles from the top section down to this one (inclusive). */
  path: string[];
  /** `§2.a Freedom of Expression, Including for the Press › Internet Freedom` */
  label: string;
  parentId?: string;
  childIds: string[];
  /** Paragraphs directly under this heading (not under its children), in order. */
  paragraphIds: string[];
}

export interface Report {
  info: ReportInfo;
  /** Sections in reading order. */
  sections: Section[];
  /** Paragraphs in reading order. */
  paragraphs: Paragraph[];
}
