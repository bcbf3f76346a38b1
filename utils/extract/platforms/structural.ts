/**
 * Generic fallback for comment markup no platform module knows (hashed class names, custom CMS).
 *
 * A comment is recognised by what a reader sees in it, not by class names:
 *   - an affordance: a Reply button or link, or a vote/like control;
 *   - who wrote it (an author-ish element) and/or when (a time);
 *   - a body of text that is not just a headline link.
 * We start from every affordance, climb to the smallest ancestor that holds all of these for
 * exactly one comment (its "core"), then widen the core to the element that also holds the
 * comment's nested replies, so replies get their parent from nesting.
 *
 * Conservative on purpose: related-story lists, menus and footers have no Reply/vote controls
 * (or only headline links as "body"), so they are not taken; a page needs two comments that
 * look alike before anything is reported.
 */
import { commentParentIdOf } from './item-fields';
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { pastDeadline, toFoundComments } from '../found-comment';
import { blockText, collectLinks, foldSpace, inlineText, isHidden, shortFoldedText } from '../text';
import { alternation, DAY_WORDS } from '../time-words';

/**
 * The word on a Reply control, in the languages of the pages we see most and the five the
 * analysis reads ("Ответить": WordPress's Russian translation of its Reply link, VK, Дзен and
 * forum engines alike), and the word in the other European languages a reader's page may be in
 * (sv/da/no "Svara"/"Svar", cs/sk "Odpovědět"/"Reagovat", fi "Vastaa", hu "Válasz", ro "Răspunde",
 * tr "Yanıtla"). The end is a letter boundary that also holds for Cyrillic.
 */
export const REPLY_WORD =
  /^(reply|respond|answer|antworten|beantworten|répondre|repondre|responder|rispondi|reageer|reageren|svara|svar|besvar|odpovědět|odpovedať|reagovat|reagovať|vastaa|válasz|răspunde|yanıtla|cevapla|odpowiedz|ответить|ответ)(?![\p{L}\p{N}_])/iu;

/**
 * The other controls a comment carries besides Reply: Quote (phpBB's, vBulletin's and XenForo's
 * "Quote", "Zitieren", "Citer", "Cytuj", "Цитировать") and Report ("Report", "Flag", "Melden",
 * "Signaler", "Denunciar", "Segnala", "Zgłoś", "Пожаловаться"). Counted as a control of the item
 * like a vote; the whole text must be the word.
 */
export const ITEM_CONTROL_WORD =
  /^(quote|report|report abuse|report comment|flag|zitieren|melden|citer|signaler|citar|denunciar|cita|segnala|cytuj|zgłoś|anmäl|rapportera|nahlásit|ilmoita|цитировать|цитата|пожаловаться|жалоба)$/iu;

/** Vote/like controls named in class, aria-label, title or test ids. */
export const VOTE_HINT = /(^|[\s_-])(up|down)?vot(e|es|ing)|(^|[\s_-])(dis)?likes?($|[\s_-])|thumbs?|karma|upvote|downvote|recommend/i;

/** Reply controls named in class, aria-label, title or test ids. */
export const REPLY_HINT = /(^|[\s_-])reply|replybutton|reply-?link|antworten|répondre/i;

/** Elements that may be an affordance. */
export const AFFORDANCE_SELECTOR = 'button, a, [role="button"], [aria-label], [title], [class], [data-testid]';

/**
 * Author-ish: named as such in class, id, itemprop, rel or test id (`autor`/`auteur`: de, fr),
 * or a class token `user` / `name` on its own (Blogger's `.user`, themes' `comment-name`,
 * `c-user`), or "name" in another language (`nome`, `nombre`, `naam`, `isim`, `yazar`, `imie`).
 */
export const AUTHOR_HINT =
  /author|autor|auteur|user-?name|username|nick|handle|(^|[\s_-])(fn|user|name|nome|nombre|naam|isim|yazar|imie)($|[\s_-])|commenter|poster|profile|member|display-?name/i;

/** A name that ends with an initial ("Dev K.", "Βασίλης Τ."): its full stop ends no sentence. */
export const ENDS_WITH_INITIAL = /(^|\s)\p{Lu}\.$/u;

/** Links to a person's page. */
export const PROFILE_HREF = /\/(user|users|u|profile|profiles|member|members|people|author|benutzer|mitglied)\//i;

/**
 * Time-ish text: absolute dates (en/de/fr), relative times, times of day. A day-first date may
 * have a comma before the year ("9 December, 2011": WordPress's `j F, Y` date format).
 */
export const TIME_TEXT = new RegExp(
  [
    String.raw`\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b`,
    String.raw`\b(19|20)\d{2}-\d{2}-\d{2}\b`,
    String.raw`\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|fevr|mars|avr|juin|juil|août|aout|sept|déc)[a-zéû]*\.?\s+\d{1,2}(st|nd|rd|th)?\b`,
    String.raw`\b\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|fevr|mars|avr|juin|juil|août|aout|sept|déc)[a-zéû]*\.?,?\s+(19|20)\d{2}\b`,
    // Day, month, year in the other languages readers write in: es/pt "3 de marzo de 2025", it
    // "3 marzo 2025", nl "3 maart 2025", pl "3 marca 2025", ru "3 марта 2025" (months by stem).
    String.raw`(?<![\p{L}\p{N}])\d{1,2}\.?\s+(de\s+)?(ene|abr|ago|dic|gen|mag|giu|lug|set|ott|fev|mai|out|dez|maa|mei|okt|sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\p{L}*\.?,?\s+(de\s+)?(19|20)\d{2}(?!\p{N})`,
    String.raw`\b(\d+|an?|one)\s+(sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\b`,
    String.raw`\bvor\s+(\d+|einer|einem|einen)\s+(sekunde|minute|stunde|tag|woche|monat|jahr)`,
    String.raw`\bil y a\s+(\d+|une?)\s`,
    // …and in the other languages readers write in: es "hace 3 días", pt "há 4 dias", it "2 giorni
    // fa", nl "3 dagen geleden", ru "5 минут назад" (blind pages in es, pt and nl whose times are
    // such a span, with no <time> element or datetime beside it).
    String.raw`(?<![\p{L}])(?:hace|há)\s+(?:\d+|una?|uma?)\s+(?:segundo|minuto|hora|d[ií]a|semana|mes|m[eê]s|año|ano)s?(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}])(?:(?:\d+|una?)\s+|un['’])(?:secondi?|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}])\d+\s+(?:seconden?|minuut|minuten|uur|dag|dagen|week|weken|maand|maanden|jaar)\s+geleden(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}])(?:\d+\s+)?(?:секунд|минут|час|дн|день|недел|месяц|год|лет)\p{L}*\s+назад(?![\p{L}])`,
    // A day in words opens a time ("Yesterday at 5pm", "heute, 14:32", "hier à 18h"); inside a
    // sentence it is a short comment's word ("Aqui voltou hoje de manhã.", "Went there today.").
    String.raw`^[^\p{L}\p{N}]*${alternation(DAY_WORDS)}(?![\p{L}])[^.!?]{0,20}$`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`^\d+\s?(s|m|min|h|d|w|mo|y)$`,
  ].join('|'),
  'iu',
);

/** Lines that are controls or counters, not what the commenter wrote. */
export const CHROME_LINE =
  /^([\d\s.,:·|•–—−()+-]*|(reply|share|report|flag|edit|delete|permalink|link|ссылка|развернуть|свернуть|expand|collapse|like|dislike|quote|zitieren|melden|teilen|antworten|répondre|signaler|partager|responder|denunciar|compartir|citar|me gusta|ответить|жалоба|пожаловаться|поделиться|цитировать|rispondi|segnala|condividi|cita|mi piace|compartilhar|curtir|reageer|reageren|delen|citeren|odpowiedz|zgłoś|udostępnij|cytuj|svara|svar|anmäl|odpovědět|reagovat|nahlásit|vastaa|válasz|says:?|sagt:?|schreibt:?|dit\s?:?)(\s*\(?\d*\)?)?|\d+\s+(likes?|points?|votes?|replies|antworten|réponses))$/iu;

/**
 * Never inside a comment section: menus, forms, and the comment form's container (WordPress's
 * `#respond` holds a hidden "Cancel reply" link and "Name *" labels that look like a comment).
 */
export const NOT_COMMENTS_ANCESTOR =
  'nav, menu, form, #respond, .comment-respond, [role="navigation"], [role="menu"], [role="menubar"], [role="banner"], [role="contentinfo"]';

/** Where climbing from an affordance stops: the page itself, or the article's own container. */
const STOP_TAGS = new Set(['body', 'html', 'main']);

/** How far above an affordance its comment's core can be. */
const MAX_CLIMB = 10;

/** Comments without any Reply or vote control (reader letters, read-only embeds): how many look-alikes. */
const MIN_BYLINE_ITEMS = 3;

/**
 * Without controls, a list of bylined texts could as well be a news feed or quoted tweets; it
 * counts as comments only inside a container named as such (the items or an ancestor, by id/class).
 */
export const COMMENT_SECTION_HINT =
  /comment|kommentar|komentar|komentář|kommentti|yorum|leserbrief|leserpost|reader|discussion|diskussion|replies|responses|commentaire|réaction|reaction|reakce|reakcj|guestbook|gästebuch|feedback|forum/i;

/** How far above a byline list its comment-section name may be. */
const MAX_SECTION_CLIMB = 6;

/** Short texts only: names and dates are short. */
const MAX_NAME_CHARS = 60;
const MAX_TIME_CHARS = 80;

function attrs(el: Element): string {
  return [
    el.getAttribute('class'),
    el.id,
    el.getAttribute('aria-label'),
    el.getAttribute('title'),
    el.getAttribute('data-testid'),
    el.getAttribute('itemprop'),
    el.getAttribute('rel'),
    el.getAttribute('name'),
  ]
    .filter(Boolean)
    .join(' ');
}

type AffordanceKind = 'reply' | 'vote';

function affordanceKind(el: Element): AffordanceKind | null {
  const text = shortFoldedText(el, 40);
  if (text === null) return null;
  const named = attrs(el);
  const interactive = el.matches('button, a, [role="button"]') || el.hasAttribute('onclick') || el.hasAttribute('tabindex');
  if (interactive && REPLY_WORD.test(text)) return 'reply';
  if (REPLY_HINT.test(named) && (interactive || text.length <= 20)) return 'reply';
  if (VOTE_HINT.test(named) && text.length <= 20) return 'vote';
  // Quote and Report links sit on every post of a forum and every comment of many news sites.
  if (interactive && ITEM_CONTROL_WORD.test(text)) return 'vote';
  return null;
}

function isTimeElement(el: Element): boolean {
  if (el.localName === 'time' || el.hasAttribute('datetime')) return true;
  if (el.children.length > 2) return false;
  const text = shortFoldedText(el, MAX_TIME_CHARS);
  return !!text && TIME_TEXT.test(text);
}

/**
 * A mention in the words ("@Bia Sousa quase todas aceitam sim"): a link written "@name" with
 * other words of the comment beside it in the same block. Disqus, Discourse (`a.mention`), Mastodon
 * (`u-url mention`), Facebook, Substack and Wix link a mention to the person's profile, which
 * makes it look like the commenter's own name. Both the structural and the section reader ask it.
 */
export function isMentionInWords(el: Element, text: string): boolean {
  if (!text.startsWith('@')) return false;
  const block = el.parentElement?.closest('p, div, li, dd, td, blockquote');
  const around = block ? foldSpace(block.textContent ?? '') : '';
  return around.length > text.length + 1 && around.includes(text);
}

function isAuthorElement(el: Element): boolean {
  const text = shortFoldedText(el, MAX_NAME_CHARS);
  if (!text || isMentionInWords(el, text)) return false;
  if (AUTHOR_HINT.test(attrs(el))) return true;
  if (el.localName === 'cite') return true;
  return el.localName === 'a' && PROFILE_HREF.test(el.getAttribute('href') ?? '');
}

interface CoreFeatures {
  replies: Element[];
  votes: Element[];
  times: Element[];
  authors: Element[];
}

/** Elements of `scope` that belong to it and not to a comment already found inside it. */
function ownElements(scope: Element, claimed: Set<Element>): Element[] {
  const out: Element[] = [];
  const walk = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      if (claimed.has(child) || isHidden(child)) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(scope);
  return out;
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

/**
 * Sites render alternative Reply controls side by side and show one of them (a button for
 * signed-in readers, a "sign in to reply" link for the others); controls that share a parent
 * element are one control, not two comments.
 */
function oneControlPerGroup(controls: Element[]): Element[] {
  const parents = new Set<Element | null>();
  return controls.filter((el) => {
    if (parents.has(el.parentElement)) return false;
    parents.add(el.parentElement);
    return true;
  });
}

function featuresOf(scope: Element, claimed: Set<Element>): CoreFeatures {
  const f: CoreFeatures = { replies: [], votes: [], times: [], authors: [] };
  for (const el of ownElements(scope, claimed)) {
    const kind = affordanceKind(el);
    if (kind === 'reply') f.replies.push(el);
    else if (kind === 'vote') f.votes.push(el);
    else if (isTimeElement(el)) f.times.push(el);
    else if (isAuthorElement(el)) f.authors.push(el);
  }
  f.replies = oneControlPerGroup(outermost(f.replies));
  f.votes = outermost(f.votes);
  f.times = outermost(f.times);
  return f;
}

/**
 * Hashed class names hide the author: fall back to the first short, name-like text before the
 * body (a link, bold or heading of at most four words that is not a date or a control).
 */
function nameLikeElement(scope: Element, claimed: Set<Element>, skip: (el: Element) => boolean): Element | null {
  for (const el of ownElements(scope, claimed)) {
    if (skip(el)) continue;
    if (!el.matches('a, b, strong, cite, h2, h3, h4, h5, h6, span')) continue;
    if (el.children.length > 1) continue;
    const text = foldSpace(el.textContent ?? '');
    // One letter is an avatar's initial ("К" in a coloured circle), not a name.
    if (!text || [...text].length < 2 || text.length > 40 || text.split(' ').length > 4 || isMentionInWords(el, text)) continue;
    // A name has letters: "−" and "+" (a vote's arrows, U+2212 included) or "#3" are controls.
    if (TIME_TEXT.test(text) || CHROME_LINE.test(text) || !/\p{L}/u.test(text)) continue;
    // Short sentences ("Great post.") are not names; an initial ("Dev K.") may end a name.
    if (/[!?]$/.test(text) || (/\.$/.test(text) && !ENDS_WITH_INITIAL.test(text))) continue;
    // Names sit in the comment's header, not inside its paragraphs.
    const host = el.closest('p, blockquote, li');
    if (host && host !== scope && scope.contains(host)) continue;
    return el;
  }
  return null;
}

/** A badge or an avatar's initial beside a byline ("Author", "Редакция", "К") is at most this long. */
const MAX_BADGE_CHARS = 20;

/** Tags a badge inside a byline's cell may have ("<small>(автор)</small>" beside the name): inline ones. */
const INLINE_BADGE_TAGS = new Set(['span', 'small', 'em', 'i', 'b', 'strong', 'sup', 'sub', 'abbr', 'label', 'mark', 'img', 'svg', 'a', 'font']);

/**
 * The row that holds a comment's name and time and nothing else but badges and initials ("К
 * Кира 18 апреля", "Ellen Voss · Author · 11 Apr"): all of it is byline, none of it the words.
 * A cell that holds the name or the time is looked into the same way, where only inline badges
 * may stand beside them (a LiveJournal-style head table: the name and "(автор)" in one cell, the
 * time in the next row).
 * Null when the name and the time are not in one such row (a "Name, 12:00: Nice!" paragraph).
 */
export function bylineRow(author: Element, time: Element, scope: Element): Element | null {
  let row: Element | null = author.parentElement;
  while (row && row !== scope && !row.contains(time)) row = row.parentElement;
  if (!row || row === scope) return null;
  let badge = false;
  /** False when `el` holds words of its own beside the name, the time and badges. */
  const onlyByline = (el: Element, nested: boolean): boolean => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        if (/[\p{L}\p{N}]/u.test(node.textContent ?? '')) return false;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        if (child === author || child === time) continue;
        if (child.contains(author) || child.contains(time)) {
          if (!onlyByline(child, true)) return false;
          continue;
        }
        const text = foldSpace(child.textContent ?? '');
        if (!/[\p{L}\p{N}]/u.test(text)) continue;
        if (text.length > MAX_BADGE_CHARS || (nested && !INLINE_BADGE_TAGS.has(child.localName))) return false;
        badge = true;
      }
    }
    return true;
  };
  // Only a row with a badge or an initial beside the name needs taking out whole.
  return onlyByline(row, false) && badge ? row : null;
}

interface Core {
  element: Element;
  author: Element | null;
  time: Element | null;
  /** Everything that is not the commenter's words. */
  chrome: Set<Element>;
}

const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;

function insideAny(el: Element, set: Set<Element>): boolean {
  for (const c of set) if (c.contains(el)) return true;
  return false;
}

function bodyLines(scope: Element, skip: (el: Element) => boolean): string[] {
  return blockText(scope, skip)
    .split('\n')
    .filter((line) => !CHROME_LINE.test(line));
}

/** The core of one comment at `scope`, or null when `scope` is not one comment. */
function coreAt(scope: Element, claimed: Set<Element>): Core | 'too-big' | null {
  const f = featuresOf(scope, claimed);
  // Two Reply controls or many dates: this scope spans several comments.
  if (f.replies.length > 1 || f.times.length > 2) return 'too-big';
  if (scope.querySelector('h1')) return 'too-big';
  if (f.replies.length + f.votes.length === 0) return null;
  const chrome = new Set<Element>([...f.replies, ...f.votes, ...f.times, ...f.authors]);
  const skip = (el: Element): boolean => claimed.has(el) || chrome.has(el);
  // The innermost named element is the name itself (`.fn` inside `.comment-author`).
  let author: Element | null = f.authors.find((a) => !f.authors.some((o) => o !== a && a.contains(o))) ?? null;
  if (!author) {
    author = nameLikeElement(scope, claimed, skip);
    if (author) chrome.add(author);
  }
  const time = f.times[0] ?? null;
  if (!author && !time) return null;
  const row = author && time ? bylineRow(author, time, scope) : null;
  if (row) chrome.add(row);
  const lines = bodyLines(scope, skip);
  if (lines.length === 0) return null;
  // A headline link with a date is a story teaser, not a comment; a bare URL is a comment.
  const linkText = Array.from(scope.querySelectorAll('a'))
    .filter((a) => !insideAny(a, chrome) && !insideAny(a, claimed))
    .map((a) => foldSpace(a.textContent ?? ''))
    .join(' ');
  const text = lines.join(' ');
  if (linkText.length >= text.length * 0.8 && !URL_LIKE.test(text)) return null;
  return { element: scope, author, time, chrome };
}

function signature(el: Element): string {
  const classes = Array.from(el.classList)
    .map((c) => c.replace(/\d+/g, ''))
    .sort()
    .join('.');
  return `${el.localName}.${classes}`;
}

/**
 * Widen a core to the element that is the whole comment: keep climbing while the parent holds
 * this comment first and nothing else but its replies (no look-alike sibling with another comment).
 */
function widen(core: Element, cores: Set<Element>, coreList: Element[]): Element {
  let el = core;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    // A list item is the comment's whole element: its parent is the list.
    if (el.localName === 'li') break;
    const parent = el.parentElement;
    if (!parent || STOP_TAGS.has(parent.localName) || parent.matches(NOT_COMMENTS_ANCESTOR)) break;
    // A reply block holds answers to the comment before it; it is never one comment's element.
    if (REPLY_BLOCK_HINT.test(`${parent.id} ${parent.getAttribute('class') ?? ''}`)) break;
    const inside = coreList.filter((c) => c !== core && parent.contains(c));
    // Another comment before this one in the parent: the parent is a list, not this comment.
    if (inside.some((c) => c.compareDocumentPosition(core) & 4)) break;
    // The parent is one item of a list of comments (look-alike siblings hold other comments):
    // it is this comment's whole element, even when its body is long.
    const parentSig = signature(parent);
    const isItem = Array.from(parent.parentElement?.children ?? []).some(
      (sib) => sib !== parent && signature(sib) === parentSig && coreList.some((c) => sib.contains(c)),
    );
    if (isItem && inside.length === 0) {
      el = parent;
      break;
    }
    // A look-alike sibling holding a comment: the parent is a list of comments.
    const sig = signature(el);
    const listLike = Array.from(parent.children).some(
      (sib) => sib !== el && signature(sib) === sig && coreList.some((c) => sib === c || sib.contains(c)),
    );
    if (listLike) break;
    // The parent carries text of its own beyond this comment and its replies (a section heading is fine).
    const extra = blockText(parent, (e) => e === el || cores.has(e) || inside.some((c) => e.contains(c))).length;
    if (extra > 200) break;
    el = parent;
  }
  return el;
}

/** The comment's time as written; a signature line "October 11, 2012 | Eve" gives up the name. */
function timeOf(core: Core): string | null {
  if (!core.time) return null;
  const stated = core.time.getAttribute('datetime');
  if (stated) return stated;
  const text = inlineText(core.time);
  if (!core.author || !core.time.contains(core.author)) return text;
  const name = inlineText(core.author);
  return (name ? text.replace(name, ' ') : text).replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/gu, '').replace(/\s{2,}/g, ' ') || text;
}

function siteIdOf(element: Element, core: Element): string | null {
  for (const el of [element, core]) {
    for (const attr of ['data-comment-id', 'data-commentid', 'data-id']) {
      const v = el.getAttribute(attr);
      if (v && v.trim()) return `comment-${v.trim()}`;
    }
    // getElementById is an index lookup; a full-document query per comment would be quadratic.
    if (el.id && /\d/.test(el.id) && el.ownerDocument.getElementById(el.id) === el) return el.id;
  }
  // Drupal 6/7 and older forums put the comment's id on an empty anchor just before it.
  const anchor = element.previousElementSibling;
  if (anchor?.localName === 'a' && !anchor.hasChildNodes()) {
    const name = anchor.id || anchor.getAttribute('name') || '';
    if (/\d/.test(name)) return name;
  }
  return null;
}

/**
 * A block named as replies (`indented`, `children`, `replies`) that follows a comment holds that
 * comment's answers: Drupal and div-style WordPress themes close the comment before its replies.
 */
export const REPLY_BLOCK_HINT = /(^|[\s_-])(indented|children|replies|reply-list|answers|antworten|reponses|réponses)($|[\s_-])/i;

/** The comment just before the reply block that holds `element`, or null. */
function commentBeforeReplyBlock(element: Element, elementSet: Set<Element>): Element | null {
  let cur = element.parentElement;
  for (let depth = 0; cur && depth < MAX_CLIMB && !STOP_TAGS.has(cur.localName); depth++, cur = cur.parentElement) {
    if (elementSet.has(cur)) return null;
    if (!REPLY_BLOCK_HINT.test(`${cur.id} ${cur.getAttribute('class') ?? ''}`)) continue;
    let prev = cur.previousElementSibling;
    while (prev && prev.localName === 'a' && !prev.hasChildNodes()) prev = prev.previousElementSibling;
    return prev && elementSet.has(prev) ? prev : null;
  }
  return null;
}

function levelAttr(el: Element): number | null {
  for (const attr of ['aria-level', 'data-depth', 'data-level']) {
    const v = el.getAttribute(attr);
    if (v !== null && /^\d+$/.test(v.trim())) return Math.max(0, Number(v) - (attr === 'aria-level' ? 1 : 0));
  }
  const m = /\bdepth-(\d+)\b/.exec(el.getAttribute('class') ?? '');
  return m ? Math.max(0, Number(m[1]) - 1) : null;
}

function insideHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isHidden(cur)) return true;
  return false;
}

function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0]?.parentElement ?? null;
  for (const el of els) while (anc && !anc.contains(el)) anc = anc.parentElement;
  return anc;
}

function inNamedSection(el: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < MAX_SECTION_CLIMB; i++, cur = cur.parentElement) {
    if (COMMENT_SECTION_HINT.test(`${cur.id} ${cur.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** Story teasers carry their headline as a link in a heading; comments do not. */
const TEASER_HEADING = 'h1, h2 a, h3 a, h4 a, h5 a, h6 a';

/** One comment of a list without controls: its byline (who, when) and prose that is not a headline. */
function bylineCore(item: Element): Core | null {
  const f = featuresOf(item, new Set());
  if (f.replies.length > 1 || f.times.length > 2) return null;
  if (item.querySelector(TEASER_HEADING)) return null;
  const author = f.authors.find((a) => !f.authors.some((o) => o !== a && a.contains(o))) ?? null;
  const time = f.times[0] ?? null;
  if (!author || !time) return null;
  const chrome = new Set<Element>([...f.replies, ...f.votes, ...f.times, ...f.authors]);
  const lines = bodyLines(item, (el) => chrome.has(el));
  if (lines.length === 0) return null;
  const linkText = Array.from(item.querySelectorAll('a'))
    .filter((a) => !insideAny(a, chrome))
    .map((a) => foldSpace(a.textContent ?? ''))
    .join(' ');
  const text = lines.join(' ');
  if (linkText.length >= text.length * 0.5 && !URL_LIKE.test(text)) return null;
  return { element: item, author, time, chrome };
}

/**
 * Comments with no Reply or vote control at all (reader letters, read-only embeds of forum posts):
 * a run of at least MIN_BYLINE_ITEMS look-alike siblings, each with an author, a time and prose
 * that is not a headline link. Flat: such lists encode no replies.
 */
function bylineComments(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
  let best: Core[] = [];
  const parents = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const parent = el.parentElement;
    if (parent && parent.children.length >= MIN_BYLINE_ITEMS) parents.add(parent);
  }
  for (const parent of parents) {
    if (pastDeadline(ctx)) break;
    if (parent.closest(NOT_COMMENTS_ANCESTOR)) continue;
    const bySig = new Map<string, Element[]>();
    const named = inNamedSection(parent);
    for (const child of Array.from(parent.children)) {
      if (isHidden(child)) continue;
      if (!named && !COMMENT_SECTION_HINT.test(`${child.id} ${child.getAttribute('class') ?? ''}`)) continue;
      // Look-alikes by tag and first class: state classes (`faded`, `highlighted`) vary per item.
      const sig = `${child.localName}.${(child.classList[0] ?? '').replace(/\d+/g, '')}`;
      const group = bySig.get(sig);
      if (group) group.push(child);
      else bySig.set(sig, [child]);
    }
    for (const group of bySig.values()) {
      if (group.length < MIN_BYLINE_ITEMS || group.length <= best.length) continue;
      const cores = group.map(bylineCore).filter((c): c is Core => c !== null);
      // Most of the run must be comments: a list where few items have a byline is something else.
      if (cores.length >= MIN_BYLINE_ITEMS && cores.length >= group.length * 0.6 && cores.length > best.length) best = cores;
    }
  }
  if (best.length === 0) return null;
  const raws: RawComment[] = best.map((core) => {
    const notText = (el: Element): boolean => core.chrome.has(el);
    const time = timeOf(core);
    return {
      element: core.element,
      siteId: siteIdOf(core.element, core.element),
      // A flat list may state its tree in attributes only (`data-parent-id`).
      parentId: commentParentIdOf(core.element),
      level: levelAttr(core.element) ?? 0,
      author: core.author ? inlineText(core.author) || null : null,
      time: time || null,
      text: bodyLines(core.element, notText).join('\n'),
      links: collectLinks(core.element, notText),
    };
  });
  return toFoundComments(raws, new Map());
}

export const structural: CommentPlatform = {
  name: 'structural',
  replySource: 'nesting',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const affordances = Array.from(root.querySelectorAll(AFFORDANCE_SELECTOR)).filter(
      (el) => !el.closest(NOT_COMMENTS_ANCESTOR) && affordanceKind(el) !== null && !insideHidden(el),
    );
    if (affordances.length === 0) return bylineComments(root, ctx);

    // Last to first: replies come after the comment they answer, so their cores are found first
    // and are left out when the parent's core is measured.
    const claimed = new Set<Element>();
    const cores: Core[] = [];
    for (let i = affordances.length - 1; i >= 0; i--) {
      if (pastDeadline(ctx)) break;
      const aff = affordances[i];
      if (!aff || cores.some((c) => c.element.contains(aff))) continue;
      let scope: Element | null = aff;
      for (let depth = 0; scope && depth < MAX_CLIMB; depth++, scope = scope.parentElement) {
        if (STOP_TAGS.has(scope.localName)) break;
        const core = coreAt(scope, claimed);
        if (core === 'too-big') break;
        if (core) {
          cores.push(core);
          claimed.add(core.element);
          break;
        }
      }
    }
    if (cores.length < 2) return bylineComments(root, ctx);
    // Two comments that look alike, or it is not a comment section.
    const sigCount = new Map<string, number>();
    for (const c of cores) sigCount.set(signature(c.element), (sigCount.get(signature(c.element)) ?? 0) + 1);
    if (Math.max(...sigCount.values()) < 2) return bylineComments(root, ctx);

    cores.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
    // A one-off look-alike far from the comments (a Like widget, a popular-posts box) is not a
    // comment: keep cores that share their signature with another, or sit in the section that
    // holds the largest group of look-alikes.
    const mainSig = [...sigCount.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const section = commonAncestor(cores.filter((c) => signature(c.element) === mainSig).map((c) => c.element));
    for (let i = cores.length - 1; i >= 0; i--) {
      const el = cores[i]!.element;
      if ((sigCount.get(signature(el)) ?? 0) < 2 && section && !section.contains(el)) cores.splice(i, 1);
    }
    const coreEls = cores.map((c) => c.element);
    const coreSet = new Set(coreEls);
    const elements = cores.map((c) => widen(c.element, coreSet, coreEls));
    const elementSet = new Set(elements);

    const raws: RawComment[] = [];
    const rawOf = new Map<Element, RawComment>();
    const parentOf = new Map<RawComment, RawComment | null>();
    const depthOf = new Map<Element, number>();
    cores.forEach((core, i) => {
      const element = elements[i] ?? core.element;
      let parentEl: Element | null = null;
      let depth = 0;
      for (let cur = element.parentElement; cur; cur = cur.parentElement) {
        if (elementSet.has(cur)) {
          parentEl ??= cur;
          depth++;
        }
      }
      if (!parentEl) {
        parentEl = commentBeforeReplyBlock(element, elementSet);
        if (parentEl) depth = (depthOf.get(parentEl) ?? 0) + 1;
      }
      depthOf.set(element, depth);
      const notText = (el: Element): boolean => (el !== element && el !== core.element && (elementSet.has(el) || coreSet.has(el))) || core.chrome.has(el);
      const text = bodyLines(element, notText).join('\n');
      const time = timeOf(core);
      const raw: RawComment = {
        element,
        siteId: siteIdOf(element, core.element),
        // Nesting says nothing in a flat list; its tree may be in attributes only (`data-parent-id`).
        parentId: parentEl ? null : (commentParentIdOf(element) ?? commentParentIdOf(core.element)),
        level: parentEl ? depth : (levelAttr(element) ?? levelAttr(core.element) ?? 0),
        author: core.author ? inlineText(core.author) || null : null,
        time: time || null,
        text,
        links: collectLinks(element, notText),
      };
      raws.push(raw);
      rawOf.set(element, raw);
      parentOf.set(raw, parentEl ? (rawOf.get(parentEl) ?? null) : null);
    });
    return toFoundComments(raws, parentOf);
  },
};
