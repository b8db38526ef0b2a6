/** Text as it stands inside a regular expression: every character a pattern reads as syntax escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
