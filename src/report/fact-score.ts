/**
 * How worth posting a stand-alone fact is: figures, named bodies and people, findings and contrasts
 * score; bare legal boilerplate and sentences that keep repeating themselves lose.
 */

/** A fact's score and the features that made it, for `hr facts --review`. */
export interface FactScore {
  score: number;
  /** Short labels, e.g. `figure`, `finding`, `named`, `boilerplate`. */
  reasons: string[];
}

// What the report found, rather than what the rules say: negations, limits, outcomes and abuses.
export const FINDING = /\b(never|no|not|none|nobody|only|despite|failed|refused|denied|ignored|lacked|lack of|remained|continued to|did not|do not|does not|could not|without|reportedly|alleged|allegations?|died|deaths?|killed|beaten|tortur\w*|sentenced|convicted|detained|arrested|blocked|banned|closed|fined|liquidated|harass\w*|threat\w*|pressur\w*|dismissed|restrict\w*|limit(ed|s)|deported|extradited|forced|abus\w*|raped?|corrupt\w*|brib\w*|impunity|intimidat\w*|censor\w*|discriminat\w*|violen\w*|irregularit\w*|widespread|bias|dominated|politically motivated|uncooperative|substandard|at risk)\b/i;
// Findings that sum up a practice rather than one event: the lines researchers quote.
const STRONG_FINDING = /\b(never|no one|nobody|none of|not a single|generally ignored|ignored|routinely|systematically|impunity|widespread|every stage|all forms)\b/i;
const CONTRAST = /\b(but|although|though|while|whereas|despite|however|even though|instead)\b/i;
const FIGURE = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|percent|one-(half|third|quarter)|two-thirds|half|majority)\b/i;
const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// A named body or person: two capitalised words in a row (not at the start, where any sentence is capitalised).
const NAMED = /\s[A-Z][\p{L}’'-]+\s(of\s(the\s)?)?[A-Z][\p{L}’'-]+/u;
// Openings that announce what the law or an institution is supposed to do.
const BOILERPLATE_OPENING = /^(the (law|laws|constitution|legislation|\w+ code|code|regulations?)|by law|under (the|its) (law|\w+ code|constitution)|legislation|laws?( and regulations)?|according to the (law|constitution)|persons (detained|arrested)|citizens|employers|employees|workers)\b/i;
// "The law does not provide for an independent judiciary": what the law lacks is a finding, not boilerplate.
const LAW_LACKS = /^(the (law|constitution|\w+ code)|legislation|laws?)( \w+)? (does|do|did) not\b/i;
const PRESCRIPTIVE = /\b(provides? for|prohibits?|requires?|establish(es)?|regulates?|allows?|permits?|stipulates?|defines?|criminali[sz]es|guarantees?|entitles?|obliges?|mandates?)\b/i;

/** The score of one fact's text: higher is better; below zero is rarely worth a post. */
export function scoreFact(text: string): FactScore {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  const figure = FIGURE.test(text);
  const finding = FINDING.test(text);
  if (figure) add(2, 'figure');
  if (finding) add(2, 'finding');
  if (STRONG_FINDING.test(text)) add(1.5, 'strong finding');
  if (CONTRAST.test(text)) add(1, 'contrast');
  if (NAMED.test(text)) add(1, 'named');
  if (DATE.test(text)) add(0.5, 'dated');
  // What the rules say, without what happened: worth less than a finding, however many figures it quotes.
  if (BOILERPLATE_OPENING.test(text) && PRESCRIPTIVE.test(text) && !CONTRAST.test(text) && !LAW_LACKS.test(text)) add(-2, 'legal boilerplate');
  if (repetitive(text)) add(-3, 'repetitive');
  // "There were no reports of …" opens a subsection in every report of the series and tells little.
  if (/^there (were|was) no reports?\b/i.test(text)) add(-2, 'stock phrase');
  // Very short sentences rarely carry enough; very long ones tire a channel.
  if (text.length < 90) add(-0.5, 'short');
  else if (text.length <= 260) add(0.5, 'chat-sized');
  else if (text.length > 330) add(-0.5, 'long');
  return { score, reasons };
}

/** "The labor code establishes labor norms and regulates labor relations": one word carrying the whole sentence. */
function repetitive(text: string): boolean {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.values()].reduce((a, b) => a + b, 0);
  return words < 25 && [...counts.values()].some((n) => n >= 3);
}
