import { describe, expect, it } from 'vitest';
import { unescapeUnicode } from '../../../scripts/lib/unescape-unicode';

describe('unescapeUnicode (build step)', () => {
  it('writes escaped letters as UTF-8 and means the same in strings, regular expressions and identifiers', () => {
    const src = String.raw`const \u0444 = ["\u043D\u0435", 'caf\u00E9', ${'`'}\u0442\u043E${'`'}]; const re = /(?:\u043D\u0435 \u043F\u043E \u0442\u0435\u043C\u0435)/iu; [\u0444, re.test("НЕ ПО ТЕМЕ")]`;
    const out = unescapeUnicode(src);
    expect(out).toContain('"не"');
    expect(out).toContain('café');
    expect(out.length).toBeLessThan(src.length);
    // eslint-disable-next-line no-eval
    expect((0, eval)(out)).toEqual((0, eval)(src));
  });

  it('keeps escapes whose backslash is escaped, and invisible or separator characters', () => {
    expect(unescapeUnicode(String.raw`"\\u0430"`)).toBe(String.raw`"\\u0430"`);
    expect(unescapeUnicode(String.raw`"\\\u0430"`)).toBe(String.raw`"\\а"`);
    for (const hex of ['2028', '2029', '200B', 'FEFF', '0301', '0041', '00AD', 'D83D']) {
      expect(unescapeUnicode(`"\\u${hex}"`)).toBe(`"\\u${hex}"`);
    }
  });
});
