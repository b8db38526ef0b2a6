/**
 * The yardstick behind `hr search --json` on stdin: MiniSearch with default options over the same
 * paragraphs, answering one JSON line per stdin line with the same shape of output (text of the
 * best ten), so the protocol's cost is the same on both sides.
 */
import { createInterface } from 'node:readline';
import MiniSearch from 'minisearch';
import { defaultIndexDir } from '../src/paths.js';
import { parseReport } from '../src/report/parse.js';
import { readReportSources } from '../src/report/sources.js';

const paragraphs = readReportSources(defaultIndexDir()).flatMap((s) => parseReport(s.text, s.info).paragraphs);
const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
miniSearch.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin, terminal: false })) {
  const results = miniSearch.search(line).slice(0, 10).map((r) => ({ citation: paragraphs[r.id as number]!.citation, text: paragraphs[r.id as number]!.text, score: r.score }));
  process.stdout.write(`${JSON.stringify({ query: line, results })}\n`);
}
