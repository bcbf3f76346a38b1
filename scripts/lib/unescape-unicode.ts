/**
 * Build step: writes `\uXXXX` escapes of non-ASCII letters in emitted JavaScript as the letters
 * themselves (UTF-8). The minifier escapes every Cyrillic or accented character of the word lists
 * (stop words, cue patterns) as six ASCII bytes; as UTF-8 it takes two. Inside string, template
 * and regular-expression literals and identifiers the two spellings mean the same. Kept escaped:
 * an escape whose backslash is itself escaped (`"\\u0430"` is a backslash and "u0430"), ASCII,
 * control and invisible format characters, line and paragraph separators (not allowed raw in a
 * regular expression), surrogates and private use.
 */
const ESCAPE = /(\\+)u([0-9A-Fa-f]{4})/g;

function keepEscaped(code: number): boolean {
  return (
    code < 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) || // spaces, zero-width and bidi marks, U+2028/2029
    (code >= 0xd800 && code <= 0xf8ff) || // surrogates, private use
    code === 0xfeff ||
    (code >= 0xfff0 && code <= 0xffff) ||
    (code >= 0x0300 && code <= 0x036f) || // combining marks: invisible on their own
    code === 0x00ad
  );
}

export function unescapeUnicode(js: string): string {
  return js.replace(ESCAPE, (whole, slashes: string, hex: string) => {
    // An even run of backslashes escapes itself: the "u" that follows is a plain letter.
    if (slashes.length % 2 === 0) return whole;
    const code = Number.parseInt(hex, 16);
    if (keepEscaped(code)) return whole;
    return `${slashes.slice(1)}${String.fromCharCode(code)}`;
  });
}
