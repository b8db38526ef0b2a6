/**
 * A kind of answer a question's form names, and how a report states it: a share ("what share of…": a percentage, "half",
 * "two-thirds"). Read by coverage (an answering passage must state one, `isUnshared`, round 45) and by the ranking (a vote
 * for a passage whose best sentence states one, `RANKING.share`, round 65). Whether someone may do something ("can…"):
 * a sentence saying who may do it, read by the sentence ranking (`RANKING.permitted`, round 73) and the bold choice
 * (`RANKING.permission`, round 74).
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

/** Words between a permission word and its verb: a negation, "be", an adverb ("may not be extended", "could easily dissolve"). */
export const BEFORE_VERB = /^(?:not|also|only|still|be|been|then|\w+ly)$/i;
