/**
 * The facts daily posts draw from: every report's, each knowing its report. With one report a fact's
 * id is the report's own; with several it is `<report id>/<fact id>`, since two reports may hold the
 * same sentence at the same place. Ids stored by either scheme are still recognised, so adding or
 * removing a report does not make a channel forget what it was shown.
 */
import type { Fact, FactAnswer, ReportInfo } from '../answers.js';
import { Rotation } from './rotation.js';

/** One report and its facts, e.g. `{ report: service.reports[i], facts: service.facts(id) }`. */
export interface ReportFacts {
  report: ReportInfo;
  facts: readonly Fact[];
}

/** Where daily facts come from: one report's facts, or every report's (`reports`, the default report first). */
export type FactSource = ReportFacts | { reports: readonly ReportFacts[] };

export function factPoolOf(source: FactSource): FactPool {
  return new FactPool('reports' in source ? source.reports : [source]);
}

export class FactPool {
  /** Every fact, ids unique across reports, in report order. */
  readonly facts: readonly Fact[];
  private readonly reportById = new Map<string, ReportInfo>();
  private readonly reportOfFact = new Map<string, ReportInfo>();
  /** `report id \n the report's own fact id` → pool id, for ids stored under the other scheme. */
  private readonly byOwnId = new Map<string, string>();
  /** The report's own fact id → pool id, in report order (the first report wins). */
  private readonly byBareId = new Map<string, string>();

  constructor(readonly reports: readonly ReportFacts[]) {
    const qualify = reports.length > 1;
    const facts: Fact[] = [];
    for (const { report, facts: own } of reports) {
      this.reportById.set(report.id, report);
      for (const fact of own) {
        const id = qualify ? `${report.id}/${fact.id}` : fact.id;
        facts.push(id === fact.id ? fact : { ...fact, id });
        this.reportOfFact.set(id, report);
        this.byOwnId.set(`${report.id}\n${fact.id}`, id);
        if (!this.byBareId.has(fact.id)) this.byBareId.set(fact.id, id);
      }
    }
    this.facts = facts;
  }

  /** The report a pool fact comes from. */
  reportOf(factId: string): ReportInfo | undefined {
    return this.reportOfFact.get(factId);
  }

  /** Whether a report of this id is in the pool. */
  has(reportId: string): boolean {
    return this.reportById.has(reportId);
  }

  /**
   * The pool id of a fact id stored in the ledger: itself, the same fact under the other scheme
   * (`r/f` stored while several reports were loaded, `f` while one was), or undefined when gone.
   */
  resolve(storedId: string): string | undefined {
    if (this.reportOfFact.has(storedId)) return storedId;
    const slash = storedId.indexOf('/');
    // Report ids are file names, so they hold no `/`: the first one ends the report part.
    if (slash > 0) {
      const qualified = this.byOwnId.get(`${storedId.slice(0, slash)}\n${storedId.slice(slash + 1)}`);
      if (qualified) return qualified;
    }
    return this.byBareId.get(storedId);
  }

  /**
   * The rotation of a channel: over every fact, or over one report's when the channel sticks to one
   * (and that report is still loaded), under the same ids either way, so switching keeps the history.
   */
  rotation(reportId?: string): Rotation {
    const key = reportId !== undefined && this.reportById.has(reportId) ? reportId : '';
    let rotation = this.rotations.get(key);
    if (!rotation) {
      const facts = key === '' ? this.facts : this.facts.filter((f) => this.reportOfFact.get(f.id)?.id === key);
      rotation = new Rotation(facts, { reportOf: (id) => this.reportOfFact.get(id)?.id, resolve: (id) => this.resolve(id) });
      this.rotations.set(key, rotation);
    }
    return rotation;
  }

  private readonly rotations = new Map<string, Rotation>();

  /** A fact of the pool as an answer, naming the fact's own report. */
  answer(fact: Fact, date?: string): FactAnswer {
    const report = this.reportOf(fact.id) ?? this.reports[0]!.report;
    return { kind: 'fact', report, fact, ...(date !== undefined ? { date } : {}) };
  }
}
