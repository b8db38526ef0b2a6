/**
 * Parses a State Department human-rights report (plain text, one paragraph per line, blank lines
 * between) into its heading tree and paragraphs, joining paragraphs that a PDF page break split.
 */
import type { ReportInfo } from '../answers.js';
import type { Mark, Paragraph, Report, Section, SectionKind } from './model.js';

/** The shapes a block of text can have before it becomes part of the tree. */
type Block =
  | { kind: 'summary'; title: string }
  | { kind: 'section'; number: string; title: string }
  | { kind: 'subsection'; letter: string; title: string }
  | { kind: 'subheading'; title: string }
  | { kind: 'paragraph'; text: string };

const SUMMARY = /^executive summary$/i;
const SECTION = /^Section\s+(\d+)\s*[.:]\s*(.+)$/;
const SUBSECTION = /^([a-z])\.\s+(\S.*)$/;
/** Ends a sentence: . ! ? or : optionally followed by closing quotes or brackets. */
const CLOSED = /[.!?:;]["'”’)\]]*$/;
/** Small words that stay lower case in a Title Case heading. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'without', 'against', 'regarding']);

/** Parses `text` into a `Report`. `info` names the report; its title is taken from the text when absent. */
export function parseReport(text: string, info: ReportInfo): Report {
  const rawBlocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

  // The first all-capitals line is the report's title, not a heading of the tree.
  if (rawBlocks[0] && !/[a-z]/.test(rawBlocks[0]) && !SUMMARY.test(rawBlocks[0])) rawBlocks.shift();

  return buildTree(classifyBlocks(rawBlocks), info);
}

/** Classifies each block and joins paragraph fragments split by a page break. */
export function classifyBlocks(raw: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    const next = raw[i + 1];
    const heading = headingOf(b, next);
    if (heading) {
      blocks.push(heading);
      continue;
    }
    let paragraph = b;
    // A paragraph that stops mid-sentence continues in the next block, unless that block is a heading.
    while (!CLOSED.test(paragraph) && i + 1 < raw.length && isContinuation(raw[i + 1]!, raw[i + 2])) {
      paragraph = joinFragments(paragraph, raw[++i]!);
    }
    blocks.push({ kind: 'paragraph', text: paragraph });
  }
  return blocks;
}

function headingOf(b: string, next: string | undefined): Block | undefined {
  if (SUMMARY.test(b)) return { kind: 'summary', title: 'Executive Summary' };
  const section = SECTION.exec(b);
  if (section && b.length < 200) return { kind: 'section', number: section[1]!, title: stripColon(section[2]!) };
  const sub = SUBSECTION.exec(b);
  if (sub && looksLikeHeading(sub[2]!)) return { kind: 'subsection', letter: sub[1]!, title: stripColon(sub[2]!) };
  // A short Title Case line is a named sub-heading, unless the next block carries on its sentence.
  if (looksLikeHeading(b) && !(next && startsLowerCase(next))) return { kind: 'subheading', title: b };
  return undefined;
}

/** A heading is short, unpunctuated at the end, and in Title Case. */
function looksLikeHeading(s: string): boolean {
  if (s.length > 130 || /[.!?;,]$/.test(s) || !/^[A-Z]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 16) return false;
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const capitalised = significant.filter((w) => /^[A-Z0-9("“]/.test(w));
  return capitalised.length >= significant.length * 0.75;
}

function isContinuation(block: string, after: string | undefined): boolean {
  if (startsLowerCase(block)) return true;
  return headingOf(block, after) === undefined;
}

function startsLowerCase(s: string): boolean {
  return /^["“(]?[a-z]/.test(s);
}

/** Joins two fragments of one sentence; a word hyphenated across the break keeps its hyphen. */
function joinFragments(a: string, b: string): string {
  return a.endsWith('-') ? a + b : `${a} ${b}`;
}

function stripColon(s: string): string {
  return s.trim().replace(/:$/, '').trim();
}

/** An inline topic that opens a paragraph: `Physical Conditions: Prison conditions were…`. */
export function topicLabel(text: string): string | undefined {
  const m = /^([A-Z][^.:!?;"“”]{1,80}?):\s+\S/.exec(text);
  if (!m) return undefined;
  const label = m[1]!.trim();
  if (label.split(/\s+/).length > 10) return undefined;
  return looksLikeHeading(label) ? label : undefined;
}

/** Builds the heading tree, gives every paragraph its place, id and citation. */
function buildTree(blocks: Block[], info: ReportInfo): Report {
  const sections: Section[] = [];
  const byId = new Map<string, Section>();
  const paragraphs: Paragraph[] = [];
  // The open headings, outermost first: [section, subsection?, subheading?, topic?]
  let stack: Section[] = [];

  const open = (kind: SectionKind, title: string, parent: Section | undefined, number?: string): Section => {
    const base = number ?? (parent ? `${parent.id}/${slug(title)}` : slug(title));
    let id = base;
    for (let n = 2; byId.has(id); n++) id = `${base}-${n}`;
    const path = [...(parent?.path ?? []), title];
    const section: Section = {
      id, kind, title, path,
      label: labelFor(kind, title, number, parent),
      childIds: [], paragraphIds: [],
      ...(number ? { number } : {}),
      ...(parent ? { parentId: parent.id } : {}),
    };
    parent?.childIds.push(id);
    sections.push(section);
    byId.set(id, section);
    return section;
  };

  const depthOf = (kind: SectionKind): number => ({ title: 0, summary: 0, section: 0, subsection: 1, subheading: 2, topic: 3 })[kind];
  /** Closes headings at `kind`'s depth or deeper and opens it under what remains. */
  const push = (kind: SectionKind, title: string, number?: string): Section => {
    stack = stack.filter((s) => depthOf(s.kind) < depthOf(kind));
    const section = open(kind, title, stack.at(-1), number);
    stack.push(section);
    return section;
  };

  for (const block of blocks) {
    switch (block.kind) {
      case 'summary':
        push('summary', block.title, 'exec');
        break;
      case 'section':
        push('section', block.title, block.number);
        break;
      case 'subsection': {
        const parentNumber = stack.find((s) => s.kind === 'section')?.number;
        push('subsection', block.title, parentNumber ? `${parentNumber}.${block.letter}` : block.letter);
        break;
      }
      case 'subheading':
        push('subheading', block.title);
        break;
      case 'paragraph': {
        const label = topicLabel(block.text);
        if (label) push('topic', label);
        // Paragraphs before any heading belong to an implicit introduction.
        const home = stack.at(-1) ?? push('summary', 'Introduction', 'intro');
        const { text, marks } = cleanText(block.text);
        const ordinal = home.paragraphIds.length + 1;
        const id = `${home.id}#${ordinal}`;
        home.paragraphIds.push(id);
        paragraphs.push({ id, sectionId: home.id, ordinal, text, marks, citation: `${home.label} ¶${ordinal}` });
        break;
      }
    }
  }
  return { info, sections, paragraphs };
}

/** `§2.a Freedom of Expression, Including for the Press › Internet Freedom`: the numbered part, then named headings. */
function labelFor(kind: SectionKind, title: string, number: string | undefined, parent: Section | undefined): string {
  if (kind === 'summary') return title;
  if (kind === 'section' || kind === 'subsection') return `§${number} ${title}`;
  return parent ? `${parent.label} › ${title}` : title;
}

export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'untitled'
  );
}

/**
 * Removes the text's markup artefacts and keeps their meaning as marks:
 * `\$` → `$`, `*Title*` → emphasis, `<http://…>` → link.
 */
export function cleanText(raw: string): { text: string; marks: Mark[] } {
  const marks: Mark[] = [];
  let text = '';
  const token = /\\([\\`*_{}[\]()#+\-.!$<>|~])|\*([^*\n]+)\*|<((?:https?|mailto):[^>\s]+)>/g;
  let last = 0;
  for (let m = token.exec(raw); m; m = token.exec(raw)) {
    text += raw.slice(last, m.index);
    if (m[1] !== undefined) {
      text += m[1];
    } else if (m[2] !== undefined) {
      const inner = m[2].replace(/\\(.)/g, '$1');
      marks.push({ start: text.length, end: text.length + inner.length, kind: 'emphasis' });
      text += inner;
    } else if (m[3] !== undefined) {
      marks.push({ start: text.length, end: text.length + m[3].length, kind: 'link', href: m[3] });
      text += m[3];
    }
    last = m.index + m[0].length;
  }
  text += raw.slice(last);
  return { text, marks };
}
