/**
 * The everyday English words of very many senses ("run", "make", "take", "charge"), from WordNet: a
 * typed word among them says little of which passage is meant (see `AMBIGUOUS` in query.ts). The
 * list is made by `npm run build` (`AmbiguousWords.compile`), so a query looks a word up in a set
 * instead of WordNet's files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../paths.js';
import { baseForms, lemmasWithSenses, type PartOfSpeech } from './wordnet.js';

const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** What the build saves: the lemmas with at least `min` senses. */
interface SavedAmbiguousWords {
  min: number;
  lemmas: string[];
}

export class AmbiguousWords {
  private readonly lemmas: ReadonlySet<string>;

  constructor(lemmas: Iterable<string>) {
    this.lemmas = new Set(lemmas);
  }

  /** Each word asked about and the answer: a warm query's words are looked up once, not stripped of endings again. */
  private readonly answers = new Map<string, boolean>();

  /** Whether `word` (lower case) or a form WordNet would list it under is one of the lemmas ("runs" → run). */
  has(word: string): boolean {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.lemmas.has(word) || PARTS.some((pos) => baseForms(word, pos).some((form) => this.lemmas.has(form)));
      if (this.answers.size >= 10_000) this.answers.clear();
      this.answers.set(word, answer);
    }
    return answer;
  }

  /** The list the build saved for `min` senses; made from WordNet's index files when it is missing or was made for another `min`. */
  static load(min: number, file: string = compiledFile()): AmbiguousWords {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedAmbiguousWords;
      if (saved.min === min && Array.isArray(saved.lemmas)) return new AmbiguousWords(saved.lemmas);
    } catch {
      // Not built yet: read WordNet.
    }
    return new AmbiguousWords(lemmasWithSenses(min));
  }

  /** Saves the lemmas with at least `min` senses where `load` looks for them (run by `npm run build`). */
  static compile(min: number, file: string = compiledFile()): void {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ min, lemmas: lemmasWithSenses(min) } satisfies SavedAmbiguousWords));
  }
}

function compiledFile(): string {
  return join(packageRoot(), 'dist', 'src', 'lexicon', 'ambiguous-words.json');
}
