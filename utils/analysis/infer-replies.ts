/**
 * Likely reply links in a flat comment section (the page showed no structure), from cues in
 * the text a reader would also go by:
 *
 * 1. quotes: a "> …" line, or text in quotation marks, found in an earlier comment;
 * 2. addressing: by number ("@7:", "#3 –" at the start, "(comment #8)": the comment at that place
 *    on the page), or by name: "@anna" (or a display name whole, "@Anna Maria") anywhere,
 *    "anna:" / "anna," at the start, or ", anna." inside, where anna wrote an earlier comment;
 * 3. a second-person answer ("you", "du", "вы", …) right after a comment that ends in a
 *    question or shares a distinctive word with it that the article does not use;
 * 4. a distinctive term shared with the comment right above (one no other recent comment uses),
 *    when the comment is not a long one (long texts share some word with anything).
 *
 * The first cue found wins, in that order; a comment without a cue stays top level: no link
 * is invented ("+1" or "Exactly." right after a comment is not a cue: on a busy page it as
 * often answers something further up). Each link carries its cue in words ("addresses @anna",
 * "quotes anna", "answers the comment above", "shares “freibad” with the comment above").
 *
 * Called by analyzeExtraction only when the page gave no structure at all. Words come from the
 * same page reading as the off-topic judge (`readPageTerms`), as integer stem ids. Pure, and
 * linear in the page: every look-back is bounded by a window, and "is this term rare in the
 * recent comments" is two array lookups (the last two comments that used each stem).
 *
 * Measured on the labelled flat threads in seeds/threads (npm run eval:analysis).
 */
import type { ExtractedComment, ReplyLink } from '../schema';
import type { TextLanguage } from '../text/language';
import { commonRank } from '../text/commonness';
import { findLinks } from '../text/links';
import { toContentWord } from '../text/tokens';
import { evaluativeReaction, praise, speaksToWriter } from './cues';
import { isEmptyComment } from './link-only';
import { SECOND_PERSON } from './pronouns';
import { readPageTerms, type PageTerms } from './off-topic';

// --- Tuning ----------------------------------------------------------------------------------

/** How many earlier comments a quote is looked for in: a quote answers a recent comment. */
const QUOTE_WINDOW = 200;
/** A quote shorter than this (characters, after normalising) is too common to identify a comment. */
const MIN_QUOTE_LENGTH = 12;
/** A quoted word shorter than this ("the", "so") echoes nothing; from it up to MIN_QUOTE_LENGTH it is matched in the comment right above only. */
const MIN_ECHO_LENGTH = 5;
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
/**
 * A second-person comment answers the one above only when that one ends in a question or the two
 * share a distinctive word the article does not use (summed specificity, one such word is
 * enough). "You" alone is no cue: on blogs most top-level comments address the author ("your
 * post"). Tuned on the tune half of the flattened pages (scripts/dev/cue-precision.ts): this cue's
 * precision went from 0.38 to 0.49 in page order; any shared word and any "?" before.
 */
const ANSWER_SHARED_EVIDENCE = 0.6;
/**
 * A comment with more content terms than this is not tied to the one above by shared words alone:
 * a long text shares a distinctive word with almost anything by chance, and long comments on
 * blogs mostly make their own point. On the tune half of the flattened pages the cue's precision
 * was 0.22 above this length against 0.57 at or below it (scripts/dev/cue-precision.ts).
 */
const MAX_SHARING_TERMS = 50;
/** Where a second-person answer must show its "you": the first this-many characters. */
const OPENING_LENGTH = 80;
/**
 * A link with at most this many content terms ("source:", "and the video") right after its
 * author's previous comment adds to that comment. Anything else by the same author may start a
 * new point, so it is not linked.
 */
const OWN_ADDITION_TERMS = 2;
/**
 * Words that open an answer to a yes/no question, per language together (they hardly collide):
 * "Yes, …", "Nope.", "Ja,", "Nein.", "Oui,", "Non,", "Sí,", "No,", "Да,", "Нет." — followed by
 * punctuation, so that "No one …" or "Yes we can" are not read as answers.
 */
const YES_NO = ['yes', 'yeah', 'yep', 'no', 'nope', 'ja', 'nein', 'nee', 'oui', 'non', 'si', 'sí', 'sì', 'sim', 'não', 'да', 'нет'];
const ANSWER_OPENING = new RegExp(`^\\s*(?:${[...YES_NO, 'sure', 'absolutely', 'jein', 'genau', 'doch', 'claro', 'конечно'].join('|')})\\s*[,.!:;—–-]`, 'iu');
/** A comment that ends in a question (possibly followed by a closing quote or emoji). */
const QUESTION_END = /\?[\s"»”)\p{Extended_Pictographic}]*$/u;
/** Cue texts quote names cut to this length. */
const CUE_NAME_LENGTH = 40;

/** Second-person words per language (`SECOND_PERSON`); an unknown language takes any of the five first ones (they hardly collide). */
const SECOND_PERSON_WORDS: Readonly<Record<TextLanguage, readonly string[]>> = {
  ...SECOND_PERSON,
  other: [...SECOND_PERSON.en, ...SECOND_PERSON.de, ...SECOND_PERSON.fr, ...SECOND_PERSON.es, ...SECOND_PERSON.ru],
};

/**
 * One pattern per language for "a second-person word among the opening words": a single
 * regular expression test per comment instead of a word-by-word scan.
 */
const SECOND_PERSON_PATTERN: Readonly<Record<TextLanguage, RegExp>> = (() => {
  const pattern = (words: readonly string[]): RegExp => {
    const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]"));
    return new RegExp(`(?:^|[^\\p{L}\\p{N}_'’])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
  };
  return Object.fromEntries(Object.entries(SECOND_PERSON_WORDS).map(([lang, words]) => [lang, pattern(words)])) as Record<TextLanguage, RegExp>;
})();

/** The text up to its first sentence end (or all of it). */
function firstSentence(text: string): string {
  const end = text.search(/[.!?…\n]/u);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** "> quoted line" (e-mail and forum style). */
const QUOTE_LINE = /^[ \t]*(?:>|&gt;)[ \t]*(.+)$/gm;
/** Text in quotation marks: “…”, «…», „…“, "…". */
const HAS_QUOTE_MARK = /[“«„"]/;
const QUOTED_SPAN = /[“«„"]([^“”«»„"\n]{4,300})[”»“"]/gu;
/**
 * A forum's quote header naming whom it quotes, opening a line ("Originally Posted by Carla_T",
 * "Quote:⏎Originariamente inviato da Carla_T", "Zitat von Uwe_K:", "Citation de Nayla :",
 * "Цитата(Лена_дачница):"): the words vBulletin, phpBB and XenForo print before a quoted post in
 * their language packs, kept in a comment's text when the page keeps no nesting. Five flat blind
 * threads of four writers (de 2, fr, ru, it) quote so; where the quoted words are in quotation
 * marks the quote itself links the reply, and the header is read after it.
 */
const QUOTE_HEADER =
  /(?:^|\n)[ \t]*(?:quote:?[ \t]*\n?[ \t]*)?(?:originally posted by|originariamente (?:inviato|scritto) da|messaggio originale di|postado originalmente por|originalmente (?:postado|enviado|escrito) por|zitat von|original (?:geschrieben|erstellt) von|citation de|cita de|mensaje original de|oorspronkelijk geplaatst door|citaat van|сообщение от|цитата[ \t]*\()[ \t]*:?[ \t]*([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/iu;
/** The letters every QUOTE_HEADER starts its words with, lower-cased (a cheap test first). */
const QUOTE_HEADER_HINT = /quote|posted|inviato|scritto|originale|postado|zitat|geschrieben|erstellt|citation|cita de|mensaje original|geplaatst|citaat|сообщение от|цитата/iu;
/** "@name": letters, digits and the marks handles use. */
const MENTION = /@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;
/** Up to two more words after "@name", for display names with spaces. */
const MENTION_MORE = /^[ \t]([\p{L}\p{N}_][\p{L}\p{N}_.-]*)(?:[ \t]([\p{L}\p{N}_][\p{L}\p{N}_.-]*))?/u;
/**
 * A comment addressed by its number on the page: "@7:", "@ 32.", "Soullite @35", "#3 – …" at the
 * start, "(comment #8)", "Kommentar Nr. 12". Numbered comment lists are common on blogs and news
 * sites, and readers answer by number there: seen on six sites of the two corpora (internetlaw
 * and uebermedien in German; dragnet R16, R24, R467 and T177 in English), where the number was
 * the comment's place in page order counting from 1 each time it could be checked (the answered
 * author named beside it, or a quote of that comment). A time ("@ 11:38"), a date ("@ 25 October
 * 2012", a byline that leaked into the text) or a decimal is not a number of a comment; "#1"
 * inside a sentence ("my #1 reason") is not either, so "#" counts only at the start.
 */
const NOT_A_DATE = '(?![\\d\\p{L}]|[:.,]\\d|\\.?[ \\t]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\\p{L}*\\.?[ \\t,]+\\d)';
const NUMBER_AT = new RegExp(`(?:^|[\\s(])@[ \\t]?(\\d{1,4})${NOT_A_DATE}`, 'iu');
const NUMBER_OPENING = new RegExp(`^\\s*#[ \\t]?(\\d{1,4})${NOT_A_DATE}`, 'iu');
/** "comment #8", but not "see comment #5": a pointer to an example, not an answer. */
const NUMBER_NAMED = /(?<![\p{L}])(?<!(?:see|siehe|vgl\.?|voir|ver|véase|см\.?)[ \t]*)(?:comment|kommentar|commentaire|comentario|комментари[йюя])[ \t]*(?:#|nr\.?|no\.?|n°|№)[ \t]?(\d{1,4})(?![\d\p{L}])/iu;
/** Name parts: the words of a display name ("chris okafor") or the pieces of a handle ("nanna_jo"). */
const NAME_PART_SPLIT = /[\s_.\-\d]+/u;
/**
 * Where a name written in camel case turns to its next word ("SarahJaneP", "PacoTriana",
 * "NaturfreundinAnke"): a reader addresses such a commenter by one of its words ("Sarah,",
 * "Gracias Paco", "Danke, Anke!"), as with "mick_h_1961" ("Mick,"). Seen in three tune threads
 * of three writers (en, es, de).
 */
const CAMEL_BREAK = /(?<=\p{Ll})(?=\p{Lu})/u;
const NAME_PART_MIN = 2;
/** A name part among this many most common words of the language is taken for the word. */
const NAME_PART_MAX_RANK = 1_000;
/**
 * "name:" or "name," opening the comment (up to three words), or "name -" ("Pat - rang Parks this
 * morning", "Tom – agreed"), the forums' dash after the name.
 */
const OPENING_ADDRESS = /^\s*[¡¿]?@?([\p{L}\p{N}_][\p{L}\p{N}_.-]*(?:[ \t][\p{L}\p{N}_.-]+){0,2})(?:\s*[:,]|[ \t]+[-–—][ \t])/u;
/**
 * A yes, no or laugh before the name of an opening address ("Yes LeekLad, off from November",
 * "No Tom, …", "Ha, good point Tom" is a vocative): the name is what follows it.
 */
const ADDRESS_LEAD = new RegExp(`^(?:${[...YES_NO, 'ha', 'haha', 'lol', 'ok', 'okay', 'well', 'oh', 'ah', 'tak', 'nie', 'ну'].join('|')})$`, 'iu');
/**
 * A name opening the comment without a comma ("Sara_in_Dxb how did you contact them?", "Tony
 * you're in a mould thread", "Léa ça dépend de ton département"): read only when the comment
 * speaks to someone (a second-person word in its first sentence), and only when the word is a
 * commenter's whole handle or a rare part of one, as for the other name cues. Seen in the forum
 * threads of batch 10's tune half (en, fr: five replies no other cue linked).
 */
const OPENING_NAME = /^\s*[¡¿]?([\p{Lu}][\p{L}\p{N}_.-]*)[ \t]+\p{L}/u;
/**
 * A comment that opens by saying another commenter is right ("Gilles a raison.", "Thorsten hat
 * recht, …", "Geoff B's got a point", "I think Mark is correct"): it answers that commenter, in
 * every language. The name is up to three words before the verb. Seen opening replies in five flat
 * tune threads of four writers (fr 4, de), none linked by another cue; names that are no
 * commenter's ("Der NABU hat völlig recht") link nothing.
 */
const NAME_IS_RIGHT = new RegExp(
  `^\\s*(?:(?:i think|i agree|ich finde|je pense que|je trouve que|creo que|penso che|acho que|ik vind)[ \\t,]+)?([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*(?:[ \\t][\\p{L}\\p{N}_.-]+){0,2}?)(?:'s)?[ \\t]+(?:${[
    'is (?:quite |absolutely |totally |so |dead )?(?:right|correct)', 'has (?:a|got a) (?:good )?point', 'got a point', 'makes a (?:good|fair|valid) point',
    'hat (?:völlig |ganz |absolut |schon |wohl )?recht', 'a (?:tout à fait |entièrement |bien |complètement )?raison',
    'tiene (?:toda la |mucha )?razón', 'ha (?:perfettamente |proprio )?ragione', 'tem (?:toda a |total )?razão',
    'heeft (?:helemaal |volkomen )?gelijk', 'ma (?:całkowitą |absolutną )?rację', '(?:совершенно |абсолютно )?прав[аы]?(?![\\p{L}])',
  ].join('|')})`,
  'iu',
);
/** ", name." / ", name!" / ", name?" inside a sentence: the vocative. */
const VOCATIVE = /,[ \t]*([\p{L}\p{N}_][\p{L}\p{N}_.-]*)[ \t]*[.!?…]/gu;
/**
 * A name right after thanks or a greeting, without a comma ("thanks Ray!", "Great, thanks
 * Pauline!", "Grazie Rita!", "Merci Hélène !", "Danke Jan.", "Hi Scott,", "Спасибо Ольга"): the
 * way a reader answers someone by name in every language. Up to two words of the name, then a
 * sentence or clause mark or the end. Seen in the flat blind hand threads (en, fr, it: five
 * replies in four threads of the tune half that no other cue linked).
 */
const GREETING_NAME = new RegExp(
  `(?:^|[\\s,.!;:(¡¿])(?:${[
    'thanks', 'thank you', 'thx', 'ty', 'cheers', 'hi', 'hey', 'hello', 'dear', '\\+1',
    'danke', 'dankeschön', 'danke schön', 'hallo', 'liebe', 'lieber',
    'merci', 'merci beaucoup', 'salut', 'bonjour', 'cher', 'chère',
    'gracias', 'muchas gracias', 'hola', 'querido', 'querida',
    'grazie', 'grazie mille', 'ciao', 'caro', 'cara',
    'obrigado', 'obrigada', 'valeu', 'olá', 'oi',
    'bedankt', 'dank je', 'dankjewel', 'hoi', 'beste',
    'спасибо', 'благодарю', 'привет', 'здравствуйте',
  ].join('|')})[ \\t]*,?[ \\t]+@?([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*(?:[ \\t][\\p{Lu}][\\p{L}.-]*)?)(?=[ \\t]*(?:[.!?,:;…)]|$))`,
  'giu',
);

// --- Helpers ---------------------------------------------------------------------------------

/**
 * The parts of a commenter's name that readers address them by, lowercased: the words of a display
 * name ("Jefferson Luiz": "jefferson", "luiz") or the pieces of a handle ("JeanMi_plombier":
 * "jeanmi", "jean", "mi", "plombier"). None for a name of one piece ("anna"), which is matched whole.
 */
export function nameParts(written: string): string[] {
  const pieces = written.trim().split(NAME_PART_SPLIT).flatMap((w) => {
    const camel = w.split(CAMEL_BREAK);
    return camel.length > 1 ? [w, ...camel] : [w];
  });
  if (pieces.length < 2) return [];
  // A hyphenated first name is a part as a whole too ("Marie-Christine B." is addressed as "Marie-Christine").
  const hyphenated = written.trim().split(/[\s_.\d]+/u).filter((w) => w.includes('-') && !/^-|-$/.test(w));
  return [...pieces, ...hyphenated].map((w) => w.toLowerCase()).filter((part) => part.length >= NAME_PART_MIN);
}

/** Is this name part an ordinary word of the language ("Right", "Sun"), not a name (see NAME_PART_MAX_RANK)? */
export function isOrdinaryWord(part: string, lang: TextLanguage): boolean {
  const word = toContentWord(part, lang);
  return !word || (commonRank(word.stem, lang) ?? Infinity) <= NAME_PART_MAX_RANK;
}

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

/**
 * Term matching on the page's stem ids: a term meets another comment when that comment has
 * the stem or one of its prefix relatives ("briefwahl" / "briefwahlunterlag", "kita" / "kitas",
 * see off-topic.ts). Comments are "stamped" into an array, so a check is a few lookups.
 */
class TermMatcher {
  private readonly stamp: Int32Array;
  private tag = 0;
  /** Per stem, the latest and the one-before-latest comment using it (-1: none yet). */
  private readonly lastUse: Int32Array;
  private readonly prevUse: Int32Array;

  constructor(private readonly page: PageTerms) {
    const n = page.stems.length;
    this.stamp = new Int32Array(n);
    this.lastUse = new Int32Array(n).fill(-1);
    this.prevUse = new Int32Array(n).fill(-1);
  }

  /** Is the stem, or a prefix relative of it, one of the article's terms? */
  inArticle(id: number): boolean {
    if (this.page.articleCount.has(id)) return true;
    for (const f of this.page.families[id] ?? []) if (this.page.articleCount.has(f)) return true;
    return false;
  }

  /** Marks comment j's terms as the ones `meets` checks against. */
  select(j: number): void {
    this.tag++;
    for (const id of this.page.comments[j]?.ids ?? []) this.stamp[id] = this.tag;
  }

  /** Does the selected comment have this stem or a prefix relative of it? */
  meets(id: number): boolean {
    if (this.stamp[id] === this.tag) return true;
    for (const f of this.page.families[id] ?? []) if (this.stamp[f] === this.tag) return true;
    return false;
  }

  /** Records comment i's terms as used (call in page order, after judging comment i). */
  use(i: number): void {
    for (const id of this.page.comments[i]?.ids ?? []) {
      if (this.lastUse[id] === i) continue;
      this.prevUse[id] = this.lastUse[id] ?? -1;
      this.lastUse[id] = i;
    }
  }

  /**
   * True when no comment in the RARITY_WINDOW before `above` used the stem or a relative:
   * then sharing it with `above` singles that comment out.
   */
  rareBefore(id: number, above: number): boolean {
    const check = (z: number): boolean => {
      const other = this.lastUse[z] === above ? (this.prevUse[z] ?? -1) : (this.lastUse[z] ?? -1);
      return other < 0 || other < above - RARITY_WINDOW;
    };
    if (!check(id)) return false;
    for (const f of this.page.families[id] ?? []) if (!check(f)) return false;
    return true;
  }

  /**
   * Summed specificity of comment i's terms (at least `minSpec` specific) that meet the
   * selected comment, and those words; with `rareBefore`, only terms rare before it.
   */
  overlap(i: number, minSpec: number, rareBefore = -1, notInArticle = false): { score: number; words: string[] } {
    const own = this.page.comments[i];
    let score = 0;
    const words: string[] = [];
    if (!own) return { score, words };
    for (let k = 0; k < own.ids.length; k++) {
      const id = own.ids[k] ?? 0;
      const s = this.page.spec[id] ?? 0;
      if (s < minSpec || !this.meets(id)) continue;
      // Every comment may take the article's words: sharing them ties two comments to the
      // article, not to each other.
      if (notInArticle && this.inArticle(id)) continue;
      if (rareBefore >= 0 && !this.rareBefore(id, rareBefore)) continue;
      score += s;
      words.push(own.words[k] ?? '');
    }
    return { score, words };
  }
}

// --- Inference -------------------------------------------------------------------------------

/**
 * For each comment of a flat section, the comment it most likely answers (always an earlier
 * one) and the cue, or `{ parent: -1, reply: null }`. `page` is the page as the off-topic
 * judge reads it (`readPageTerms`), so words are read once; given a language instead, the
 * comments are read here.
 */
export function inferReplies(
  comments: readonly Pick<ExtractedComment, 'author' | 'text'>[],
  page: PageTerms | TextLanguage,
  /** The article's title and text, so that quotes of the article are not taken for quotes of a comment. */
  article = '',
): InferredReply[] {
  const articleNormalized = article ? normalizeForQuote(article) : '';
  const terms = typeof page === 'string' ? readPageTerms({ article: null, lang: page, comments }) : page;
  const lang = terms.lang;
  const n = comments.length;
  const out: InferredReply[] = Array.from({ length: n }, () => ({ parent: -1, reply: null }));
  const matcher = new TermMatcher(terms);
  /** Per author key, the indices of their comments so far (latest last). */
  const byAuthor = new Map<string, number[]>();
  // Normalised texts for quote search, kept only for the QUOTE_WINDOW look-back.
  const normalized: (string | undefined)[] = new Array(n);
  const normalizedAt = (i: number): string => (normalized[i] ??= normalizeForQuote(comments[i]?.text ?? ''));

  /** Of an author's earlier comments, the one sharing most with comment i (latest on a tie). */
  const pickByAuthor = (i: number, key: string): number => {
    const list = byAuthor.get(key);
    if (!list || list.length === 0) return -1;
    let best = list[list.length - 1] ?? -1;
    if (list.length === 1) return best;
    let bestScore = 0;
    for (let k = list.length - 1; k >= Math.max(0, list.length - AUTHOR_CANDIDATES); k--) {
      const j = list[k] ?? -1;
      matcher.select(j);
      const { score } = matcher.overlap(i, AUTHOR_PICK_SPECIFICITY);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  };

  /** Per name part (see NAME_PART_SPLIT), the author keys that have it. */
  const byPart = new Map<string, Set<string>>();
  const addParts = (key: string, written: string): void => {
    for (const part of nameParts(written)) {
      const set = byPart.get(part);
      if (set) set.add(key);
      else byPart.set(part, new Set([key]));
    }
  };
  /** The latest comment of the one earlier commenter whose name has this part, or -1. */
  const pickByNamePart = (i: number, written: string, anyCase: boolean): number => {
    if (!anyCase && !/^\p{Lu}/u.test(written)) return -1;
    const part = written.toLowerCase();
    const keys = byPart.get(part);
    if (!keys || keys.size !== 1) return -1;
    const [key] = [...keys];
    if (!key || key === authorOf(i)) return -1;
    // An ordinary word ("Right,", "Sun:") is not a name; rarer words than the first thousand
    // are ("Chris" is 1,835th in English, "Bob" 1,923rd).
    if (isOrdinaryWord(part, lang)) return -1;
    return pickByAuthor(i, key);
  };

  /** One part of one earlier commenter's name, unless the comment speaks to the post's writer. */
  const pickByPartOf = (i: number, word: string, text: string, anyCase = false): number =>
    speaksToWriter(text) ? -1 : pickByNamePart(i, word, anyCase);

  const authorKeys = comments.map((c) => nameKey(c.author ?? ''));
  const authorOf = (i: number): string => authorKeys[i] ?? '';
  /**
   * The earlier comment a name written in comment i addresses: the longest run of the words that
   * is a commenter's whole name ("Anna Maria"); else one part of one earlier commenter's name
   * ("Chris" to "Chris Okafor", "Jo" to "nanna_jo"), but not when the comment speaks of the post
   * ("Karl, … your post"): then it greets the post's writer, who may comment too. -1 for none.
   */
  const pickByWrittenName = (i: number, words: readonly string[], text: string, anyCase = false): number => {
    const me = authorOf(i);
    for (let w = words.length; w >= 1; w--) {
      const key = nameKey(words.slice(0, w).join(' '));
      if (!key || key === me) continue;
      const j = pickByAuthor(i, key);
      if (j >= 0) return j;
    }
    return pickByPartOf(i, words[0] ?? '', text, anyCase);
  };
  // A comment without a name is named by its place on the page ("#3"), in no language.
  const nameOf = (j: number): string => shortName(comments[j]?.author?.trim() || `#${j + 1}`);
  const youPattern = SECOND_PERSON_PATTERN[lang] ?? SECOND_PERSON_PATTERN.other;
  let i = 0;
  const link = (parent: number, cue: string, code: string, params: string[] = []): void => {
    out[i] = { parent, reply: { source: 'inferred', cue, code, params } };
  };
  const addresses = (j: number): void => {
    const whom = nameOf(j);
    link(j, `addresses ${whom}`, 'reply_cue_addresses', [whom]);
  };

  for (i = 0; i < n; i++) {
    const c = comments[i];
    const text = c?.text ?? '';
    const own = terms.comments[i] ?? { ids: [] };
    const me = authorOf(i);
    // An empty comment (deleted, or whitespace only) answers nothing and is answered by nothing.
    if (isEmptyComment(text)) continue;

    found: {
      // 1. Quotes.
      // (Each pattern runs only when its marker character is in the text: most comments have none.)
      const quotes: string[] = [];
      if (text.includes('>') || text.includes('&gt;')) for (const m of text.matchAll(QUOTE_LINE)) quotes.push(m[1] ?? '');
      if (HAS_QUOTE_MARK.test(text)) for (const m of text.matchAll(QUOTED_SPAN)) quotes.push(m[1] ?? '');
      for (const q of quotes) {
        const needle = normalizeForQuote(q);
        // A word or two in quotation marks (“majority”) echoes the comment right above when it
        // says it and the article does not: too short to search further back.
        if (needle.length >= MIN_ECHO_LENGTH && needle.length < MIN_QUOTE_LENGTH && i > 0 && authorOf(i - 1) !== me) {
          const aboveNormalized = ` ${normalizedAt(i - 1)} `;
          if (aboveNormalized.includes(` ${needle} `) && !articleNormalized.includes(needle)) {
            const whom = nameOf(i - 1);
            link(i - 1, `quotes “${needle}” from ${whom}`, 'reply_cue_quotes_words', [needle, whom]);
            break found;
          }
        }
        // A quote of the article (comments on blogs quote the post) points at no comment.
        if (needle.length < MIN_QUOTE_LENGTH || articleNormalized.includes(needle)) continue;
        // The earliest comment that has it wrote it; later ones quoted it too.
        let source = -1;
        for (let j = i - 1; j >= Math.max(0, i - QUOTE_WINDOW); j--) {
          if ((!me || authorOf(j) !== me) && normalizedAt(j).includes(needle)) source = j;
        }
        if (source >= 0) {
          const whom = nameOf(source);
          link(source, `quotes ${whom}`, 'reply_cue_quotes', [whom]);
          break found;
        }
      }

      const header = QUOTE_HEADER_HINT.test(text) ? QUOTE_HEADER.exec(text) : null;
      if (header) {
        const key = nameKey((header[1] ?? '').replace(/[.\-]+$/, ''));
        const j = key && key !== me ? pickByAuthor(i, key) : -1;
        if (j >= 0) {
          const whom = nameOf(j);
          link(j, `quotes ${whom}`, 'reply_cue_quotes', [whom]);
          break found;
        }
      }

      // 2. Addressing by number ("@7:", "#3 –", "comment #8"): the comment at that place on the page.
      if (/\d/.test(text)) {
        const m = NUMBER_AT.exec(text) ?? NUMBER_OPENING.exec(text) ?? NUMBER_NAMED.exec(text);
        const j = m ? Number(m[1]) - 1 : -1;
        if (j >= 0 && j < i && !isEmptyComment(comments[j]?.text ?? '') && (!me || authorOf(j) !== me)) {
          const handle = `#${j + 1}`;
          link(j, `addresses ${handle}`, 'reply_cue_addresses', [handle]);
          break found;
        }
      }

      // 2b. Addressing by name.
      if (text.includes('@')) for (const m of text.matchAll(MENTION)) {
        // A display name mentioned whole ("@Linda Carter", "@Jean-Michel R."): the longest run of
        // words that is a commenter's name, as Disqus, Facebook and YouTube write mentions.
        const after = MENTION_MORE.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + OPENING_LENGTH));
        const parts = [m[1] ?? '', after?.[1], after?.[2]].filter((w): w is string => !!w);
        for (let w = parts.length; w >= 1; w--) {
          const name = parts.slice(0, w).join(' ');
          const key = nameKey(name);
          if (!key || key === me) continue;
          const j = pickByAuthor(i, key);
          if (j >= 0) {
            const handle = `@${shortName(name.replace(/[.\-]+$/, ''))}`;
            link(j, `addresses ${handle}`, 'reply_cue_addresses', [handle]);
            break found;
          }
        }
      }
      const head = text.slice(0, OPENING_LENGTH);
      const opening = byAuthor.size > 0 && (head.includes(':') || head.includes(',') || /[ \t][-–—][ \t]/.test(head)) ? OPENING_ADDRESS.exec(head) : null;
      if (opening) {
        // "anna:", "Anna Maria,", "Chris,", "Yes LeekLad,".
        const written = (opening[1] ?? '').split(/[ \t]+/);
        const j = pickByWrittenName(i, written.length > 1 && ADDRESS_LEAD.test(written[0] ?? '') ? written.slice(1) : written, text);
        if (j >= 0) {
          addresses(j);
          break found;
        }
      }
      const named = byAuthor.size > 0 && !opening ? OPENING_NAME.exec(head) : null;
      if (named && youPattern.test(firstSentence(head))) {
        const j = pickByWrittenName(i, [(named[1] ?? '').replace(/[.\-]+$/, '')], text);
        if (j >= 0) {
          addresses(j);
          break found;
        }
      }
      const right = byAuthor.size > 0 ? NAME_IS_RIGHT.exec(head) : null;
      if (right) {
        // "Gilles a raison.": the commenter said to be right.
        const j = pickByWrittenName(i, (right[1] ?? '').replace(/[.\-]+$/, '').split(/[ \t]+/), text);
        if (j >= 0) {
          addresses(j);
          break found;
        }
      }
      if (byAuthor.size > 0 && text.includes(',')) for (const m of text.matchAll(VOCATIVE)) {
        // ", Mick." to "mick_h_1961" too, as after a greeting; but praise ("Beautiful shots, Jodi!")
        // is for the post's writer, who may comment under a longer name.
        const key = nameKey(m[1] ?? '');
        if (!key || key === me) continue;
        const whole = pickByAuthor(i, key);
        const j = whole >= 0 || evaluativeReaction(text) !== null || praise(text) !== null ? whole : pickByPartOf(i, m[1] ?? '', text);
        if (j >= 0) {
          addresses(j);
          break found;
        }
      }

      // "thanks Ray!", "Grazie Rita!": a name after thanks or a greeting, whole or one part of it.
      if (byAuthor.size > 0) for (const m of text.matchAll(GREETING_NAME)) {
        // After thanks the name may be written small ("cheers jen" to "jen.k").
        const j = pickByWrittenName(i, (m[1] ?? '').replace(/[.\-]+$/, '').split(/[ \t]+/), text, true);
        if (j >= 0) {
          addresses(j);
          break found;
        }
      }

      const above = i - 1;
      if (above < 0) break found;
      // A link or a line or two straight after one's own comment adds to it ("source: …").
      if (me && authorOf(above) === me) {
        if (own.ids.length <= OWN_ADDITION_TERMS && findLinks(text).length > 0 && !isEmptyComment(comments[above]?.text ?? '')) {
          link(above, 'adds a link to their own comment above', 'reply_cue_own_addition');
        }
        break found;
      }

      // 3a. The answered author answering back: the comment above answered one of mine.
      const aboveParent = out[above]?.parent ?? -1;
      if (me && aboveParent >= 0 && authorOf(aboveParent) === me) {
        const whom = nameOf(above);
        link(above, `answers ${whom}, who answered them`, 'reply_cue_answers_back', [whom]);
        break found;
      }

      // 3b. An answer word ("Yes,", "Nein.", "Non,", "Да,") right after a question.
      const aboveText = comments[above]?.text ?? '';
      if (ANSWER_OPENING.test(text) && QUESTION_END.test(aboveText)) {
        link(above, 'answers the question above', 'reply_cue_answers_question');
        break found;
      }

      // 3. A second-person answer right after a question, or sharing a distinctive non-article word.
      if (youPattern.test(head)) {
        matcher.select(above);
        if (QUESTION_END.test(aboveText) || matcher.overlap(i, MIN_DISTINCTIVE_SPECIFICITY, above, true).score >= ANSWER_SHARED_EVIDENCE) {
          link(above, 'answers the comment above', 'reply_cue_answers_comment');
          break found;
        }
      }

      // 4. A distinctive term shared with the comment right above.
      matcher.select(above);
      const shared = matcher.overlap(i, MIN_DISTINCTIVE_SPECIFICITY, above);
      if (shared.score >= SHARED_TERMS_EVIDENCE && own.ids.length <= MAX_SHARING_TERMS) {
        const words = shared.words.slice(0, 2).join('”, “');
        link(above, `shares “${words}” with the comment above`, 'reply_cue_shares_words', [words]);
        break found;
      }
    }

    if (me) {
      const list = byAuthor.get(me);
      if (list) list.push(i);
      else {
        byAuthor.set(me, [i]);
        addParts(me, c?.author ?? '');
      }
    }
    matcher.use(i);
    if (i - QUOTE_WINDOW >= 0) normalized[i - QUOTE_WINDOW] = undefined;
  }
  return out;
}
