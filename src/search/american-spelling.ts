/**
 * The American spellings of a British one ("centres" → centers, "labour" → labor, "criticised" →
 * criticized, "defence" → defense, "travelled" → traveled, "catalogue" → catalog): the State
 * Department writes American English, its readers often do not, and a British spelling is a word of
 * general English, so typo correction leaves it alone and it counted as a word the report never
 * writes ("how many crisis centres…" was refused; round 47, docs/search-quality.md). General English
 * orthography, no list of the report's words: the caller keeps the first variant the report writes.
 */

/**
 * The derivational endings a British spelling may carry after its own ("colour-ful", "behaviour-al", "organis-ational",
 * "defence-less"): each ending of `ENDINGS` reads them too, so the British core is found inside a longer word.
 */
const TAIL = '(al|ally|ful|fully|less|ism|ist|ists|y|ies|ably)?';

/** Each British ending and its American form; a word may match several ("organisation": -isation). */
const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([a-z][bt])re(s?)$/, '$1er$2'],
  [/([^aeiou]t)r(ed|ing)$/, '$1er$2'],
  [new RegExp(`our(s|ed|ing|er|ers|ite|ites|able|ably)?${TAIL}$`), 'or$1$2'],
  [new RegExp(`is(e|es|ed|ing|ingly|ation|ations|ational|er|ers|ement|ements)${TAIL}$`), 'iz$1$2'],
  [/ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  [/([^aeiou])ence(s|less|d)?$/, '$1ense$2'],
  [/([aeiou])ll(ed|ing|er|ers|or|ors)$/, '$1l$2'],
  [/([lg])ogue(s?)$/, '$1og$2'],
  [/([lg])ogu(ed|ing)$/, '$1og$2'],
  [/gement(s?)$/, 'gment$1'],
  [/amme(s?)$/, 'am$1'],
  // ae and oe between consonants, from Greek and Latin, written e ("paediatric", "anaemia", "foetus"), and -oea ("diarrhoea").
  [/([bcdfghlmnprstv])ae([bcdfglmnprstv])/, '$1e$2'],
  // Not after p or g, nor before s: "poet", "goer", "heroes", "shoes" are no oe of Greek or Latin.
  [/([cfhlmnrt])oe([bcdfglmnprtv])/, '$1e$2'],
  [/([hr])oea(s?)$/, '$1ea$2'],
  [/^[ao]e([bcdfglmnprstv])/, 'e$1'],
];

/**
 * British spellings a dictionary lists as variants that no rule of `ENDINGS` reaches, each with the
 * inflections `FORM_TAILS` reads after it: "practise" (the verb; American English writes practice for both), "gaol",
 * "tyre", "grey", "kerb", "cheque", "plough", "mould", "sceptic", "ageing", "aluminium", "artefact", "pyjamas", "storey".
 */
const DICTIONARY: ReadonlyArray<readonly [string, string]> = [
  ['practis', 'practic'],
  ['gaol', 'jail'],
  ['tyre', 'tire'],
  ['grey', 'gray'],
  ['kerb', 'curb'],
  ['cheque', 'check'],
  ['plough', 'plow'],
  ['mould', 'mold'],
  ['moult', 'molt'],
  ['smoulder', 'smolder'],
  ['sceptic', 'skeptic'],
  ['ageing', 'aging'],
  ['aluminium', 'aluminum'],
  ['artefact', 'artifact'],
  ['pyjama', 'pajama'],
  ['storey', 'story'],
];
/** The endings a `DICTIONARY` word may carry: inflections and the few derivations that keep its spelling. */
const FORM_TAILS = /^(?:e|es|ed|ing|s|er|ers|y|al|ally|ism)?$/;

/** Whether any of `ENDINGS` fits: one test, where most words (a query's unknown words, each query) fit none. */
const ANY_ENDING = new RegExp(ENDINGS.map(([british]) => `(?:${british.source})`).join('|'));

/** The American spellings of `lower` (a lower-case word), most likely first; empty for a word neither `DICTIONARY` nor `ENDINGS` fits. */
export function americanSpellings(lower: string): string[] {
  if (lower.length < 4) return [];
  const out: string[] = [];
  for (const [british, american] of DICTIONARY) {
    if (lower.startsWith(british) && FORM_TAILS.test(lower.slice(british.length))) out.push(american + lower.slice(british.length));
  }
  if (lower.length < 5 || !ANY_ENDING.test(lower)) return out;
  for (const [british, american] of ENDINGS) {
    if (!british.test(lower)) continue;
    const variant = lower.replace(british, american);
    if (variant !== lower && !out.includes(variant)) out.push(variant);
  }
  return out;
}
