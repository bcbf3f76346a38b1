/**
 * Which language a page or a text is in, reduced to the set the text pipeline knows
 * (stop words and a Snowball stemmer): en, de, fr, es, ru. Everything else is 'other',
 * which the tokenizer handles without stop words or stemming.
 */
import { franc } from 'franc-min';

export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export type TextLanguage = SupportedLanguage | 'other';

/** franc-min answers in ISO 639-3; these are the codes of the languages we support. */
const ISO3_TO_SUPPORTED: Readonly<Record<string, SupportedLanguage>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  rus: 'ru',
};

/**
 * franc needs some text to be right: below this many characters it guesses wildly
 * (one word is "und" or a random language), so we treat such samples as undecided.
 */
const MIN_DETECT_CHARS = 40;
/** franc's cost grows with input length; a few thousand characters decide any real page. */
const MAX_DETECT_CHARS = 4_000;

/**
 * The primary subtag of a BCP 47 tag, lowercased: "en-US" → "en", "pt_BR" → "pt",
 * "  DE " → "de". Null for empty or malformed tags ("x-klingon", "123").
 */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** A primary subtag (ISO 639-1 or 639-3) mapped onto the supported set, else 'other'. */
export function toTextLanguage(code: string | null | undefined): TextLanguage {
  if (!code) return 'other';
  const c = code.toLowerCase();
  if ((SUPPORTED_LANGUAGES as readonly string[]).includes(c)) return c as SupportedLanguage;
  // Own keys only: "__proto__" or "constructor" must not find Object.prototype's members.
  return Object.hasOwn(ISO3_TO_SUPPORTED, c) ? (ISO3_TO_SUPPORTED[c] ?? 'other') : 'other';
}

/**
 * Detects the language of a text with franc-min. Returns the ISO 639-3 code franc gives,
 * or null when the text is too short to tell.
 */
export function detectLanguageCode(text: string): string | null {
  const sample = text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text;
  if (sample.trim().length < MIN_DETECT_CHARS) return null;
  const code = franc(sample, { minLength: MIN_DETECT_CHARS });
  return code === 'und' ? null : code;
}

/**
 * The language to analyse a page in: the page's own tag when it gives one, else detected
 * from a text sample, else English (the most common case, and the English stop words and
 * stemmer do little harm to other Latin-script text).
 */
export function resolveLanguage(pageLang: string | null | undefined, sample: string): TextLanguage {
  const fromPage = normalizeLanguageTag(pageLang);
  if (fromPage) return toTextLanguage(fromPage);
  const detected = detectLanguageCode(sample);
  if (detected) return toTextLanguage(detected);
  return 'en';
}

/** Writing systems told apart when a comment and its article may not share any words at all. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];
/** Fewer letters than this say nothing about a text's script. */
const MIN_SCRIPT_LETTERS = 4;
/** Letters looked at: the start of a text tells its script. */
const SCRIPT_SAMPLE = 2_000;

/** The writing system most of a text's letters are in, or null when it has too few letters. */
export function dominantScript(text: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text.slice(0, SCRIPT_SAMPLE)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    for (const [name, pattern] of SCRIPTS) {
      if (pattern.test(ch)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  if (letters < MIN_SCRIPT_LETTERS) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

const LETTER = /\p{L}/u;
const SCRIPT_PATTERNS = new Map(SCRIPTS);

/**
 * Whether a text is written mostly in the given script (null when it has too few letters to
 * say). Runs on every comment, so ASCII letters are counted without regular expressions or
 * allocation; only other characters are tested one by one.
 */
export function writtenIn(text: string, script: string): boolean | null {
  const pattern = SCRIPT_PATTERNS.get(script);
  if (!pattern) return null;
  const latin = script === 'Latin';
  const n = Math.min(text.length, SCRIPT_SAMPLE);
  let letters = 0;
  let inScript = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++;
        if (latin) inScript++;
      }
      continue;
    }
    const ch = text[i]!;
    if (LETTER.test(ch)) {
      letters++;
      if (pattern.test(ch)) inScript++;
    }
  }
  if (letters < MIN_SCRIPT_LETTERS) return null;
  return inScript * 2 >= letters;
}
