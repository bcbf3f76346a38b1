import { describe, expect, it } from 'vitest';
import { literalScanner, MAX_LISTS } from '../../../utils/text/literal-scan';

describe('literalScanner', () => {
  const scan = literalScanner([
    ['off topic', 'offtop'],
    ['site', 'вы', 'pub '],
    ['moderat'],
  ]);

  it('sets the bit of every list with a word in the text, wherever the word stands', () => {
    expect(scan('a bit off topic, but the site is slow')).toBe(0b011);
    expect(scan('offtopic')).toBe(0b001);
    expect(scan('les pubs qui sautent')).toBe(0);
    expect(scan('la pub qui saute')).toBe(0b010);
    expect(scan('where are the moderators')).toBe(0b100);
    expect(scan('a website')).toBe(0b010);
  });

  it('finds two-letter words, also at the very end of a text', () => {
    expect(scan('а вы')).toBe(0b010);
    expect(scan('вы')).toBe(0b010);
    expect(scan('в')).toBe(0);
    expect(scan('')).toBe(0);
  });

  it('finds a word that ends the text and one that is the whole text', () => {
    expect(scan('please moderat')).toBe(0b100);
    expect(scan('site')).toBe(0b010);
    expect(scan('sit')).toBe(0);
  });

  it('compares exactly: lower-case both sides to compare without case', () => {
    expect(scan('The SITE')).toBe(0);
    expect(scan('The SITE'.toLowerCase())).toBe(0b010);
  });

  it('agrees with a plain search on many words that share their first characters', () => {
    const words = ['abc', 'abd', 'abcd', 'bca', 'cab', 'ab', 'ba', 'zzz'];
    const lists = words.map((w) => [w]);
    const many = literalScanner(lists);
    const letters = 'abcdz';
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += letters[seed % letters.length];
      }
      const expected = words.reduce((mask, w, k) => (text.includes(w) ? mask | (1 << k) : mask), 0);
      expect(many(text)).toBe(expected);
    }
  });

  it('refuses one-letter words and more lists than a mask holds', () => {
    expect(() => literalScanner([['a']])).toThrow();
    expect(() => literalScanner(Array.from({ length: MAX_LISTS + 1 }, () => ['xyz']))).toThrow();
  });
});
