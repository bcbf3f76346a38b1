/**
 * The words of a comment's time in words, one list for both questions asked of it: the
 * structural readers ask whether an element is a time (`TIME_TEXT` in platforms/structural.ts),
 * the chrome filter whether a time as read can be one (`isTimeText` in chrome.ts). Each entry is
 * a regular-expression source, matched case-insensitively between non-letters.
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

/** Words before a span of time that make it past: "vor 3 Tagen", "il y a 2 jours", "hace 3 días", "há 4 dias". */
export const PAST_BEFORE_WORDS = ['vor', 'il y a', 'hace', 'há'] as const;

/** Words after a span of time that make it past: "3 days ago", "2 giorni fa", "3 dagen geleden", "5 минут назад". */
export const PAST_AFTER_WORDS = ['ago', 'fa', 'geleden', 'назад'] as const;

/** The entries as one alternation. */
export function alternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
