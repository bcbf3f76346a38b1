/**
 * Link-only comments: nothing but one or more links, possibly with an emoji or a filler
 * word ("see here", "source:", "->"). A sentence with a link in it is not link-only.
 */
import type { ExtractedComment, Mark } from '../schema';
import { foldSpace } from '../text/fold';
import { domainOf, findLinks, withoutScheme } from '../text/links';
import { segmentWords } from '../text/tokens';

/**
 * Words that only point at a link ("this ->", "see here", "source:", "Quelle:", "voilà",
 * "mira esto", "вот тут", "źródło:"), lowercased, in the supported languages together: a filler word
 * in a foreign comment is still filler. Why these: the pointer words and determiners seen beside
 * lone links in comment sections (news sites, forums, Reddit, HN) in en, de, fr, es and ru.
 * Anything else left beside the links is content, and a comment with content is not link-only.
 */
const FILLER_WORDS = new Set([
  // English
  'this', 'that', 'these', 'see', 'here', "here's", 'here’s', 'heres', 'there', 'link', 'links', 'source', 'sources',
  'via', 'check', 'out', 'look', 'read', 'more', 'click', 'below', 'above', 'fyi', 'ref', 'cf', 'it', 'the', 'a', 'an',
  'and', 'also', 'at', 'on', 'in', 'from', 'article', 'full', 'story', 'video', 'details', 'info', 'proof', 'watch',
  'go', 'try', 'lol', 'lmao', 'wow', 'pls', 'please', 'btw', 'relevant', 'related', 'eg', 'e.g', 'i.e',
  // German
  'das', 'dies', 'hier', 'siehe', 'quelle', 'quellen', 'schau', 'schaut', 'schauen', 'guck', 'guckt', 'mal', 'da',
  'dazu', 'mehr', 'auch', 'noch', 'lesen', 'lest', 'beleg', 'bitte', 'passend', 'vgl', 'guckst', 'du',
  // French
  'ici', 'voir', 'lien', 'là', 'voilà', 'voila', 'regardez', 'regarde', 'lire', 'lisez', 'détails', 'plus', 'ça',
  'ca', 'ceci', 'c', 'est', 'la', 'le', 'les', 'aussi', 'encore', 'à',
  // Spanish
  'fuente', 'aquí', 'aqui', 'también', 'tambien', 'ver', 'enlace', 'mira', 'mirad', 'más', 'leer', 'lee', 'lean', 'esto', 'eso', 'el',
  // Russian
  'тут', 'здесь', 'ещё', 'еще', 'тоже', 'ссылка', 'источник', 'вот', 'это', 'см', 'смотрите', 'смотри', 'подробности', 'подробнее',
  'читайте', 'читать', 'там', 'пруф', 'пруфы',
  // it, pt, nl
  'ecco', 'qui', 'qua', 'guarda', 'guardate', 'fonte', 'vedi', 'leggi', 'leggete', 'questo', 'questa', 'articolo',
  'aqui', 'veja', 'vejam', 'olha', 'leia', 'isto', 'isso', 'este', 'esta',
  // …"olha aí", "olha só" ("olha aí https://…": a blind tune thread of batch 23, pt), and the Spanish "ahí".
  'aí', 'só', 'ahí', 'ahi',
  'kijk', 'zie', 'bron', 'lees', 'dit', 'deze', 'meer',
  // Polish
  'tu', 'tutaj', 'źródło', 'więcej', 'zobacz', 'zobaczcie', 'czytaj', 'artykuł', 'też', 'proszę', 'bardzo', 'polecam', 'masz',
  'sam', 'sama', 'dla', 'zainteresowanych', 'wszystko',
]);
/**
 * Emoji, their joiners and variation selectors, and keycaps: "👉", "👍🏽", "⬅️" beside a link
 * point at it or react to it. (A variation selector is a combining mark, so it would otherwise
 * pass for a word.)
 */
const EMOJI = /[\p{Extended_Pictographic}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu;
/** More filler words than this and it reads as a sentence, not a pointer. */
const MAX_FILLER_WORDS = 4;
/** Anything visible: whitespace and invisible characters alone make an empty comment. */
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF\u00AD]/u;
/** Schemes whose links point somewhere a reader can go. */
const WEB_HREF = /^(?:https?:|ftp:|mailto:|\/\/)/i;
/** How many domains a reason names before "and N more". */
const REASON_DOMAINS = 3;

/** Names shorter than this are not looked for in a link's host (too many hosts contain "ann"). */
const OWN_SITE_NAME_MIN = 4;

/**
 * Whether a link leads to the commenter's own site: its host contains the commenter's name
 * without spaces and marks ("cloudodoodles" → cloudodoodles.tumblr.com). Tumblr's notes link each
 * reblog's whole text to the reblogger's own post (the `tumblr.ts` reader); a link like that is
 * the comment's permalink, not a link the commenter posted. A URL written in the text still counts.
 */
function ownSiteCheck(author: string | null): (href: string) => boolean {
  const key = (author ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (key.length < OWN_SITE_NAME_MIN) return () => false;
  return (href) => (domainOf(href.trim()) ?? '').replace(/[^\p{L}\p{N}.]+/gu, '').includes(key);
}

/** Normalises a URL for comparing an anchor's text with its href. */
function bareUrl(url: string): string {
  return withoutScheme(url).replace(/[/…]+$/u, '');
}

/** An anchor text that is its href (or a shortened display of it, "x.org/a/b…"). */
function textIsItsUrl(text: string, href: string): boolean {
  const t = bareUrl(text.replace(/(?:\.\.\.|…)$/u, ''));
  const h = bareUrl(href);
  return t.length > 0 && (t === h || (t.length >= 8 && h.startsWith(t)));
}

function isFiller(residue: string): boolean {
  const words = segmentWords(residue.replace(EMOJI, ' ').replaceAll(CUT, ' '), 'other');
  if (words.length > MAX_FILLER_WORDS) return false;
  return words.every((w) => FILLER_WORDS.has(w.segment.toLowerCase()));
}
/** BBCode links and images: `[url=HREF]label[/url]`, `[url]HREF[/url]`, `[img]SRC[/img]`. */
const BBCODE_LINK = /\[(?:url|img)(?:=([^\]\s]+))?\]([^[\]]{0,300})\[\/(?:url|img)\]/giu;
/** Where a link was cut out of a comment's text (a control character no comment text keeps). */
const CUT = '\u0001';
/**
 * A caption that points at the link right after it with an arrow ("notes officielles -> URL",
 * "Le communiqué officiel ➡ URL", "minutes → URL", "this helped us ---> URL") or a colon ("El
 * vídeo: URL", "Scroll down: URL"): the words only say what the link is, and the comment is the
 * link. Up to CAPTION_MAX_WORDS words with no sentence inside ("Вот почему трамвай опоздает 👉" is a
 * sentence of the commenter's own). Arrows: five blind tune threads of five writers (en, fr), every
 * one labelled link-only; colons: the first cue probe (es, fr, ru) and a real tune page.
 */
// (The link may stand on the next line: "mapa objazdów 👇⏎https://…", a blind tune thread of batch 22.)
const ARROW_CAPTION = /^([^.?!…\n:]*?)[ \t]*(?:-{1,3}>|={1,2}>|>>|[→➡⇒⟶➜➔👉👇⬇⤵]|:)\uFE0F?[ \t]*\n?[ \t]*$/u;
const CAPTION_MAX_WORDS = 3;

function isArrowCaption(residue: string): boolean {
  const at = residue.indexOf(CUT);
  if (at < 0) return false;
  const m = ARROW_CAPTION.exec(residue.slice(0, at));
  if (!m) return false;
  const caption = segmentWords((m[1] ?? '').replace(EMOJI, ' '), 'other');
  return caption.length <= CAPTION_MAX_WORDS && isFiller(residue.slice(at));
}

/** An anchor's own text of at most this many words labels the link ("petition", "the minutes"); a longer one may be a sentence. */
const ANCHOR_TITLE_WORDS = 3;

function describe(domains: readonly string[], linkCount: number): string {
  if (domains.length === 0) return linkCount > 1 ? 'only links' : 'only a link';
  const named = domains.slice(0, REASON_DOMAINS).join(', ');
  const more = domains.length > REASON_DOMAINS ? ` and ${domains.length - REASON_DOMAINS} more` : '';
  return `${linkCount > 1 ? 'only links to' : 'only a link to'} ${named}${more}`;
}

/**
 * True for a comment with nothing visible in it (whitespace, zero-width characters, soft
 * hyphens). Such comments are kept in the tree (a reply may hang under one) with a note, and
 * never marked: there is nothing in them to be off-topic or link-only.
 */
export function isEmptyComment(text: string): boolean {
  return !VISIBLE.test(text ?? '');
}

/** A link-only mark for the comment, or null. */
export function markLinkOnly(comment: Pick<ExtractedComment, 'text' | 'links'> & { author?: string | null }): Mark | null {
  const text = comment.text ?? '';
  if (isEmptyComment(text)) return null;

  // A link counts when its text is part of what the commenter wrote: the byline's profile link,
  // "Log in to Reply", an avatar are page furniture the reader never sees as the comment's words;
  // so is a link to the commenter's own site (a Tumblr note links its whole text to the
  // reblogger's post).
  const links = comment.links ?? [];
  const folded = links.length > 0 ? foldSpace(text) : '';
  const own = links.length > 0 ? ownSiteCheck(comment.author ?? null) : null;
  const webLinks = links.filter((l) => {
    const shown = foldSpace(l.text);
    return WEB_HREF.test(l.href.trim()) && shown !== '' && folded.includes(shown) && !own?.(l.href);
  });
  // Most comments: no anchors, no URL in the text.
  if (webLinks.length === 0 && findLinks(text).length === 0 && !text.includes('[/')) return null;
  // Cut out what is link: URLs written in the text, and anchor texts that are their URL.
  let residue = text;
  const domains: string[] = [];
  let linkCount = 0;
  const addDomain = (d: string | null): void => {
    if (d && !domains.includes(d)) domains.push(d);
  };
  for (const a of webLinks) {
    linkCount++;
    addDomain(domainOf(a.href.trim()));
    const shown = a.text.trim();
    // An anchor is link when it shows its address, or a label of a few words ("петиция", "the
    // minutes"): a comment made of nothing else is a link and no more. A longer text in an
    // anchor may be a sentence of the commenter's ("Reuters has the numbers").
    if (shown && (textIsItsUrl(shown, a.href) || shown.split(/\s+/u).length <= ANCHOR_TITLE_WORDS)) residue = residue.split(shown).join(CUT);
  }
  // Forum link markup left as text where a site does not render it ("[url=http://…]pics[/url]",
  // "[img]http://…[/img]": BBCode, phpBB's and vBulletin's documented syntax) is a link labelled
  // by its text, as an anchor is.
  if (residue.includes('[/')) {
    residue = residue.replace(BBCODE_LINK, (whole, href: string | undefined, label: string) => {
      const target = (href ?? label).trim();
      const found = findLinks(target)[0];
      if (!found || (href && label.trim().split(/\s+/u).length > ANCHOR_TITLE_WORDS)) return whole;
      linkCount++;
      addDomain(found.domain);
      return CUT;
    });
  }
  const inText = findLinks(residue);
  if (inText.length > 0) {
    let cut = '';
    let from = 0;
    for (const l of inText) {
      cut += `${residue.slice(from, l.index)}${CUT}`;
      from = l.lastIndex;
      addDomain(l.domain);
    }
    residue = cut + residue.slice(from);
    linkCount = Math.max(linkCount, inText.length);
  }
  if (linkCount === 0) return null;
  // Anchor texts that are filler ("here") go with the rest of the filler check below.
  if (!isFiller(residue) && !isArrowCaption(residue)) return null;
  const named = domains.slice(0, REASON_DOMAINS).join(', ');
  const more = domains.length > REASON_DOMAINS ? String(domains.length - REASON_DOMAINS) : '';
  const code = domains.length === 0 ? (linkCount > 1 ? 'linkonly_links' : 'linkonly_link') : `linkonly_${linkCount > 1 ? 'links' : 'link'}_to${more ? '_more' : ''}`;
  return { kind: 'link-only', reason: describe(domains, linkCount), code, params: domains.length ? (more ? [named, more] : [named]) : [], score: 1 };
}
