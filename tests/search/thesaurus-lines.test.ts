import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from '../../src/search/analysis.js';
import { readReportSources } from '../../src/report/sources.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { REPORT_DIR } from '../helpers.js';

// The thesaurus's rule for phrases the reports write themselves (docs/search-quality.md, "How search works" and quality round 67).
describe('the thesaurus lines against the reports in index-data', () => {
  const thesaurus = Thesaurus.load();

  it.each(readReportSources(REPORT_DIR).map((s) => [s.file, s.text] as const))(
    'leads every left-hand phrase %s writes on to another term it writes',
    (_file, text) => {
      const words = tokenize(text).map((t) => t.surface);
      // The report's terms in order, space-joined with a space at each end: a phrase is written when its terms are.
      const written = ` ${termsOf(text).join(' ')} `;
      const writes = (terms: readonly string[]) => terms.length > 0 && written.includes(` ${terms.join(' ')} `);
      // A phrase the report writes needs no mapping, and matched as one it merges its words into one query word:
      // its line must add a term of the register the report writes too ("asylum seekers" → refugees).
      const deadEnds = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        const entry = thesaurus.match(words, i);
        if (!entry || entry.length < 2) continue;
        const span = words.slice(i, i + entry.length).join(' ');
        const own = termsOf(span).join(' ');
        if (!entry.expansions.some((e) => termsOf(e).join(' ') !== own && writes(termsOf(e)))) deadEnds.add(`${span.toLowerCase()} => ${entry.expansions.join(', ')}`);
      }
      expect([...deadEnds]).toEqual([]);
    },
  );
});
