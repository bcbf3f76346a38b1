/**
 * Which of several lists of plain words have a word in a text, found in one pass over it.
 *
 * The cue patterns of the analysis are long alternations; each has a cheap pretest, a list of
 * words of which every match contains one, so that most comments never meet the long pattern.
 * As a dozen regular expressions those pretests cost as much as the rest of the cues together:
 * the engine tries every alternative's first characters at every position of the text, once per
 * list. Here each position is looked up once, in a table keyed by the next three characters
 * (two for two-letter words), and only the few words filed under that key are compared.
 *
 * A general multi-pattern matcher (Aho–Corasick) would report every occurrence; the pretests
 * need one bit per list, and this is all it takes. Pure; no DOM.
 */

/** The most lists one scanner takes: one bit each of a 32-bit mask. */
export const MAX_LISTS = 30;

const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

const key3 = (a: number, b: number, c: number): number => ((a * 961) ^ (b * 31) ^ c) & TABLE_MASK;
const key2 = (a: number, b: number): number => ((a * 31) ^ b) & TABLE_MASK;

interface Table {
  head: Int32Array;
  next: number[];
  word: string[];
  bit: number[];
}

function table(): Table {
  return { head: new Int32Array(1 << TABLE_BITS).fill(-1), next: [], word: [], bit: [] };
}

function file(t: Table, key: number, word: string, bit: number): void {
  t.next.push(t.head[key] ?? -1);
  t.head[key] = t.word.length;
  t.word.push(word);
  t.bit.push(bit);
}

/**
 * A function from a text to the mask of the lists (bit k for `lists[k]`) that have a word in it,
 * compared exactly as written (lower-case both the words and the text to compare without case).
 * Words are at least two characters long.
 */
export function literalScanner(lists: readonly (readonly string[])[]): (text: string) => number {
  if (lists.length > MAX_LISTS) throw new Error(`at most ${MAX_LISTS} lists, not ${lists.length}`);
  const three = table();
  const two = table();
  lists.forEach((list, k) => {
    for (const word of list) {
      if (word.length < 2) throw new Error(`a word of at least two characters, not ${JSON.stringify(word)}`);
      const bit = 1 << k;
      if (word.length >= 3) file(three, key3(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2)), word, bit);
      else file(two, key2(word.charCodeAt(0), word.charCodeAt(1)), word, bit);
    }
  });
  const hasTwo = two.word.length > 0;
  const all = lists.reduce((mask, _, k) => mask | (1 << k), 0);
  return (text: string): number => {
    let mask = 0;
    const n = text.length;
    if (n < 2) return 0;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 0; i + 1 < n; i++) {
      const c = i + 2 < n ? text.charCodeAt(i + 2) : -1;
      if (hasTwo) {
        for (let e = two.head[key2(a, b)] ?? -1; e >= 0; e = two.next[e] ?? -1) {
          const bit = two.bit[e] ?? 0;
          if ((mask & bit) === 0 && text.startsWith(two.word[e] ?? '', i)) mask |= bit;
        }
      }
      if (c >= 0) {
        for (let e = three.head[key3(a, b, c)] ?? -1; e >= 0; e = three.next[e] ?? -1) {
          const bit = three.bit[e] ?? 0;
          if ((mask & bit) === 0 && text.startsWith(three.word[e] ?? '', i)) mask |= bit;
        }
      }
      if (mask === all) return mask;
      a = b;
      b = c;
    }
    return mask;
  };
}
