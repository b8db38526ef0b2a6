/**
 * The vocabulary of every report together, and how many paragraphs of each report use each term:
 * what a search across many reports reads first to choose the reports worth ranking in full
 * (`report-selection.ts`), instead of running every report's search. Saved in the built index;
 * a term's per-report counts stay a compact string until a query names the term.
 */

/** As saved: term → paragraphs using it in all reports, and term → "report:count report:count …" (base 36). */
export interface SavedLexicon {
  documentFrequency: Record<string, number>;
  reports: Record<string, string>;
}

/** A report's use of a term: the report's position in the index and how many of its paragraphs use it. */
export interface TermUse {
  report: number;
  paragraphs: number;
}

export class CorpusLexicon {
  private readonly decoded = new Map<string, TermUse[]>();

  constructor(private readonly saved: SavedLexicon) {}

  /** From each report's term → paragraph count, in index order. */
  static build(documentFrequencies: ReadonlyArray<Readonly<Record<string, number>>>): CorpusLexicon {
    const documentFrequency: Record<string, number> = {};
    const uses = new Map<string, string[]>();
    documentFrequencies.forEach((df, report) => {
      for (const term in df) {
        const count = df[term]!;
        documentFrequency[term] = (documentFrequency[term] ?? 0) + count;
        let list = uses.get(term);
        if (!list) uses.set(term, (list = []));
        list.push(`${report.toString(36)}:${count.toString(36)}`);
      }
    });
    const reports: Record<string, string> = {};
    for (const [term, list] of uses) reports[term] = list.join(' ');
    return new CorpusLexicon({ documentFrequency, reports });
  }

  /** Paragraphs using each term across all reports (the vocabulary a cross-report query is parsed with). */
  get documentFrequency(): Readonly<Record<string, number>> {
    return this.saved.documentFrequency;
  }

  /** The reports using `term`, in index order. */
  uses(term: string): readonly TermUse[] {
    let found = this.decoded.get(term);
    if (found) return found;
    const encoded = Object.hasOwn(this.saved.reports, term) ? this.saved.reports[term]! : '';
    found = encoded
      ? encoded.split(' ').map((pair) => {
          const colon = pair.indexOf(':');
          return { report: parseInt(pair.slice(0, colon), 36), paragraphs: parseInt(pair.slice(colon + 1), 36) };
        })
      : [];
    if (this.decoded.size >= 10_000) this.decoded.clear();
    this.decoded.set(term, found);
    return found;
  }

  toJSON(): SavedLexicon {
    return this.saved;
  }
}
