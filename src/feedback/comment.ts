/**
 * The 👎 form's text, made safe to keep: what a user typed is hostile until shown otherwise, so it is
 * cut to a bound, stripped of control and direction-override characters, and kept as plain text.
 * Every place that shows it escapes it for its own medium (HTML, terminal).
 */

/** Longest comment kept, in characters (the forms also cap what can be typed). */
export const MAX_COMMENT_LENGTH = 500;

// C0/C1 controls (newlines become spaces first), bidi overrides and isolates, zero-width joiners and the BOM.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The comment to store, or undefined when nothing is left to keep. */
export function cleanComment(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  // Bounded before any other work: a client may send far more than the form allows.
  const bounded = Array.from(text.slice(0, MAX_COMMENT_LENGTH * 4)).slice(0, MAX_COMMENT_LENGTH * 2).join('');
  const clean = bounded.replace(/[\r\n\t]+/g, ' ').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const chars = Array.from(clean);
  return chars.length > MAX_COMMENT_LENGTH ? chars.slice(0, MAX_COMMENT_LENGTH).join('') : clean;
}
