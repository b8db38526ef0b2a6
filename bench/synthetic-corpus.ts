/**
 * A synthetic corpus of many reports derived from the real ones, for measuring hr-bot at the scale of
 * the State Department's yearly set (~200 country reports). Each report takes a source report and
 * gives it an invented country name and another year (title line and text), shuffles the paragraphs
 * within each heading, and perturbs the figures; all from a seed, so a run is reproducible. The files
 * are written to a folder of their own (never the repository's index-data/) and pass the real
 * format check and parser.
 *
 * `npm run corpus -- --reports 100 --out DIR [--seed 1] [--from index-data]` writes them and prints the folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { escapeRegExp } from '../src/escape-regexp.js';
import { defaultIndexDir } from '../src/paths.js';
import { checkReportFormat } from '../src/report/format-check.js';
import { classifyBlocks, parseReport } from '../src/report/parse.js';
import { readReportSources, type ReportSource } from '../src/report/sources.js';

export interface CorpusOptions {
  /** Folder of real reports to derive from. Default: the repository's index-data/. */
  from?: string;
  /** Folder to write into (created if missing). Default: a new temporary folder. */
  to?: string;
  /** How many reports. Default 100. */
  reports?: number;
  /** Seed of every random choice. Default 1. */
  seed?: number;
}

export interface SyntheticReport {
  file: string;
  country: string;
  year: number;
  /** The source report it was derived from. */
  sourceId: string;
  /** Paragraphs the parser finds in it (the same as in its source). */
  paragraphs: number;
}

/** Writes the corpus and returns its folder and what it holds. */
export function writeSyntheticCorpus(options: CorpusOptions = {}): { dir: string; reports: SyntheticReport[] } {
  const sources = readReportSources(options.from ?? defaultIndexDir());
  const dir = options.to ?? mkdtempSync(join(tmpdir(), 'hr-corpus-'));
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(options.seed ?? 1);
  const names = countryNames(options.reports ?? 100, random);
  const reports = names.map((country, i): SyntheticReport => {
    const source = sources[i % sources.length]!;
    const year = 2010 + Math.floor(random() * 15);
    const text = deriveReport(source, country, year, random);
    const file = `${slugOf(country)}-${year}-human-rights-report.txt`;
    // The real checks, so a corpus the bot would refuse never reaches a measurement.
    checkReportFormat(file, text);
    const paragraphs = parseReport(text, { ...source.info, id: file, country, year }).paragraphs.length;
    writeFileSync(join(dir, file), text);
    return { file, country, year, sourceId: source.info.id, paragraphs };
  });
  return { dir, reports };
}

/** One derived report: the source's blocks with a new title line, country, years, paragraph order and figures. */
function deriveReport(source: ReportSource, country: string, year: number, random: () => number): string {
  const raw = source.text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  // The title line is the first all-capitals block, as the parser reads it.
  if (raw[0] && !/[a-z]/.test(raw[0])) raw.shift();
  const blocks = classifyBlocks(raw);
  const out: string[] = [`${country.toUpperCase()} ${year} HUMAN RIGHTS REPORT`];
  const yearShift = year - source.info.year;
  const rewrite = (text: string) => perturbFigures(renameCountry(text, source.info.country, country), yearShift, random);
  // Paragraphs between two headings (or two inline topics, "Physical Conditions: …") change places;
  // headings and topic openers stay, so every paragraph keeps its section.
  let run: string[] = [];
  const flush = () => {
    out.push(...shuffle(run, random).map(rewrite));
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph' && !/^[A-Z][^.:!?;"“”]{1,80}?:\s+\S/.test(block.text)) {
      run.push(block.text);
      continue;
    }
    flush();
    switch (block.kind) {
      case 'summary':
        out.push('EXECUTIVE SUMMARY');
        break;
      case 'section':
        out.push(`Section ${block.number}. ${rewrite(block.title)}`);
        break;
      case 'subsection':
        out.push(`${block.letter}. ${renameCountry(block.title, source.info.country, country)}`);
        break;
      case 'subheading':
        out.push(renameCountry(block.title, source.info.country, country));
        break;
      case 'paragraph':
        out.push(rewrite(block.text));
        break;
    }
  }
  flush();
  return `${out.join('\n\n')}\n`;
}

/** The source's country name, in any case and as the start of a word (Kazakhstani), replaced by the new one in the same case. */
function renameCountry(text: string, from: string, to: string): string {
  const pattern = new RegExp(`\\b${escapeRegExp(from)}`, 'gi');
  return text.replace(pattern, (found) => (found === found.toUpperCase() ? to.toUpperCase() : to));
}

const MONTH = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;

/**
 * Years move with the report's year (2016 in a 2017 report becomes 2019 in a 2020 one); other
 * figures are scaled by 0.7–1.3, keeping their thousands separators; a month's day stays a day.
 */
function perturbFigures(text: string, yearShift: number, random: () => number): string {
  return text.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g, (figure, offset: number) => {
    const value = Number(figure.replace(/,/g, ''));
    if (/^(?:19|20)\d\d$/.test(figure)) return String(value + yearShift);
    if (MONTH.test(text.slice(Math.max(0, offset - 12), offset))) return figure;
    const decimals = figure.includes('.') ? figure.split('.')[1]!.length : 0;
    // A share stays a share: "97.5 percent" may become 100 percent, never 120.
    const share = /^\s*(?:percent|%)/.test(text.slice(offset + figure.length, offset + figure.length + 9)) && value <= 100;
    const scaled = Math.min(share ? 100 : Infinity, Math.max(decimals ? 0.1 : 1, value * (0.7 + 0.6 * random())));
    const out = decimals ? scaled.toFixed(decimals) : String(Math.round(scaled));
    return figure.includes(',') ? Number(out).toLocaleString('en-US') : out;
  });
}

/** `n` distinct invented country names, from syllables, so none is a real country another report covers. */
function countryNames(n: number, random: () => number): string[] {
  const starts = ['Al', 'Bel', 'Cor', 'Dar', 'El', 'Fen', 'Gal', 'Hal', 'Ist', 'Jor', 'Kel', 'Lor', 'Mar', 'Nor', 'Os', 'Pal', 'Quen', 'Ros', 'Sal', 'Tor', 'Ul', 'Val', 'Wes', 'Yor', 'Zan'];
  const middles = ['a', 'e', 'i', 'o', 'u', 'an', 'ar', 'el', 'in', 'or'];
  const ends = ['via', 'dia', 'ria', 'land', 'stan', 'nia', 'mark', 'thia', 'gonia', 'rica'];
  const names = new Set<string>();
  while (names.size < n) {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    names.add(pick(starts) + pick(middles) + pick(ends));
  }
  return [...names];
}

/** Fisher–Yates with the corpus's generator. */
function shuffle<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A small seeded generator (mulberry32): the same seed, the same corpus. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slugOf(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { reports: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, from: { type: 'string' } } });
  const { dir, reports } = writeSyntheticCorpus({
    reports: Number(values.reports ?? 100),
    seed: Number(values.seed ?? 1),
    ...(values.out ? { to: values.out } : {}),
    ...(values.from ? { from: values.from } : {}),
  });
  console.log(`${reports.length} reports in ${dir}`);
}
