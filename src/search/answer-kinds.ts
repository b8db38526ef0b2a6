/**
 * A kind of answer a question's form names, and how a report states it: a share ("what share of…": a percentage, "half",
 * "two-thirds"). Read by coverage (an answering passage must state one, `isUnshared`, round 45) and by the ranking (a vote
 * for a passage whose best sentence states one, `RANKING.share`, round 65). Whether someone may do something ("can…"):
 * a sentence saying who may do it, read by the sentence ranking (`RANKING.permitted`, round 73) and the bold choice
 * (`RANKING.permission`, round 74). An age ("how young can a girl get married"): a sentence stating one with its figure,
 * read by the bold choice (`RANKING.age`, round 111); the "old" of "how old", which the ranking reads as "age" (`AGE_FRAMING`, round 114).
 * A cause ("why…"): a sentence stating one, read by the bold choice (`RANKING.cause`, round 46) and the sentence ranking
 * (`RANKING.causeStated`, round 127).
 */
import { GatedPattern } from './gated-pattern.js';

/** A question asking what share of something is so: "what percentage of kazakhstan is muslim", "what share of workers are in unions". */
export const SHARE_QUESTION = new GatedPattern(/^\s*(?:what|which)\s+(?:percentage|percent|share|proportion|fraction)\s+of\b|\bhow\s+many\s+percent\b/i, ['percent', 'share', 'proportion', 'fraction']);

/** A share as a report states it: a percentage, or a fraction in words ("half", "two-thirds"). */
export const SHARE_STATED = /\d\s*(?:percent|per\s+cent|%)|\b(?:half|third|thirds|quarter|quarters|majority|minority)\b/i;

/** A question asking whether someone may do something: "can judges dissolve a jury", "could police search a detainee". */
export const PERMISSION_QUESTION = new GatedPattern(/^\s*(?:can|could|may)\b/i, [], ['can', 'could', 'may']);

/**
 * A word saying someone may or may not do what the next verb says: a modal ("may fire", "could easily dissolve",
 * "cannot be extended") or a permission, right or ban before "to" or "from" ("the authority to suspend", "the right to
 * appeal", "prohibits … from joining" only when "from" follows it). Global: read with `exec` from `lastIndex` 0.
 */
export const PERMISSION_CUE = /\b(?:may|can|could|cannot|might|must)\s+|\b(?:right|rights|authority|ability|power|entitled|allowed|permitted|free|able|prohibited|forbidden|barred|prohibits?|bans?|allows?)\s+(?:to|from)\s+/gi;

/**
 * The words by which a sentence says what may or may not be done, whatever the verb: what the bold choice favours for a
 * "can…" question (`favourPermission`, round 74); `PERMISSION_CUE` above also finds the verb, for the ranking.
 */
export const STATES_PERMISSION = /\b(?:may|can|cannot|(?:right|authority|allowed|permitted|entitled|eligible|free)\s+to)\b/i;

/**
 * A question asking an age: "how old / how young…", "what / which age", "youngest", "minimum / legal / working… age",
 * "age limit", "age of consent" (round 111). Not "old" or "age" alone ("are old people discriminated against", "age
 * discrimination"), nor an age the question takes as given ("do couples marry in mosques before the bride reaches the
 * legal age": the custom is asked). The bold choice's reading (`favourAge`); coverage's `AGE_QUESTION` (round 29), which
 * refuses a question no age sentence answers, reads a narrower set ("how old", "what age", "age for / of…").
 */
export const AGE_ASKED = new GatedPattern(
  /\bhow\s+(?:old|young)\b|\b(?:what|which)\s+age\b|\byoungest\b|(?<!\b(?:before|after|reach|reaches|reached|reaching|under|below|above|over|past)\s+(?:the\s+|a\s+)?)\b(?:minimum|minimal|min|legal|lowest|working|marriage|marrying|employment)\s+age\b|\bage\s+(?:limits?|of\s+consent|requirements?|restrictions?)\b/i,
  ['old', 'young', 'age'],
);

/**
 * The "old" or "young" that frames a question asking an age ("how old do you have to be to work"), captured: the ranking
 * reads "age" for it (`rankingQuery`, round 114). Not after "was" or "were": "how old was the conscript who died" asks a
 * person's age at an event, which the reports write with "old" ("18-year-old").
 */
export const AGE_FRAMING = /\bhow\s+(old|young)\b(?!\s+(?:was|were)\b)/;

/**
 * An age as these reports state one, named as an age with its figure: a limit ("The legal minimum age for marriage is 18",
 * "girls under age 18") or a person's age ("a 29-year-old resident"). Not a range bounding a group ("children ages 14
 * through 16 may perform light work", an exception to the limit), an age without a figure ("when the bride reached the
 * legal age"), nor a figure saying whom another rule covers ("restricts the length of the workday for employees younger
 * than 18").
 */
export const STATES_AGE = /\b(?:minimum|minimal|legal|lowest|maximum)\s+age\b(?=[^.]*\d)|\bage\s+(?:of\s+)?\d|\d-year-old\b|\b\d{1,3}\s+years?\s+old\b|\byears\s+of\s+age\b/i;

/** Words between a permission word and its verb: a negation, "be", an adverb ("may not be extended", "could easily dissolve"). */
export const BEFORE_VERB = /^(?:not|also|only|still|be|been|then|\w+ly)$/i;

/** The words by which a sentence states a cause: what a "why…" question asks for (`favourCause`, `causeSentences`). */
export const STATES_CAUSE = /\b(?:because|due\s+to|owing\s+to|as\s+a\s+(?:result|consequence)\s+of|in\s+response\s+to|caused\s+by|result(?:ed|ing)?\s+from|stemm(?:ed|ing)\s+from|on\s+the\s+grounds)\b/i;

/**
 * A yes/no question about what happens or happened ("do police hit people they hold", "are kids in care homes mistreated",
 * "do people with HIV pay for their medicine"), not about what may be done: the bold choice's reading (`RANKING.practice`,
 * round 135). Not "can / may / must…" nor a question naming the law or a rule ("is it legal", "does the law…", "have to",
 * "need", "a crime": `LAW_QUESTION`, `RULE_ASKED`): those ask what the law provides.
 */
export const PRACTICE_QUESTION = new GatedPattern(/^\s*(?:do|does|did|are|is|was|were)\s/i, [], ['do', 'does', 'did', 'are', 'is', 'was', 'were']);

/**
 * A question opening with a question word ("who pays for crisis centers", "why did police go after the Uralsk blogger"):
 * it asks for something the report tells, which the sentence after the best one may hold when that sentence goes on about
 * the same subject ("They received 20 percent of their funding…"; `RANKING.continuation`, round 149). Not a yes/no
 * question, which the best sentence answers on its own.
 */
export const OPEN_QUESTION = new GatedPattern(/^\s*(?:who|whom|whose|what|which|where|when|why|how)\b/i, [], ['who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'why', 'how']);

/** A question naming a rule, which the law's sentence answers ("do foreign channels have to follow…", "does the prosecutor need a court…", "is rape a crime"). */
export const RULE_ASKED = /\b(?:have|has|had|need|needs|needed)\s+to\b|\b(?:need|needs|require|requires|required|requirement|obliged|obligated|mandatory|compulsory|rule|rules|crime|criminal|punishable|against\s+the\s+law)\b/i;

/**
 * A sentence stating what the law provides rather than what happens: it opens (after a heading run in, "Pretrial Detention:")
 * with the law as its subject or frame ("The law allows police to hold a detainee for 72 hours…", "By law…", "According to
 * the law…", "Under the … code…").
 */
export const STATES_LAW = /^(?:[^:.]{1,60}:\s+)?(?:(?:by|under|according\s+to)\s+(?:the\s+)?(?:law|legislation|constitution)\b|(?:under\s+)?the\s+(?:\d{4}\s+)?(?:law|laws|legislation|constitution|(?:[a-z]+\s+){0,3}code)\b(?!\s+enforcement))/i;

