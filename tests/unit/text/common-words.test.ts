import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, COMMON_WORDS_PER_LANGUAGE, fromAsciiCyrillic, toAsciiCyrillic } from '../../../utils/text/common-words';
import { SUPPORTED_LANGUAGES } from '../../../utils/text/language';

describe('common words', () => {
  it('holds the 2,000 most frequent words of each supported language, no duplicates', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const words = COMMON_WORDS[lang].split(' ');
      expect(words.length, lang).toBe(COMMON_WORDS_PER_LANGUAGE);
      expect(new Set(words).size, lang).toBe(words.length);
      expect(words.every((w) => /^\p{L}+$/u.test(w)), lang).toBe(true);
    }
  });

  it('stores Russian in ASCII and reads it back as Cyrillic', () => {
    const ru = COMMON_WORDS.ru.split(' ');
    // Most frequent first: the list opens with the function words of spoken Russian.
    expect(ru.slice(0, 40)).toEqual(expect.arrayContaining(['я', 'не', 'что', 'в', 'и', 'ты', 'на']));
    expect(ru.filter((w) => /\p{Script=Cyrillic}/u.test(w)).length).toBeGreaterThan(1_980);
    // The few English words of the source list survive the round trip.
    expect(ru).toContain('the');
  });

  it('the ASCII form of Cyrillic is reversible, including ASCII letters and the marker itself', () => {
    for (const text of ['съешь ещё этих мягких французских булок', 'the чтo нe Ёлка', 'a~b ~~ ƒ', '']) {
      const ascii = toAsciiCyrillic(text);
      expect(fromAsciiCyrillic(ascii)).toBe(text);
    }
    expect(toAsciiCyrillic('абвгдеёжзийклмнопрстуфхцчшщъыьэюя')).toMatch(/^[\x20-\x7e]+$/);
  });
});
