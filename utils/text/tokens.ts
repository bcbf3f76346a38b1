/**
 * Words of a text, reduced to what carries meaning: segmented, lowercased, stop words and
 * numbers dropped, stemmed with the language's Snowball stemmer. Pure and deterministic;
 * stems are cached per language, so a page's repeated words cost one stemmer call each.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { stemmer as stemItalian } from '@orama/stemmers/italian';
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese';
import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { deu, eng, fra, ita, nld, pol, por, rus, spa } from 'stopword';
import type { SupportedLanguage, TextLanguage } from './language';

/** One content word of a text. */
export interface ContentToken {
  /** Lowercased word as written, apostrophes normalised to "'" and clitics removed. */
  word: string;
  /** Its stem (the word itself for languages without a stemmer). */
  stem: string;
  /** Written with a capital where a sentence does not start: a name, most likely. */
  properNoun: boolean;
  /** Offset of the word in the text. */
  index: number;
}

/** A word-like segment of a text (what Intl.Segmenter calls `isWordLike`). */
export interface WordSegment {
  segment: string;
  index: number;
}

const STEMMERS: Readonly<Record<SupportedLanguage, (word: string) => string>> = {
  en: stemEnglish,
  de: stemGerman,
  fr: stemFrench,
  es: stemSpanish,
  ru: stemRussian,
  it: stemItalian,
  pt: stemPortuguese,
  nl: stemDutch,
  // No Snowball stemmer for Polish (neither Snowball nor @orama/stemmers has one): the word is its
  // own stem, and the off-topic judge's prefix families relate its inflected forms.
  pl: (word: string) => word,
};

/**
 * The `stopword` English list has only 108 words and misses common function words
 * (pronouns, auxiliaries, negation) that would otherwise pass as content words.
 * Closed-class words only: no topical vocabulary belongs here.
 */
const ENGLISH_FUNCTION_WORDS = [
  'us', 'its', 'it', 'not', 'no', 'nor', 'so', 'just', 'will', 'shall', 'may', 'yes', 'yet',
  'ever', 'even', 'does', 'doing', 'done', 'isn', 'aren', 'wasn', 'weren', 'don', 'doesn',
  'didn', 'won', 'wouldn', 'couldn', 'shouldn', 'hasn', 'haven', 'hadn', 'can', 'cannot',
  'ours', 'yours', 'hers', 'theirs', 'myself', 'yourself', 'herself', 'itself', 'ourselves',
  'themselves', 'whom', 'whose', 'why', 'again', 'once', 'off', 'above', 'below', 'down',
  'against', 'during', 'until', 'few', 'own', 'all', 'any', 'every', 'either', 'neither',
  'upon', 'onto', 'within', 'without', 'though', 'although', 'unless', 'whether', 'else',
  'ago', 'etc', 'oh', 'ok', 'okay', 'via', 'per', 'let', 'lets', 'shan', 'ain', 'one', 'ones',
];

/**
 * The same gap in the other lists (French has 168 words, Spanish 59): interjections, answer
 * particles, pronouns, auxiliaries and degree adverbs that comments are full of ("ça", "oui",
 * "genau", "именно"). Closed-class words only, as above.
 */
const GERMAN_FUNCTION_WORDS = [
  'ja', 'nein', 'doch', 'halt', 'mal', 'eben', 'genau', 'gerne', 'gern', 'sogar', 'eigentlich',
  'leider', 'nochmal', 'bloß', 'klar', 'okay', 'ok', 'naja', 'na', 'tja', 'oh', 'ach', 'jemand',
  'niemand', 'keiner', 'irgendwie', 'irgendwo', 'ziemlich', 'total', 'echt', 'wohl', 'etwa',
];
const FRENCH_FUNCTION_WORDS = [
  'ça', 'ca', 'cela', 'ceci', 'oui', 'non', 'si', 'bah', 'ben', 'bon', 'voilà', 'voila', 'très',
  'trop', 'aussi', 'tout', 'tous', 'toute', 'toutes', 'rien', 'chez', 'comme', 'quoi', 'pourquoi',
  'quand', 'comment', 'combien', 'ici', 'là', 'déjà', 'encore', 'jamais', 'toujours', 'peu',
  'plus', 'moins', 'bien', 'alors', 'donc', 'puis', 'car', 'quelqu', 'quelque', 'quelques',
  'chaque', 'personne', 'sont', 'suis', 'est', 'était', 'sera', 'fait', 'peut', 'faut', 'vraiment',
  'celui', 'celle', 'ceux', 'celles', 'lequel', 'laquelle', 'dont', 'y', 'sans', 'sous', 'vers',
  'entre', 'depuis', 'pendant', 'avant', 'après', 'contre', 'selon', 'autre', 'autres', 'ah', 'oh',
];
const SPANISH_FUNCTION_WORDS = [
  'sí', 'si', 'pues', 'bueno', 'vale', 'aquí', 'allí', 'ahí', 'nunca', 'siempre', 'es', 'son',
  'está', 'están', 'era', 'fue', 'ser', 'estar', 'hay', 'ha', 'han', 'he', 'yo', 'tú', 'él', 'ellos',
  'ellas', 'nosotros', 'esto', 'eso', 'este', 'esta', 'ese', 'esa', 'estos', 'esas', 'esos', 'mi',
  'mis', 'tu', 'tus', 'nada', 'algo', 'todo', 'todos', 'toda', 'todas', 'otro', 'otra', 'otros',
  'mucho', 'muchos', 'poco', 'tan', 'tanto', 'así', 'entonces', 'ahora', 'después', 'antes',
  'bien', 'mal', 'qué', 'cómo', 'dónde', 'cuándo', 'quién', 'cada', 'desde', 'entre', 'hacia',
  'según', 'durante', 'contra', 'les', 'nos', 'te', 'os', 'lo', 'la', 'ni', 'e', 'u', 'ay', 'oh',
];
const RUSSIAN_FUNCTION_WORDS = [
  'ещё', 'всё', 'именно', 'просто', 'очень', 'опять', 'тоже', 'также', 'ведь', 'вообще', 'конечно',
  'кстати', 'наверное', 'может', 'это', 'эта', 'этот', 'эти', 'этого', 'этой', 'этим', 'этих',
  'тот', 'та', 'те', 'того', 'той', 'тем', 'тех', 'весь', 'вся', 'всего', 'всех', 'всем', 'свой',
  'своя', 'свои', 'своё', 'своих', 'кто', 'кого', 'кому', 'где', 'куда', 'откуда', 'почему',
  'зачем', 'ага', 'угу', 'ок', 'ладно', 'пусть', 'лишь', 'почти', 'сам', 'сама', 'сами', 'само',
  'каждый', 'каждая', 'каждое', 'каждые', 'каждого', 'каждой', 'каждую', 'каждом', 'каждым', 'каждых', 'какой', 'какая', 'какие', 'такой', 'такая', 'такие', 'такое', 'нибудь', 'либо',
];

const STOP_WORD_LISTS: Readonly<Record<SupportedLanguage, readonly string[]>> = {
  en: [...eng, ...ENGLISH_FUNCTION_WORDS],
  de: [...deu, ...GERMAN_FUNCTION_WORDS],
  fr: [...fra, ...FRENCH_FUNCTION_WORDS],
  es: [...spa, ...SPANISH_FUNCTION_WORDS],
  ru: [...rus, ...RUSSIAN_FUNCTION_WORDS],
  it: ita,
  pt: por,
  nl: nld,
  pl: pol,
};

/** Built on first use: most pages need one language. */
const stopWordSets = new Map<SupportedLanguage, ReadonlySet<string>>();
const stemCaches = new Map<TextLanguage, Map<string, string>>();

/**
 * Scripts that do not separate words with spaces. Only text in them needs the dictionary
 * based segmentation of Intl.Segmenter; for every other script, UAX #29 word boundaries
 * come down to runs of letters and digits joined by a few mid-word marks, which the
 * pattern below reproduces (tests compare it with Intl.Segmenter). Intl.Segmenter costs
 * about 1 µs a word in V8, which alone would exceed the 150 ms budget for 10,000 comments.
 * Measured again (scripts/bench-analysis.ts, Node 20, 10,000 generated comments, 354k
 * words, one comment at a time): scanner ~11 ms, Intl.Segmenter ~350 ms of CPU. Iterating
 * Intl.Segmenter over one long string is worse still: quadratic in V8 (2,000 comments
 * joined: ~55 s), so never feed it a whole page.
 */
const NEEDS_DICTIONARY_SEGMENTATION =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * UAX #29 for space-delimited scripts: runs of letters, marks, digits and connector
 * punctuation, joined across an apostrophe, period, colon or middle dot between letters
 * (WB6/7: "it's", "U.S", "a:b") and across a period, comma, semicolon or apostrophe between
 * digits (WB11/12: "1,000", "3.5"). A hand-written scanner rather than a regular
 * expression because it is several times faster on long pages.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\p{Pc}]/u;
const LETTER_CHAR = /[\p{L}\p{M}]/u;
const DIGIT_CHAR = /\p{N}/u;
/** Per BMP code unit: 0 = not yet classified, else 1 + bit flags (word 1, letter 2, digit 4). */
const charClass = new Uint8Array(0x10000);
const WORD = 1;
const LETTER = 2;
const DIGIT = 4;
/** A character of a script without spaces between words (see NEEDS_DICTIONARY_SEGMENTATION). */
const UNSPACED = 8;

function classify(code: number): number {
  if (code < 0x80) return ASCII_CLASS[code] ?? 0;
  let c = charClass[code] ?? 0;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c =
      1 +
      (WORD_CHAR.test(ch) ? WORD : 0) +
      (LETTER_CHAR.test(ch) ? LETTER : 0) +
      (DIGIT_CHAR.test(ch) ? DIGIT : 0) +
      (NEEDS_DICTIONARY_SEGMENTATION.test(ch) ? UNSPACED : 0);
    charClass[code] = c;
  }
  return c - 1;
}

/** Classes of the ASCII characters, precomputed: most text on most pages is ASCII. */
const ASCII_CLASS = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  const isDigit = code >= 0x30 && code <= 0x39;
  const isLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  ASCII_CLASS[code] = (isDigit || isLetter || code === 0x5f ? WORD : 0) + (isLetter ? LETTER : 0) + (isDigit ? DIGIT : 0);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Class of the astral code point starting at i (rare: math letters, historic scripts). */
function astralClass(text: string, i: number): number {
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  return (
    (WORD_CHAR.test(ch) ? WORD : 0) +
    (LETTER_CHAR.test(ch) ? LETTER : 0) +
    (DIGIT_CHAR.test(ch) ? DIGIT : 0) +
    (NEEDS_DICTIONARY_SEGMENTATION.test(ch) ? UNSPACED : 0)
  );
}

/** Between letters: apostrophes, period, colon, middle dot. */
function joinsLetters(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x3a || code === 0xb7;
}
/** Between digits: period, comma, semicolon, apostrophes. */
function joinsDigits(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x27 || code === 0x2019;
}

/**
 * Calls `emit` for each word; returns false (and stops) at the first character of a script
 * that needs dictionary segmentation, so the caller can start over with Intl.Segmenter.
 */
function scanWords(text: string, emit: (start: number, end: number) => void): boolean {
  const n = text.length;
  let i = 0;
  let start = -1;
  let last = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const astral = isHighSurrogate(code) && i + 1 < n;
    const cls = astral ? astralClass(text, i) : classify(code);
    const len = astral ? 2 : 1;
    if (cls & UNSPACED) return false;
    if (cls & WORD) {
      if (start < 0) start = i;
      last = cls;
      i += len;
      continue;
    }
    if (start >= 0 && i + 1 < n) {
      const nextCode = text.charCodeAt(i + 1);
      const next = isHighSurrogate(nextCode) ? astralClass(text, i + 1) : classify(nextCode);
      if (
        (last & LETTER && next & LETTER && !(next & DIGIT) && joinsLetters(code)) ||
        (last & DIGIT && next & DIGIT && joinsDigits(code))
      ) {
        i += 1;
        continue;
      }
    }
    if (start >= 0) {
      emit(start, i);
      start = -1;
    }
    i += len;
  }
  if (start >= 0) emit(start, n);
  return true;
}

const HAS_LETTER = /\p{L}/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;
const UPPERCASE_START = /^\p{Lu}/u;
const HAS_LOWERCASE = /\p{Ll}/u;
/** All-capital words longer than an acronym ("FIRST", "NEVER") are shouting, not names. */
const MAX_ACRONYM_LENGTH = 4;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: TextLanguage): Intl.Segmenter {
  const key = lang === 'other' ? 'und' : lang;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(key === 'und' ? undefined : key, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** The word-like segments of a text, in order. */
export function segmentWords(text: string, lang: TextLanguage): WordSegment[] {
  const out: WordSegment[] = [];
  forEachWordSegment(text, lang, (segment, index) => out.push({ segment, index }));
  return out;
}

export function stopWordsFor(lang: TextLanguage): ReadonlySet<string> {
  if (lang === 'other') return EMPTY_SET;
  let set = stopWordSets.get(lang);
  if (!set) {
    set = new Set(STOP_WORD_LISTS[lang].map((w) => w.toLowerCase().replace(/’/g, "'")));
    stopWordSets.set(lang, set);
  }
  return set;
}
const EMPTY_SET: ReadonlySet<string> = new Set();

export function isStopWord(word: string, lang: TextLanguage): boolean {
  return stopWordsFor(lang).has(word.toLowerCase());
}

/**
 * The stem of a lowercased word, cached. Supported languages use their Snowball stemmer;
 * other languages are not stemmed (an English stemmer would mangle them), which leaves
 * prefix matching to bridge inflections.
 */
export function stemWord(word: string, lang: TextLanguage): string {
  let cache = stemCaches.get(lang);
  if (!cache) {
    cache = new Map();
    stemCaches.set(lang, cache);
  }
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = lang === 'other' ? word : STEMMERS[lang](word) || word;
    cache.set(word, stem);
  }
  return stem;
}

/** English clitics after an apostrophe: possessive/contracted forms of the word before. */
const ENGLISH_CLITICS = new Set(['s', 't', 're', 've', 'll', 'm', 'd']);
/** French elided articles and pronouns before an apostrophe ("l'homme", "qu'il"). */
const FRENCH_ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
/** Italian elided articles, prepositions and pronouns ("l'articolo", "dell'anno", "c'è", "un'ora"). */
const ITALIAN_ELISIONS = new Set([
  'l', 'd', 'c', 'm', 't', 's', 'v', 'n', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quest', 'quell', 'com', 'dov', 'cos', 'senz', 'tutt', 'anch', 'pover', 'bell',
]);

/** Strips clitics so that "russia's" is "russia", "wouldn't" is "would", "l'état" is "état". */
/**
 * English negations whose verb is not what is left without "n't": "can't" is "can" (not "ca"),
 * "won't" "will", "shan't" "shall", "ain't" "ain". Left as "ca", "wo", "sha" and "ai" they were
 * content words of full weight, shared by every other comment of a page.
 */
const IRREGULAR_NEGATIONS: ReadonlyMap<string, string> = new Map([
  ['can', 'can'],
  ['won', 'will'],
  ['shan', 'shall'],
  ['ain', 'ain'],
]);

function stripClitics(word: string, lang: TextLanguage): string {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0) return word;
  if (lang === 'en' || lang === 'other') {
    const head = word.slice(0, apostrophe);
    const tail = word.slice(apostrophe + 1);
    if (ENGLISH_CLITICS.has(tail)) return tail === 't' && head.endsWith('n') ? (IRREGULAR_NEGATIONS.get(head) ?? head.slice(0, -1)) : head;
    return word;
  }
  if (lang === 'fr' || lang === 'it') {
    const head = word.slice(0, apostrophe);
    if ((lang === 'fr' ? FRENCH_ELISIONS : ITALIAN_ELISIONS).has(head)) return word.slice(apostrophe + 1);
  }
  return word;
}

/**
 * Calls `emit` with the start and end offset of each word-like segment of the text, in
 * order, without building an array or copying words (the cheapest way through a long page).
 */
export function forEachWordRange(text: string, lang: TextLanguage, emit: (start: number, end: number) => void): void {
  let emitted = 0;
  const ok = scanWords(text, (start, end) => {
    emitted++;
    emit(start, end);
  });
  if (ok) return;
  // Start over with Intl.Segmenter, skipping the words already passed on: the scanner stops
  // at the first unspaced character, and the words before it segment the same either way.
  let k = 0;
  for (const s of segmenterFor(lang).segment(text)) {
    if (!s.isWordLike) continue;
    if (k++ < emitted) continue;
    emit(s.index, s.index + s.segment.length);
  }
}

/** Calls `visit` with each word-like segment of the text and its offset, in order. */
export function forEachWordSegment(text: string, lang: TextLanguage, visit: (segment: string, index: number) => void): void {
  forEachWordRange(text, lang, (start, end) => visit(text.slice(start, end), start));
}

/** A word segment reduced to a content word: lowercased, clitics removed, stemmed. */
export interface ContentWord {
  word: string;
  stem: string;
  /** Starts with a capital and is not an all-capital shout: a name unless it starts a sentence. */
  capitalized: boolean;
}

/**
 * Word segment → its content word or null (dropped), per language. A page repeats its
 * words, so this saves most of the per-word work; cleared when it grows large so that a
 * long-lived worker does not keep every page's vocabulary.
 */
const contentWordCaches = new Map<TextLanguage, Map<string, ContentWord | null>>();
const MAX_CACHED_WORDS = 200_000;

/**
 * The content word of one word segment, or null for stop words, one-letter words, words
 * without letters and words starting with a digit ("2020", "70s").
 */
export function toContentWord(segment: string, lang: TextLanguage): ContentWord | null {
  let cache = contentWordCaches.get(lang);
  if (!cache || cache.size > MAX_CACHED_WORDS) {
    cache = new Map();
    contentWordCaches.set(lang, cache);
  }
  let entry = cache.get(segment);
  if (entry === undefined) {
    entry = computeContentWord(segment, lang);
    cache.set(segment, entry);
  }
  return entry;
}

function computeContentWord(segment: string, lang: TextLanguage): ContentWord | null {
  if (STARTS_WITH_DIGIT.test(segment) || !HAS_LETTER.test(segment)) return null;
  const stops = stopWordsFor(lang);
  const lower = segment.toLowerCase().replace(/’/g, "'");
  if (stops.has(lower)) return null;
  const word = stripClitics(lower, lang);
  if (word.length < 2 || stops.has(word)) return null;
  return {
    word,
    stem: stemWord(word, lang),
    capitalized:
      UPPERCASE_START.test(segment) && (HAS_LOWERCASE.test(segment) || segment.length <= MAX_ACRONYM_LENGTH),
  };
}

/** A character code that ends a sentence: . ! ? … and line or paragraph breaks. */
export function isSentenceEnd(code: number): boolean {
  // . ! ? … and line/paragraph breaks
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x0a || code === 0x0d || code === 0x2029;
}

function isSentenceOpener(code: number): boolean {
  // whitespace, quotes, brackets, dashes and inverted marks between a sentence end and a word
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x22 || code === 0x27 || code === 0x28 ||
    code === 0x5b || code === 0x2a || code === 0x2d || code === 0xab || code === 0xbb || code === 0xbf ||
    code === 0xa1 || (code >= 0x2013 && code <= 0x2014) || (code >= 0x2018 && code <= 0x201f)
  );
}

/** True when the word at `index` starts a sentence (so its capital says nothing). */
export function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const code = text.charCodeAt(i);
    if (isSentenceEnd(code)) return true;
    if (!isSentenceOpener(code)) return false;
    i--;
  }
  return true;
}

/** The content words of a text, in order (see `toContentWord`). */
export function tokenize(text: string, lang: TextLanguage): ContentToken[] {
  const out: ContentToken[] = [];
  forEachWordSegment(text, lang, (segment, index) => {
    const w = toContentWord(segment, lang);
    if (w) out.push({ word: w.word, stem: w.stem, properNoun: w.capitalized && !startsSentence(text, index), index });
  });
  return out;
}

/** Just the stems of `tokenize`. */
export function contentStems(text: string, lang: TextLanguage): string[] {
  return tokenize(text, lang).map((t) => t.stem);
}
