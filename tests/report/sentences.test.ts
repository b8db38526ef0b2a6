import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/report/sentences.js';

describe('splitting sentences', () => {
  it('splits at a full stop followed by a capital', () => {
    expect(splitSentences('Police detained him. He was released.').map((s) => s.text)).toEqual(['Police detained him.', 'He was released.']);
  });

  it('does not split after an initial, a title or a decimal', () => {
    const text = 'President Nursultan A. Nazarbayev received 97.5 percent. Mr. Smith agreed with the U.S. embassy.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['President Nursultan A. Nazarbayev received 97.5 percent.', 'Mr. Smith agreed with the U.S. embassy.']);
  });

  it('keeps closing quotes with their sentence and reports offsets into the text', () => {
    const text = 'He said “no.” Then he left.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['He said “no.”', 'Then he left.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
