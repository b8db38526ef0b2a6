/**
 * A long-running bot searches a few times before it reports ready (and `npm start`'s console before it
 * opens), so the first person to ask does not pay for what a fresh process does once: V8 compiling the
 * search code and its regular expressions on first use, and the structures built on the first query
 * (~5 ms cold against ~0.1 ms warm; docs/search-speed.md, issue 13 round 8). The one-shot `hr` does not warm up: there the first query
 * is the only one, and its code cache already spares most of the compiling.
 *
 * The queries are made from the default report's own section titles, in the forms people type — the
 * title, a question, a misspelt word, a quoted phrase, a section filter — so each path runs once and
 * no report is named here. They leave behind only what any search leaves (per-word caches).
 */
import type { QueryService } from './query-service.js';

/** Titles the warm-up borrows queries from: enough to touch several sections, few enough to take a few ms. */
const TITLES = 3;
/** General English, not any report's: words the reports' register lacks ("cops", "kids", "roughed up"). */
const EVERYDAY = 'do cops rough up kids and grandmas';

/** The warm-up's queries for `service`'s default report (empty for a report without titled sections). */
export function warmUpQueries(service: QueryService): string[] {
  const contents = service.sections();
  if (contents.kind !== 'sections') return [];
  const titles = contents.entries
    .filter((e) => e.depth > 0)
    .map((e) => ({ ref: e.ref, words: titleOf(e.label).split(/[^\p{L}]+/u).filter((w) => w.length >= 3) }))
    .filter((t) => t.words.length > 0)
    .slice(0, TITLES);
  const queries: string[] = [];
  for (const { ref, words } of titles) {
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    queries.push(
      words.join(' '),
      `how many ${longest.toLowerCase()} were there`,
      // A letter dropped: the typo pass.
      `${longest.slice(0, 1)}${longest.slice(2)} ${words[0] === longest ? '' : words[0]}`.trim().toLowerCase(),
      `"${words.slice(0, 2).join(' ')}"`,
      `section:${ref} ${longest}`,
      // A yes/no question put with an opening ("is it true that") and a "how often": the coverage and bold rules
      // of their kinds, and the word families the ranking reads.
      `is it true that ${longest.toLowerCase()} is legal`,
      `how often does ${longest.toLowerCase()} happen`,
    );
  }
  // Everyday words no report writes, so the thesaurus, the word vectors and the dense and alignment
  // rankings are loaded and run once too (they are read on the first query that needs them).
  queries.push(EVERYDAY);
  return queries;
}

/** Runs the warm-up's queries through `service`; returns how many ran. */
export function warmUp(service: QueryService): number {
  const queries = warmUpQueries(service);
  for (const query of queries) service.search(query, { limit: 5 });
  return queries.length;
}

/** A section label's own title: the last part after `›`, without the `§1.c` number. */
function titleOf(label: string): string {
  const last = label.split('›').at(-1) ?? label;
  return last.replace(/^\s*§\S+\s*/, '').trim();
}
