// Part of `npm run build`: saves the thesaurus's parsed entries in dist/src/lexicon/ (see Thesaurus.load),
// so a one-shot `hr search` and the bot's start-up do not analyse every phrase of it again.
import { Thesaurus } from '../dist/src/search/thesaurus.js';

Thesaurus.compile();
