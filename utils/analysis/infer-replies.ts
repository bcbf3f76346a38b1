/**
 * Likely reply links in a flat comment section (the page showed no structure), from cues in
 * the text a reader would also go by:
 *
 * 1. quotes: a "> …" line, or text in quotation marks, found in an earlier comment;
 * 2. addressing: "@anna" anywhere, "anna:" / "anna," at the start, or ", anna." inside, where
 *    anna wrote an earlier comment;
 * 3. a second-person answer ("you", "du", "вы", …) right after a comment that asks something
 *    or shares a word with it;
 * 4. a distinctive term shared with the comment right above (one no other recent comment uses).
 *
 * The first cue found wins, in that order; a comment without a cue stays top level: no link
 * is invented. Each link carries its cue in words ("addresses @anna", "quotes anna").
 * Pure, and linear in the page: every look-back is bounded by a window.
 */
import type { ExtractedComment, ReplyLink } from '../schema';
import { specificity } from '../text/commonness';
import type { TextLanguage } from '../text/language';
import { forEachWordRange, toContentWord } from '../text/tokens';
import { isEmptyComment } from './link-only';

// --- Tuning ----------------------------------------------------------------------------------

/** How many earlier comments a quote is looked for in: a quote answers a recent comment. */
const QUOTE_WINDOW = 200;
/** A quote shorter than this (characters, after normalising) is too common to identify a comment. */
const MIN_QUOTE_LENGTH = 12;
/** How many earlier comments of an addressed author are weighed to pick the one answered… */
const AUTHOR_CANDIDATES = 5;
/** …by the specificity of the terms they share with the reply, counting only terms this specific. */
const AUTHOR_PICK_SPECIFICITY = 0.5;
/**
 * How many comments back a term must be absent from (apart from the candidate parent) to
 * count as distinctive: a word the whole section is using ties a comment to none of them.
 */
const RARITY_WINDOW = 12;
/** Specificity (see commonness.ts) a shared term needs to count as distinctive. */
const MIN_DISTINCTIVE_SPECIFICITY = 0.6;
/** Summed specificity of distinctive shared terms that ties a comment to the one above. */
const SHARED_TERMS_EVIDENCE = 0.9;
/** Where a second-person answer must show its "you": the first this-many characters. */
const OPENING_LENGTH = 80;
/** Stems of at least this many letters meet by prefix ("briefwahl" / "briefwahlunterlag"). */
const PREFIX_MIN_LENGTH = 5;
const PREFIX_SHARE = 0.7;
/** A shorter stem meets a longer one it starts ("kita" / "kitas") if it has this many letters… */
const STEM_PREFIX_MIN = 4;
/** …and the longer one adds at most this many (more, and "real" meets "realli"). */
const STEM_PREFIX_EXTRA = 1;
/** Cue texts quote names cut to this length. */
const CUE_NAME_LENGTH = 40;

/**
 * Second-person words per language: pronouns and possessives only, lowercased. Formal German
 * "Sie" is left out (at a sentence start it is also "she"/"they").
 */
const SECOND_PERSON: Readonly<Record<TextLanguage, ReadonlySet<string>>> = (() => {
  const en = ['you', "you're", "you've", "you'd", "you'll", 'your', 'yours', 'yourself', 'u', 'ur'];
  const de = ['du', 'dir', 'dich', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem'];
  const fr = ['tu', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', "t'as", "t'es"];
  const es = ['tú', 'usted', 'ustedes', 'vosotros', 'vosotras', 'tu', 'tus', 'vuestro', 'vuestra', 'os', 'ti'];
  const ru = ['ты', 'тебя', 'тебе', 'тобой', 'твой', 'твоя', 'твоё', 'твое', 'твои', 'твоих', 'вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'ваших'];
  const all = [...en, ...de, ...fr, ...es, ...ru];
  return {
    en: new Set(en),
    de: new Set(de),
    fr: new Set(fr),
    es: new Set(es),
    ru: new Set(ru),
    // An unknown language: any of them (the words hardly collide across these languages).
    other: new Set(all),
  };
})();

/** "> quoted line" (e-mail and forum style). */
const QUOTE_LINE = /^[ \t]*(?:>|&gt;)[ \t]*(.+)$/gm;
/** Text in quotation marks: “…”, «…», „…“, "…". */
const QUOTED_SPAN = /[“«„"]([^“”«»„"\n]{4,300})[”»“"]/gu;
/** "@name": letters, digits and the marks handles use. */
const MENTION = /@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;
/** "name:" or "name," opening the comment (up to three words). */
const OPENING_ADDRESS = /^\s*@?([\p{L}\p{N}_][\p{L}\p{N}_.-]*(?:[ \t][\p{L}\p{N}_.-]+){0,2})\s*[:,]/u;
/** ", name." / ", name!" / ", name?" inside a sentence: the vocative. */
const VOCATIVE = /,[ \t]*([\p{L}\p{N}_][\p{L}\p{N}_.-]*)[ \t]*[.!?…]/gu;

// --- Helpers ---------------------------------------------------------------------------------

export interface InferredReply {
  /** Index of the comment answered, -1 for none. */
  parent: number;
  reply: ReplyLink | null;
}

/** Lowercase, "@" and trailing dots dropped, runs of space as one: how names are compared. */
function nameKey(name: string): string {
  return name
    .trim()
    .replace(/^@/, '')
    .replace(/[.\-_]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Quotes and addresses are compared without case, punctuation or spacing differences. */
function normalizeForQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

function shortName(name: string): string {
  return name.length > CUE_NAME_LENGTH ? `${name.slice(0, CUE_NAME_LENGTH)}…` : name;
}

function stemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= STEM_PREFIX_MIN && long.length - short.length <= STEM_PREFIX_EXTRA && long.startsWith(short)) return true;
  const n = short.length;
  let shared = 0;
  while (shared < n && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared >= PREFIX_MIN_LENGTH && shared >= PREFIX_SHARE * n;
}

/** A comment's distinct content stems and their specificity. */
interface Terms {
  stems: string[];
  /** Each stem's word as first written (lowercased), for cues. */
  words: string[];
  spec: number[];
}

function termsOf(text: string, lang: TextLanguage, specCache: Map<string, number>): Terms {
  const stems: string[] = [];
  const words: string[] = [];
  const spec: number[] = [];
  const seen = new Set<string>();
  forEachWordRange(text, lang, (start, end) => {
    // Handles ("@anna") and URLs are not what a comment is about.
    if (start > 0 && text.charCodeAt(start - 1) === 0x40) return;
    const w = toContentWord(text.slice(start, end), lang);
    if (!w || seen.has(w.stem)) return;
    seen.add(w.stem);
    let s = specCache.get(w.stem);
    if (s === undefined) {
      s = specificity(w.stem, lang);
      specCache.set(w.stem, s);
    }
    stems.push(w.stem);
    words.push(w.word);
    spec.push(s);
  });
  return { stems, words, spec };
}

/** Summed specificity of the terms of `a` that meet a term of `b`. */
function overlap(a: Terms, b: Terms, minSpec: number, isRare?: (stem: string) => boolean): { score: number; words: string[] } {
  let score = 0;
  const words: string[] = [];
  for (let k = 0; k < a.stems.length; k++) {
    const s = a.spec[k] ?? 0;
    const stem = a.stems[k] ?? '';
    if (s < minSpec) continue;
    if (!b.stems.some((t) => stemsMeet(stem, t))) continue;
    if (isRare && !isRare(stem)) continue;
    score += s;
    words.push(a.words[k] ?? stem);
  }
  return { score, words };
}

// --- Inference -------------------------------------------------------------------------------

/**
 * For each comment of a flat section, the comment it most likely answers (always an earlier
 * one) and the cue, or `{ parent: -1, reply: null }`. `lang` picks stop words and stemming
 * for the shared-term cue.
 */
export function inferReplies(
  comments: readonly Pick<ExtractedComment, 'author' | 'text'>[],
  lang: TextLanguage,
): InferredReply[] {
  const n = comments.length;
  const out: InferredReply[] = Array.from({ length: n }, () => ({ parent: -1, reply: null }));
  const specCache = new Map<string, number>();
  // Terms are needed only around comments with a cue; computed on demand and kept.
  const termCache: (Terms | undefined)[] = new Array(n);
  const termsAt = (i: number): Terms => (termCache[i] ??= termsOf(comments[i]?.text ?? '', lang, specCache));
  /** Per author key, the indices of their comments so far (latest last). */
  const byAuthor = new Map<string, number[]>();
  const normalized: (string | undefined)[] = new Array(n);
  const normalizedAt = (i: number): string => (normalized[i] ??= normalizeForQuote(comments[i]?.text ?? ''));
  const youWords = SECOND_PERSON[lang] ?? SECOND_PERSON.other;

  /** Of an author's earlier comments, the one sharing most with comment i (latest on a tie). */
  const pickByAuthor = (i: number, key: string): number => {
    const list = byAuthor.get(key);
    if (!list || list.length === 0) return -1;
    let best = list[list.length - 1] ?? -1;
    if (list.length === 1) return best;
    let bestScore = 0;
    const own = termsAt(i);
    for (let k = list.length - 1; k >= Math.max(0, list.length - AUTHOR_CANDIDATES); k--) {
      const j = list[k] ?? -1;
      const { score } = overlap(own, termsAt(j), AUTHOR_PICK_SPECIFICITY);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  };

  const authorOf = (i: number): string => nameKey(comments[i]?.author ?? '');

  for (let i = 0; i < n; i++) {
    const c = comments[i];
    const text = c?.text ?? '';
    const me = authorOf(i);
    const link = (parent: number, cue: string): void => {
      out[i] = { parent, reply: { source: 'inferred', cue } };
    };
    const nameOf = (j: number): string => shortName(comments[j]?.author?.trim() || `comment ${j + 1}`);
    // An empty comment (deleted, or whitespace only) answers nothing and is answered by nothing.
    if (isEmptyComment(text)) continue;

    found: {

      // 1. Quotes.
      const quotes: string[] = [];
      for (const m of text.matchAll(QUOTE_LINE)) quotes.push(m[1] ?? '');
      for (const m of text.matchAll(QUOTED_SPAN)) quotes.push(m[1] ?? '');
      for (const q of quotes) {
        const needle = normalizeForQuote(q);
        if (needle.length < MIN_QUOTE_LENGTH) continue;
        for (let j = i - 1; j >= Math.max(0, i - QUOTE_WINDOW); j--) {
          if (normalizedAt(j).includes(needle)) {
            link(j, `quotes ${nameOf(j)}`);
            break found;
          }
        }
      }

      // 2. Addressing by name.
      for (const m of text.matchAll(MENTION)) {
        const key = nameKey(m[1] ?? '');
        if (!key || key === me) continue;
        const j = pickByAuthor(i, key);
        if (j >= 0) {
          link(j, `addresses @${shortName(m[1]?.replace(/[.\-]+$/, '') ?? key)}`);
          break found;
        }
      }
      const opening = OPENING_ADDRESS.exec(text);
      if (opening) {
        // "anna:", or "Anna Maria," — try the longest run of words first.
        const words = (opening[1] ?? '').split(/[ \t]+/);
        for (let w = words.length; w >= 1; w--) {
          const key = nameKey(words.slice(0, w).join(' '));
          if (!key || key === me) continue;
          const j = pickByAuthor(i, key);
          if (j >= 0) {
            link(j, `addresses ${nameOf(j)}`);
            break found;
          }
        }
      }
      for (const m of text.matchAll(VOCATIVE)) {
        const key = nameKey(m[1] ?? '');
        if (!key || key === me) continue;
        const j = pickByAuthor(i, key);
        if (j >= 0) {
          link(j, `addresses ${nameOf(j)}`);
          break found;
        }
      }

      const above = i - 1;
      if (above < 0 || (me && authorOf(above) === me)) break found;

      // 3. A second-person answer right after a comment that asks something or shares a word.
      let addressesReader = false;
      forEachWordRange(text.slice(0, OPENING_LENGTH), lang, (start, end) => {
        if (!addressesReader && youWords.has(text.slice(start, end).toLowerCase().replace(/’/g, "'"))) addressesReader = true;
      });
      if (addressesReader) {
        const aboveText = comments[above]?.text ?? '';
        if (aboveText.includes('?') || overlap(termsAt(i), termsAt(above), 0).score > 0) {
          link(above, 'answers the comment above');
          break found;
        }
      }

      // 4. A distinctive term shared with the comment right above.
      const own = termsAt(i);
      if (own.stems.length === 0) break found;
      const from = Math.max(0, above - RARITY_WINDOW);
      const isRare = (stem: string): boolean => {
        for (let j = above - 1; j >= from; j--) {
          if (termsAt(j).stems.some((t) => stemsMeet(stem, t))) return false;
        }
        return true;
      };
      const shared = overlap(own, termsAt(above), MIN_DISTINCTIVE_SPECIFICITY, isRare);
      if (shared.score >= SHARED_TERMS_EVIDENCE) {
        link(above, `shares “${shared.words.slice(0, 2).join('”, “')}” with the comment above`);
        break found;
      }
    }

    if (me) {
      const list = byAuthor.get(me);
      if (list) list.push(i);
      else byAuthor.set(me, [i]);
    }
  }
  return out;
}
