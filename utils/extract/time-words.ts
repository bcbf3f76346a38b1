/**
 * The words of a comment's time in words. The day words serve both questions asked of a time:
 * the structural readers' whether an element is a time (`TIME_TEXT` in platforms/structural.ts)
 * and the chrome filter's whether a time as read can be one (`isTimeText` in chrome.ts). The
 * words that make a span past serve the chrome filter, which reads them without a number; the
 * structural readers' spans ("3 dagen geleden", "hace 3 días") pair each such word with its
 * language's units in `TIME_TEXT` itself. Each entry is a regular-expression source, matched
 * case-insensitively between non-letters.
 */

/**
 * A day or the moment named by a word: "yesterday", "just now", "gestern", "hier",
 * "aujourd'hui", "ayer", "ontem", "ieri", "gisteren", "вчера".
 */
export const DAY_WORDS = [
  'yesterday', 'today', 'just now',
  'gestern', 'vorgestern', 'heute', 'gerade eben', 'soeben',
  'hier', 'avant-hier', "aujourd['’]hui", "à l['’]instant",
  'ayer', 'anteayer', 'hoy', 'ahora mismo',
  'ontem', 'hoje', 'agora mesmo',
  'ieri', "l['’]altro ieri", 'oggi', 'poco fa',
  'gisteren', 'eergisteren', 'vandaag', 'zojuist',
  'вчера', 'позавчера', 'сегодня', 'только что',
] as const;

/**
 * Words before a span of time that make it past: "vor einer Stunde", "il y a une heure", "hace un
 * año", "há uma hora". German "vor" alone is a preposition too ("vor Ort"): only with an article
 * or "kurzem".
 */
export const PAST_BEFORE_WORDS = ['vor (?:einer|einem|einen|kurzem)', 'il y a', 'hace', 'há'] as const;

/** Words after a span of time that make it past: "3 days ago", "2 giorni fa", "3 dagen geleden", "5 минут назад". */
export const PAST_AFTER_WORDS = ['ago', 'fa', 'geleden', 'назад'] as const;

/** The entries as one alternation. */
export function alternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
