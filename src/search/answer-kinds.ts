/**
 * A kind of answer a question's form names, and how a report states it: a share ("what share of…": a percentage, "half",
 * "two-thirds"). Read by coverage (an answering passage must state one, `isUnshared`, round 45) and by the ranking (a vote
 * for a passage whose best sentence states one, `RANKING.share`, round 65).
 */
import { GatedPattern } from './gated-pattern.js';

/** A question asking what share of something is so: "what percentage of kazakhstan is muslim", "what share of workers are in unions". */
export const SHARE_QUESTION = new GatedPattern(/^\s*(?:what|which)\s+(?:percentage|percent|share|proportion|fraction)\s+of\b|\bhow\s+many\s+percent\b/i, ['percent', 'share', 'proportion', 'fraction']);

/** A share as a report states it: a percentage, or a fraction in words ("half", "two-thirds"). */
export const SHARE_STATED = /\d\s*(?:percent|per\s+cent|%)|\b(?:half|third|thirds|quarter|quarters|majority|minority)\b/i;
