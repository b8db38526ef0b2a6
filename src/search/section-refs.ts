/**
 * Resolves what people type for a section (`2a`, `2.a`, `2 A`, `1(c)`, `section 7c`, `exec summary`,
 * `internet freedom`, `prison conditions`) to a section of the report, and suggests the closest
 * sections when nothing matches.
 */
import type { SectionSuggestion } from '../answers.js';
import type { Report, Section } from '../report/model.js';
import { normalize, termsOf } from './analysis.js';

export type RefResolution = { ok: true; section: Section } | { ok: false; suggestions: SectionSuggestion[] };

const SUMMARY_WORDS = /^(exec(utive)?(\s+summary)?|summary|overview|intro(duction)?)$/;
/**
 * A section number with letters or none: `2a`, `2.a`, `1(c)`. Exported for its test. The white space after the number is read
 * by one repeat: three in a row (`\s*[.\-\s]*\(?\s*`) could share a run of spaces every way, cubic in its length (round 126).
 */
export const NUMBERED = /^(\d{1,2})(?:\s*|[.\-\s]*(?:\(\s*)?([a-z]{1,3})\s*\)?)$/;

/** The short ref a user can type back for a section: `2a`, `exec`, or the id for named headings. */
export function shortRef(section: Section): string {
  if (section.kind === 'summary') return section.id;
  if (section.number) return section.number.replace('.', '');
  return section.id.replace('.', '');
}

export function suggestionFor(section: Section): SectionSuggestion {
  return { ref: shortRef(section), id: section.id, label: section.label };
}

export class SectionRefs {
  private readonly byId: Map<string, Section>;
  /** Title terms per section, for matching named headings; analysed on the first lookup by name. */
  private titleTermsById?: Map<string, string[]>;

  constructor(private readonly report: Report) {
    this.byId = new Map(report.sections.map((s) => [s.id, s]));
  }

  /** Most searches never name a section, and analysing every title was ~5 ms of a one-shot search. */
  private get titleTerms(): Map<string, string[]> {
    return (this.titleTermsById ??= new Map(this.report.sections.map((s) => [s.id, termsOf(s.title)])));
  }

  get(id: string): Section | undefined {
    return this.byId.get(id);
  }

  resolve(raw: string): RefResolution {
    const ref = normalize(raw)
      .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
      .replace(/^\s*(?:§|section|sec\.?|s\.)\s*/, '')
      .replace(/^§\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (ref === '') return { ok: false, suggestions: this.topLevel() };

    // Ids as issued in buttons and suggestions (`2.a`, `2.a/internet-freedom`) and their short forms (`2a/...`).
    const direct = this.byId.get(ref) ?? this.byId.get(ref.replace(/^(\d+)([a-z])(?=\/|$)/, '$1.$2'));
    if (direct) return { ok: true, section: direct };

    if (SUMMARY_WORDS.test(ref)) {
      const summary = this.report.sections.find((s) => s.kind === 'summary');
      if (summary) return { ok: true, section: summary };
    }

    const numbered = NUMBERED.exec(ref);
    if (numbered) {
      const [, num, letters] = numbered;
      const id = letters ? `${num}.${letters}` : num!;
      const found = this.byId.get(id);
      if (found) return { ok: true, section: found };
      // `2h` → the subsections of 2; `9` → the top level.
      const parent = this.byId.get(num!);
      return { ok: false, suggestions: parent ? [parent, ...this.children(parent)].map(suggestionFor) : this.topLevel() };
    }

    const named = this.byName(ref);
    if (named.length && named[0]!.exact) return { ok: true, section: named[0]!.section };
    if (named.length && named[0]!.complete) return { ok: true, section: named[0]!.section };
    return { ok: false, suggestions: named.length ? named.slice(0, 5).map((n) => suggestionFor(n.section)) : this.topLevel() };
  }

  /** Up to `limit` sections whose title or ref matches the words typed so far, best first. */
  suggest(prefix: string, limit = 25): SectionSuggestion[] {
    const text = normalize(prefix).trim();
    if (text === '') return this.report.sections.filter((s) => s.kind !== 'topic').slice(0, limit).map(suggestionFor);
    const resolved = this.resolve(text);
    const first = resolved.ok ? [resolved.section] : [];
    const compact = text.replace(/[^a-z0-9]/g, '');
    const byRef = this.report.sections.filter((s) => s.number && shortRef(s).startsWith(compact));
    const byName = this.byName(text, true).map((n) => n.section);
    const seen = new Set<string>();
    const out: SectionSuggestion[] = [];
    for (const s of [...first, ...byRef, ...byName]) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      out.push(suggestionFor(s));
      if (out.length >= limit) break;
    }
    return out;
  }

  private topLevel(): SectionSuggestion[] {
    return this.report.sections.filter((s) => !s.parentId).map(suggestionFor);
  }

  private children(section: Section): Section[] {
    return section.childIds.map((id) => this.byId.get(id)!).filter(Boolean);
  }

  /**
   * Sections whose title contains the words typed. `exact`: the whole title; `complete`: every
   * typed word is in the title. With `prefixes`, the last word may be unfinished (autocomplete).
   */
  private byName(text: string, prefixes = false): Array<{ section: Section; exact: boolean; complete: boolean; score: number }> {
    const words = termsOf(text);
    if (words.length === 0) return [];
    const last = normalize(text).split(/[^a-z0-9]+/).filter(Boolean).at(-1) ?? '';
    const out = [];
    for (const section of this.report.sections) {
      const title = this.titleTerms.get(section.id)!;
      const hits = words.filter((w, i) => title.includes(w) || (prefixes && i === words.length - 1 && title.some((t) => t.startsWith(w) || t.startsWith(last))));
      if (hits.length === 0) continue;
      const exact = normalize(section.title).replace(/[^a-z0-9]+/g, ' ').trim() === text.replace(/[^a-z0-9]+/g, ' ').trim();
      const complete = hits.length === words.length;
      // Prefer covering all typed words, then titles with few extra words, then shallower headings.
      const score = (exact ? 100 : 0) + (hits.length / words.length) * 10 + (hits.length / title.length) * 3 - section.path.length * 0.1;
      out.push({ section, exact, complete, score });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}
