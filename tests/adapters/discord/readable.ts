/**
 * What a reader sees of our Discord markdown, as plain text: escapes resolved, markers and link
 * targets dropped, zero-width spaces removed. Everything literal in our output is escaped, so any
 * unescaped marker is markup.
 */
export function readable(markdown: string): string {
  return markdown.replace(/\\([\s\S])|\]\((?:[^)\\]|\\.)*\)|\*\*|__|\*|\[|\u200b/g, (match, escaped: string | undefined) => escaped ?? '');
}
