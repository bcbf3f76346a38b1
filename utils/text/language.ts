/**
 * Which language a page or a text is in, reduced to the set the text pipeline knows
 * (stop words and a Snowball stemmer): en, de, fr, es, ru, and since the thirteenth session
 * it, pt, nl (the languages of Western European news sites next to ours, read by the same
 * libraries' lists), and since the twenty-first session pl (stop words and common words from the
 * same packages; no Snowball stemmer exists for it, so its words are related by their shared
 * beginnings, as the analysis relates any language's inflected forms). Everything else is
 * 'other', which the tokenizer handles without stop words or stemming.
 *
 * The page's own tag (`<html lang>`) decides, unless the text contradicts it; only then, or
 * when the page gives none, the text's own evidence decides: its writing system, then which
 * language's function words it is made of (the `stopword` package's lists, which the
 * tokenizer bundles anyway). This replaced franc-min (82 languages of trigram data, 170 KB
 * of the background bundle) and is at least as accurate on the corpora's texts
 * (`npx tsx scripts/eval-language.ts`).
 */
import { deu, eng, fra, ita, nld, pol, por, rus, spa, ukr } from 'stopword';

export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'it', 'pt', 'nl', 'pl'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export type TextLanguage = SupportedLanguage | 'other';

/** ISO 639-3 codes (what franc and many tools answer) of the languages we support. */
const ISO3_TO_SUPPORTED: Readonly<Record<string, SupportedLanguage>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  rus: 'ru',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
};
const SUPPORTED_TO_ISO3: Readonly<Record<SupportedLanguage, string>> = { en: 'eng', de: 'deu', fr: 'fra', es: 'spa', ru: 'rus', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol' };

/** Below this many characters a text says too little about its language: undecided. */
const MIN_DETECT_CHARS = 40;
/** A few thousand characters decide any real page; the rest is not read. */
const MAX_DETECT_CHARS = 4_000;
/**
 * Function-word lists the text is weighed against, per writing system. Besides our five, the
 * nearest languages in vocabulary (Italian and Portuguese next to Spanish and French, Dutch next
 * to German and English, Polish; Ukrainian next to Russian) compete, so a text in one of them is
 * 'other' instead of the supported language it shares most words with.
 */
const PROFILES: ReadonlyArray<{ code: string; lang: TextLanguage; script: 'Latin' | 'Cyrillic'; words: readonly string[] }> = [
  { code: 'eng', lang: 'en', script: 'Latin', words: eng },
  { code: 'deu', lang: 'de', script: 'Latin', words: deu },
  { code: 'fra', lang: 'fr', script: 'Latin', words: fra },
  { code: 'spa', lang: 'es', script: 'Latin', words: spa },
  { code: 'ita', lang: 'it', script: 'Latin', words: ita },
  { code: 'por', lang: 'pt', script: 'Latin', words: por },
  { code: 'nld', lang: 'nl', script: 'Latin', words: nld },
  { code: 'pol', lang: 'pl', script: 'Latin', words: pol },
  { code: 'rus', lang: 'ru', script: 'Cyrillic', words: rus },
  { code: 'ukr', lang: 'other', script: 'Cyrillic', words: ukr },
];
/**
 * A text in one of the profiled languages is 15-60% function words (measured on the corpora's
 * articles and comments); under this share the best list matches only by chance (names, code,
 * another language), and the text is 'other'.
 */
const MIN_FUNCTION_WORD_SHARE = 0.08;
/** Fewer function words than this say nothing: a product list or a row of names is undecided. */
const MIN_FUNCTION_WORDS = 3;
/** Fewer words than this cannot out-vote a page's own language tag. */
const MIN_WORDS_TO_OVERRULE = 12;
/** The text overrules the page's tag only when another language has this many times its hits. */
const OVERRULE_FACTOR = 3;

type ProfileSets = Array<{ code: string; lang: TextLanguage; script: string; words: ReadonlySet<string> }>;
let profileSets: ProfileSets | null = null;
/**
 * The lists as sets, built on first use. One-letter entries count only where they are words:
 * a list holding most of the alphabet (German's has a-z) lists letters, not words.
 */
function profiles(): ProfileSets {
  profileSets ??= PROFILES.map(({ code, lang, script, words }) => {
    const letters = words.filter((w) => w.length === 1).length;
    return { code, lang, script, words: new Set(letters > 10 ? words.filter((w) => w.length > 1) : words) };
  });
  return profileSets;
}

export interface LanguageEvidence {
  /** ISO 639-3 code of the best-matching profile; null when undecided or no profile matches. */
  code: string | null;
  lang: TextLanguage | null;
  /** Words read, and function-word hits per profile code. */
  words: number;
  hits: ReadonlyMap<string, number>;
}

/**
 * Weighs a text against each language's function words. Undecided (null) below 40 characters
 * or with fewer than 3 function words of any list; 'other' for another writing system or a
 * text too poor in any list's words.
 */
export function languageEvidence(text: string): LanguageEvidence {
  const sample = text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text;
  const hits = new Map<string, number>();
  if (sample.trim().length < MIN_DETECT_CHARS) return { code: null, lang: null, words: 0, hits };
  const script = dominantScript(sample);
  if (!script) return { code: null, lang: null, words: 0, hits };
  if (script !== 'Latin' && script !== 'Cyrillic') return { code: null, lang: 'other', words: 0, hits };
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const candidates = profiles().filter((p) => p.script === script);
  for (const word of words) {
    // "l’état", "don't": the elided or contracted part is the function word.
    const parts = word.includes('’') || word.includes("'") ? word.split(/['’]/) : [word];
    for (const p of candidates) {
      for (const part of parts) if (p.words.has(part)) hits.set(p.code, (hits.get(p.code) ?? 0) + 1);
    }
  }
  let best: (typeof candidates)[number] | null = null;
  let bestHits = 0;
  for (const p of candidates) {
    const n = hits.get(p.code) ?? 0;
    if (n > bestHits) {
      best = p;
      bestHits = n;
    }
  }
  if (bestHits < MIN_FUNCTION_WORDS) return { code: null, lang: null, words: words.length, hits };
  if (!best || bestHits < MIN_FUNCTION_WORD_SHARE * words.length) return { code: null, lang: 'other', words: words.length, hits };
  return { code: best.code, lang: best.lang, words: words.length, hits };
}

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
 * The ISO 639-3 code of a text's language among those profiled, or null when the text is too
 * short to tell or matches none of them.
 */
export function detectLanguageCode(text: string): string | null {
  return languageEvidence(text).code;
}

/** The detector's answer on the supported set ('other' for any other language), null when undecided. */
export function detectTextLanguage(text: string): TextLanguage | null {
  return languageEvidence(text).lang;
}

/**
 * The language to analyse a page in: the page's own tag, unless the text contradicts it (a
 * supported language's tag on text in another writing system, or on text with several times
 * more function words of another language: theme defaults such as `lang="en-US"` on a German
 * blog); then, or when the page gives none, the detected language; else English (the most
 * common case, and the English stop words and stemmer do little harm to other Latin-script text).
 */
export function resolveLanguage(pageLang: string | null | undefined, sample: string): TextLanguage {
  const fromPage = normalizeLanguageTag(pageLang);
  const evidence = languageEvidence(sample);
  if (!fromPage) return evidence.lang ?? 'en';
  const declared = toTextLanguage(fromPage);
  if (declared === 'other' || evidence.lang === null || evidence.lang === declared) return declared;
  const script = dominantScript(sample.slice(0, MAX_DETECT_CHARS));
  const declaredScript = declared === 'ru' ? 'Cyrillic' : 'Latin';
  if (script && script !== declaredScript) return evidence.lang;
  if (evidence.words < MIN_WORDS_TO_OVERRULE || !evidence.code) return declared;
  const declaredHits = evidence.hits.get(SUPPORTED_TO_ISO3[declared]) ?? 0;
  const bestHits = evidence.hits.get(evidence.code) ?? 0;
  return bestHits >= OVERRULE_FACTOR * Math.max(1, declaredHits) ? evidence.lang : declared;
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
