/**
 * Person pronouns per language, lowercased, one table for every reader that asks "does this
 * comment speak to someone" (reply inference: an answer opens in the second person; off-topic:
 * a top-level comment that opens in the second person under a first-person post speaks to its
 * writer). Pronouns and possessives only; forms that are mostly something else are left out:
 * German formal "Sie"/"Ihr…" (lowercase they are "they"/"her"; the writer-address check reads
 * them capitalised after the first word), Spanish "su" ("your" and "their"). Informal English
 * "u"/"ur" and French "t'as"/"t'es" are how comment sections write them.
 */
import type { TextLanguage } from '../text/language';

export type KnownLanguage = Exclude<TextLanguage, 'other'>;

export const SECOND_PERSON: Readonly<Record<KnownLanguage, readonly string[]>> = {
  en: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll", 'u', 'ur'],
  de: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem'],
  fr: ['tu', 'te', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', "t'as", "t'es"],
  es: ['tú', 'te', 'ti', 'tu', 'tus', 'contigo', 'usted', 'ustedes', 'vosotros', 'vosotras', 'vuestro', 'vuestra', 'vuestros', 'vuestras', 'os'],
  ru: ['ты', 'тебя', 'тебе', 'тобой', 'твой', 'твоя', 'твоё', 'твое', 'твою', 'твои', 'твоих', 'вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'вашу', 'ваши', 'вашего', 'вашей', 'ваших'],
  it: ['tu', 'te', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'vostra', 'vostri'],
  pt: ['tu', 'te', 'ti', 'você', 'vocês', 'teu', 'tua', 'teus', 'tuas', 'contigo'],
  nl: ['jij', 'je', 'jou', 'jouw', 'jullie', 'u', 'uw'],
  pl: ['ty', 'ciebie', 'cię', 'tobie', 'ci', 'tobą', 'twój', 'twoja', 'twoje', 'twojego', 'twojej', 'wy', 'was', 'wam', 'wasz', 'wasza', 'wasze'],
};
