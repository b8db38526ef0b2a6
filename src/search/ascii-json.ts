/** JSON in ASCII, for files read back as Latin-1: the saved index (`built-index.ts`) and the thesaurus's saved copy. */

/**
 * `value` as JSON in ASCII, every other character escaped (`\u00e9`). A report's line with its ~900
 * curly quotes and dashes as UTF-8 decoded into a two-byte string twice the size, and decoding plus
 * parsing took ~9 ms against ~6.5 ms for the same line in ASCII read as Latin-1 (medians of 21, fresh
 * processes). Non-ASCII characters appear in JSON only inside strings, so escaping them is exact.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
