// Part of `npm run build`: saves English's words of very many senses, from WordNet's index, in
// dist/src/lexicon/ (see AmbiguousWords.load), so a query looks a word up in a set, not in WordNet's files.
import { AmbiguousWords } from '../dist/src/search/ambiguous-words.js';
import { AMBIGUOUS } from '../dist/src/search/query.js';

AmbiguousWords.compile(AMBIGUOUS.senses);
