import { describe, expect, it } from 'vitest';
import { hasWords } from '../../content/highlight/text-filter';

describe('hasWords: which text nodes are worth matching', () => {
  it('needs two letters, in any script, anywhere in the text', () => {
    expect(hasWords('ab')).toBe(true);
    expect(hasWords('a 1 b')).toBe(true);
    expect(hasWords('x\n\n  y')).toBe(true);
    expect(hasWords('日本')).toBe(true);
    expect(hasWords('é1ß')).toBe(true);
    expect(hasWords('𝐀 𝐁')).toBe(true); // letters beyond the BMP (two UTF-16 units each)
    expect(hasWords('ä')).toBe(false);
    expect(hasWords(`a${' '.repeat(100_000)}b`)).toBe(true);
  });
  it('refuses whitespace, numbers, punctuation and a lone letter', () => {
    for (const text of ['', '   \n ', '12 345', '— · —', 'a', '😀 😀', '𝐀', ` ${'1'.repeat(100_000)} x `])
      expect(hasWords(text)).toBe(false);
  });
});
