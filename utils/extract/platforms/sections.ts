/**
 * Generic reader for comment sections no platform module knows: find the sections a page NAMES
 * as comments (by id/class, or by a heading such as "38 Comments" / "Leserbriefe"), then mine
 * the repeated records inside (record mining in the manner of MDR: elements of one shape, tag
 * plus first class, that each carry a byline), and read each record as author, time and body.
 *
 * No Reply or vote control is needed (static, archived and server-rendered pages rarely have
 * one), which is what the structural detector needs; what this reader needs instead is a name.
 * The scorer in `comments.ts` weighs what it proposes against the platform modules.
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { isControlText } from '../chrome';
import { pastDeadline } from '../found-comment';
import { foldSpace, isHidden, shortFoldedText } from '../text';
import { AUTHOR_HINT, bylineRow, ENDS_WITH_INITIAL, isMentionInWords, NOT_COMMENTS_ANCESTOR, PROFILE_HREF, TIME_TEXT } from './structural';
import { readItemElements, type ItemFields } from './nested-items';
import { cleanCommentText, commentParentIdOf, commentSiteIdOf } from './item-fields';

/**
 * Words that name a comment section in an id or class, in the languages we analyse. Seen on:
 * `#comments`/`.commentlist` (WordPress themes, TypePad, Movable Type, Blogger), `#disqus_thread`
 * / `#dsq-comments` (Disqus's server-rendered fallback, documented by Disqus), `#talk` /
 * `.discussion` / `.reactions` / `.responses` (news and blog themes: Medium-style responses,
 * Discourse embeds, Tumblr-era themes), `kommentare` / `leserbriefe` (German news CMSs),
 * `commentaires` / `reactions` (French blogs), `comentarios` (Spanish blogs); `commenti`, `comentários`,
 * `reacties`, `komentarze`: the same word in Italian, Portuguese, Dutch and Polish.
 */
export const SECTION_NAME =
  /comment|kommentar|leserbrief|commentaire|comentario|comentário|reactie|komentar|komentář|kommentti|yorum|reakce|комментари|disqus|dsq-|(^|[\s_-])(talk|discussion|diskussion|reactions?|réactions?|responses|feedback|guestbook|gästebuch|replies)($|[\s_-])/i;

/**
 * Names that contain a comment word but are not a section of comments: counters, forms, links,
 * sidebar widgets listing the latest comments of the whole site, and rules. Seen on WordPress
 * (`recentcomments` widget, `comments-link`, `comment-form`), Blogger (`comment-footer`), news
 * sites (`comment-count`, `comments-closed`, `comment-policy`).
 */
export const NOT_A_SECTION =
  /recent|popular|most|latest|widget|sidebar|related|count|form|respond|(^|[\s_-])(link|links|rss|feed|closed|policy|rules|login|subscribe|share|button|toggle|teaser|icon|bubble|number|total|meta|footer|header|title|heading|tab|tabs|nav|author|date|time|avatar)($|[\s_-])/i;

/** Comment words in a heading's text ("38 Comments", "Kommentare (12)", "Leave a Reply" is not one). */
export const HEADING_WORD =
  /(?:(?<![\p{L}\p{N}_])(comments?|responses?|reactions?|discussion|replies|kommentare?|leserbriefe?|diskussion|commentaires?|réactions?|comentarios?|respuestas|commenti|comentários|reacties|komentarz\p{L}*|komentář\p{L}*|komentar\p{L}*|reakce|reakcí|reakcie|kommentarer|kommentit|hozzászólás\p{L}*|yorumlar?|comentarii|комментари\p{L}*|отзывы)(?![\p{L}\p{N}_])|コメント|评论|評論|留言|댓글)/iu;

/**
 * A comment count standing as a section's title in an element that is not a heading ("11 comments
 * so far" in bold, "156 Responses to “Shuteye”" in a `p`, "Comments (5)" in a `div`): the whole
 * text is a count and a comment word. Seen on dragnet R14, R465 (WordPress themes' `p`/`div`),
 * R971 (`strong`), R105-R107 (Joomla's `div.contentheading`), corpus hpd (`p`), l'Opinion
 * (`div.bloc-head`) and mtbnews (`div`).
 */
const COUNT_HEADING = new RegExp(String.raw`^(\d+\s+${HEADING_WORD.source}|${HEADING_WORD.source}\s*[(:]?\s*\d+\)?)`, 'iu');

/** Tags a count may stand in as a title: blocks and the bold of old templates. */
const COUNT_HEADING_TAGS = 'p, div, td, b, strong, font, span';
const MAX_COUNT_HEADING_CHARS = 60;

/**
 * Headings over other pages' comments: the "Recent Comments" widget of WordPress and Blogger and
 * its translations ("Neueste Kommentare", "Derniers commentaires", "Últimos comentarios",
 * "Recente reacties", "Ultimi commenti", "Последние комментарии"), "Most commented" lists.
 */
const OTHER_PAGES_HEADING =
  /(?<![\p{L}])(recent|latest|most|popular|top|neueste|letzte|meistkommentiert|derniers|dernières|últimos|recientes|recente|laatste|ultimi|recenti|poslední|nejnovější|najnovšie|senaste|seneste|nyeste|siste|последние|свежие)(?![\p{L}])/iu;

/** Tags that can hold a list of comments without being one. */
const SECTION_TAGS = new Set(['ol', 'ul', 'dl', 'main', 'aside', 'tbody']);

/** Tags that can be one comment record. */
const RECORD_TAGS = new Set(['div', 'li', 'article', 'section', 'dt', 'dd', 'tr', 'table', 'p', 'blockquote']);

/** How many sections and elements we look at, so a huge page stays fast. */
const MAX_SECTIONS = 12;
const MAX_ELEMENTS_PER_SECTION = 6_000;

/** A share of the records that must carry a byline (an author-ish or a time-ish element). */
const MIN_BYLINE_SHARE = 0.6;

/** A byline sits near the top or bottom of a record, never hundreds of elements deep. */
const MAX_BYLINE_WALK = 300;

/** Short texts only: names and dates are short. */
const MAX_NAME_CHARS = 60;
const MAX_TIME_CHARS = 90;

function nameOf(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''}`;
}

function isSectionNamed(el: Element): boolean {
  const name = nameOf(el);
  return SECTION_NAME.test(name) && !NOT_A_SECTION.test(name);
}

/**
 * A form around the whole page is not a reply form: ASP.NET Web Forms (DotNetNuke, SharePoint,
 * Community Server blogs) render every page inside one `<form runat="server">`, marked by its
 * documented hidden `__VIEWSTATE` field (dragnet R180, onstartups.com on DotNetNuke).
 */
function isPageForm(el: Element): boolean {
  return el.localName === 'form' && el.querySelector('input[name="__VIEWSTATE"]') !== null;
}

function insideNotComments(el: Element): boolean {
  for (let cur = el.closest(NOT_COMMENTS_ANCESTOR); cur; cur = cur.parentElement?.closest(NOT_COMMENTS_ANCESTOR) ?? null) {
    if (!isPageForm(cur)) return true;
  }
  return false;
}

function insideNamedBy(el: Element, set: Set<Element>): boolean {
  for (let cur = el.parentElement; cur; cur = cur.parentElement) if (set.has(cur)) return true;
  return false;
}

/**
 * Sections named only by a count outside a heading: a weaker name, so their records must say who
 * wrote them (MIN_BYLINE_SHARE of them with an author), as comments do and lists of dated items
 * under a "3 comments" line (a comment widget's own markup, read better by the structural
 * reader) need not.
 */
const namedByCount = new WeakSet<Element>();

/** Sections named as comments: by id/class, or the parent of a heading that names them. */
export function namedSections(root: ParentNode): Element[] {
  const named: Element[] = [];
  const namedSet = new Set<Element>();
  const insideNamed = (el: Element): boolean => {
    for (let cur = el.parentElement; cur; cur = cur.parentElement) if (namedSet.has(cur)) return true;
    return false;
  };
  for (const el of Array.from(root.querySelectorAll('[id], [class]'))) {
    if (!SECTION_NAME.test(nameOf(el))) continue;
    if (!RECORD_TAGS.has(el.localName) && !SECTION_TAGS.has(el.localName)) continue;
    // Elements inside a named section are mined with it (document order: ancestors come first).
    if (NOT_A_SECTION.test(nameOf(el)) || insideNamed(el)) continue;
    named.push(el);
    namedSet.add(el);
  }
  const byName = new Set(namedSet);
  // The element a heading (or a count standing as one) opens is the section it names.
  const nameByHeading = (h: Element): Element | null => {
    const parent = headingBox(h).parentElement;
    if (!parent || ['body', 'html'].includes(parent.localName) || namedSet.has(parent) || insideNamed(parent)) return null;
    named.push(parent);
    namedSet.add(parent);
    return parent;
  };
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const text = foldSpace(h.textContent ?? '');
    if (text.length > 60 || !HEADING_WORD.test(text) || OTHER_PAGES_HEADING.test(text)) continue;
    nameByHeading(h);
  }
  for (const h of countHeadings(root)) {
    const section = nameByHeading(h);
    if (section) namedByCount.add(section);
  }
  // A section named by its id or class is mined even inside one found by a heading: the heading's
  // parent may hold the article or a form too, where its records cover too little of the text.
  // One of a run of look-alike siblings is a record of the outer section, not a section itself.
  const isRecordLike = (el: Element): boolean => {
    const shape = shapeOf(el);
    return [el.previousElementSibling, el.nextElementSibling].some((sib) => sib !== null && shapeOf(sib) === shape);
  };
  return named
    .filter((el) => !insideNamedBy(el, byName) && !(insideNamed(el) && isRecordLike(el)) && !insideNotComments(el))
    .slice(0, MAX_SECTIONS);
}

/** A count standing as a title: its whole short text is the count, with no link in or around it. */
function isCountHeading(el: Element): boolean {
  const text = shortFoldedText(el, MAX_COUNT_HEADING_CHARS);
  if (!text || !COUNT_HEADING.test(text)) return false;
  return !el.closest('a') && !el.querySelector('a, p, div, li, table, h1, h2, h3, h4, h5, h6');
}

/** Count titles outside headings, outermost first (`<font><b>11 comments so far</b></font>` is one). */
function countHeadings(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(COUNT_HEADING_TAGS))) {
    // Document order: an element inside one already found comes right after it.
    if (found.at(-1)?.contains(el) || !isCountHeading(el) || insideNotComments(el)) continue;
    found.push(el);
  }
  return found;
}

/** A box may wrap a heading and a little more (a count, a "leave a comment" link), no more. */
const MAX_HEADING_BOX_EXTRA = 40;

/**
 * The heading itself, or the box that holds only it: the comments follow the box, not the
 * heading (`<div class="commentform"><h2>Comments</h2></div>` then the comments: Movable Type
 * era templates; `<div class="comments-header"><h3>12 Comments</h3></div>`: news themes).
 */
function headingBox(h: Element): Element {
  const own = textLength(h);
  let box = h;
  for (let parent = h.parentElement; parent && !['body', 'html'].includes(parent.localName); parent = parent.parentElement) {
    // A box of several headings is a row of tabs ("All | Comments | Popular"), not a section's title.
    if (shortFoldedText(parent, own + MAX_HEADING_BOX_EXTRA) === null || parent.querySelectorAll('h1, h2, h3, h4, h5, h6').length > 1) break;
    box = parent;
  }
  return box;
}

/** The child of a section that opens it: a heading naming comments, or the box holding only such a heading. */
function sectionStart(section: Element): Element | null {
  for (const child of Array.from(section.children)) {
    if (shortFoldedText(child, MAX_COUNT_HEADING_CHARS + MAX_HEADING_BOX_EXTRA) !== null) {
      const count = child.matches(COUNT_HEADING_TAGS) && isCountHeading(child) ? child : countHeadings(child)[0];
      if (count && headingBox(count) === child) return child;
    }
    const h = /^h[1-6]$/.test(child.localName) ? child : child.querySelector('h1, h2, h3, h4, h5, h6');
    if (!h || !HEADING_WORD.test(foldSpace(h.textContent ?? '').slice(0, 80))) continue;
    if (h === child || headingBox(h) === child) return child;
  }
  return null;
}

const plainTerms = new WeakMap<Element, boolean>();
function hasPlainTerms(list: Element): boolean {
  let plain = plainTerms.get(list);
  if (plain === undefined) {
    plain = Array.from(list.children).some((c) => c.localName === 'dt' && c.classList.length === 0);
    plainTerms.set(list, plain);
  }
  return plain;
}

function shapeOf(el: Element): string {
  // In a list where some terms carry no class, a class marks a few (the post author's): they are
  // records of the same kind.
  if (el.localName === 'dt' && el.parentElement && hasPlainTerms(el.parentElement)) return 'dt';
  const first = (el.classList[0] ?? '').replace(/\d+/g, '#');
  if (first) return `${el.localName}.${first}`;
  if (el.id) return `${el.localName}#${el.id.replace(/\d+/g, '#')}`;
  return el.localName;
}

function isTimeLike(el: Element): boolean {
  if (el.localName === 'time' || el.hasAttribute('datetime')) return true;
  // A byline holding a `<time>` (HTML's own element for it) is not the time itself: the
  // `<time>` inside is, and the rest of the byline (the name, "Reply") must not become the time.
  if (el.children.length > 3 || el.querySelector('time, [datetime]')) return false;
  const text = shortFoldedText(el, MAX_TIME_CHARS);
  return !!text && TIME_TEXT.test(text);
}

/**
 * A byline that names the writer with a verb: "rjack said,", "Anna says:", "Max schreibt:"
 * (WordPress's `says`, Blogger's `said...`, German and French blog themes; the same verb in the
 * other languages readers write in: Italian, Portuguese, Dutch, Polish, Russian, Swedish/Danish/
 * Norwegian "skrev", Czech "napsal", Finnish "kirjoitti", Hungarian "írta").
 */
const SAYS_BYLINE =
  /\s(said|says|wrote|writes|sagt|schreibt|schrieb|écrit|dit|escribió|dice|scrive|ha scritto|disse|escreveu|schreef|zegt|napisał|napisała|pisze|skrev|napsal|napsala|kirjoitti|írta|пишет|написал|написала)\s*[:,.…]*$/i;

function isAuthorLike(el: Element): boolean {
  const text = shortFoldedText(el, MAX_NAME_CHARS);
  // A linked "@name" in the words answers that reader; it does not name the writer.
  if (!text || isMentionInWords(el, text)) return false;
  if (SAYS_BYLINE.test(text) && el.children.length <= 2) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`;
  if (AUTHOR_HINT.test(name) && !/avatar|photo|image|img/i.test(name)) return true;
  if (el.localName === 'cite') return true;
  return el.localName === 'a' && PROFILE_HREF.test(el.getAttribute('href') ?? '');
}

/** A name in a plain `<b>`/`<strong>` at the start of a byline (old forums, reader letters). */
function plainName(el: Element): boolean {
  if (!['b', 'strong'].includes(el.localName) || el.children.length > 1) return false;
  return isNameLikeText(shortFoldedText(el, 40) ?? '');
}

/**
 * Text that may be a name: a few words, not a date. Short sentences end with a mark; an initial
 * may end a name ("Βασίλης Τ.", "Dev K."), as in the structural reader's name-like fallback.
 */
function isNameLikeText(text: string): boolean {
  return text.length > 1 && text.split(' ').length <= 4 && !TIME_TEXT.test(text) && (!/[.!?:]$/.test(text) || ENDS_WITH_INITIAL.test(text));
}

/** Boxes that hold a byline and more: a short comment in one would read as a date. */
const BOX_TAGS = new Set(['div', 'li', 'section', 'article', 'td', 'tr', 'table', 'tbody']);

/**
 * A box is never the time when a child is time-like: a short comment ("hot") and its
 * "Posted by … | November 12, 2012" footer in one `div` would otherwise be all byline.
 */
function innermostTime(el: Element): Element {
  let cur = el;
  while (BOX_TAGS.has(cur.localName)) {
    const child = Array.from(cur.children).find((c) => !isHidden(c) && isTimeLike(c));
    if (!child) break;
    cur = child;
  }
  return cur;
}

interface Byline {
  author: Element | null;
  time: Element | null;
}

/** The first author-ish and time-ish elements of one record (outside nested records). */
function bylineOf(parts: Element[], inner: (el: Element) => boolean): Byline {
  let author: Element | null = null;
  let time: Element | null = null;
  let plain: Element | null = null;
  let visited = 0;
  // A short record part that is itself the byline (`<dt>Name - October 26, 2012</dt>`); only
  // when the record has a partner holding the words, else a short comment would be its own time.
  for (const part of parts.length > 1 ? parts : []) {
    if (!time && part.children.length <= 3 && isTimeLike(part)) time = part;
    else if (!author && isAuthorLike(part)) author = part;
  }
  for (const part of parts) {
    const walk = (node: Element): void => {
      for (const child of Array.from(node.children)) {
        if ((author && time) || ++visited > MAX_BYLINE_WALK) return;
        if (inner(child) || isHidden(child) || child.matches('form, script, style, textarea')) continue;
        if (!time && isTimeLike(child)) time = innermostTime(child);
        else if (!author && isAuthorLike(child)) {
          // The innermost named element is the name itself (`.fn` inside `.comment-author`).
          const innerName = Array.from(child.querySelectorAll('*')).find(isAuthorLike);
          author = innerName ?? child;
        } else if (!plain && plainName(child)) plain = child;
        if (author && time) return;
        walk(child);
      }
    };
    walk(part);
  }
  if (!author && !plain && time) plain = nameBeforeTime(time, parts);
  return { author: author ?? plain, time };
}

/**
 * A name with no mark of its own (hashed classes, a plain `span`): the first short, name-like
 * element of the row that holds the time, before the time ("Maya R. · 11 Apr 2023", "Ellen Voss
 * Author 11 Apr"), as the structural reader's name-like fallback reads hashed bylines.
 */
const NAME_TAGS = 'span, a, b, strong, cite, em, small, font, h3, h4, h5, h6';

function nameBeforeTime(time: Element, parts: readonly Element[]): Element | null {
  const row = time.parentElement;
  if (!row || !parts.some((p) => p !== row && p.contains(row))) return null;
  for (const sib of Array.from(row.children)) {
    if (sib === time || sib.contains(time)) break;
    // A name is a phrase in the row (a span, a link, a heading), not a block of words.
    if (isHidden(sib) || sib.children.length > 1 || !sib.matches(NAME_TAGS)) continue;
    const text = shortFoldedText(sib, 40) ?? '';
    if (isNameLikeText(text) && !isControlText(text)) return sib;
  }
  return null;
}

/** A `dt` reads at most this many `dd` with it (words, date, a signature). */
const MAX_DD_PARTNERS = 3;

/** A record: its main element and the siblings that complete it (a `dt`'s `dd`s), read with it. */
interface RecordCandidate {
  element: Element;
  parts: Element[];
  /** The byline that closes a record read as a run of siblings ("Posted by: … at …"). */
  footer?: Element;
}

/** The siblings that complete a record: the `dd`s after a `dt`. */
export function partnersOf(el: Element): Element[] {
  // A term's description is every `dd` up to the next `dt` (HTML's content model for `dl`):
  // the words in one, the date in the next.
  if (el.localName === 'dt') {
    const out: Element[] = [];
    for (let next = el.nextElementSibling; next?.localName === 'dd' && out.length < MAX_DD_PARTNERS; next = next.nextElementSibling) out.push(next);
    return out;
  }
  return [];
}

interface Mined {
  section: Element;
  shape: string;
  records: RecordCandidate[];
  /** Share of the section's text the records cover. */
  covered: number;
}

function textLength(el: Element): number {
  return foldSpace(el.textContent ?? '').length;
}

/** What a section holds that is never text a reader sees: scripts and styles. */
const NOT_SECTION_TEXT = 'script, style, noscript, template';

/** A section's text without its scripts, which would dilute how much its records cover. */
function sectionTextLength(el: Element): number {
  let n = textLength(el);
  for (const skip of Array.from(el.querySelectorAll(NOT_SECTION_TEXT))) if (!skip.parentElement?.closest(NOT_SECTION_TEXT)) n -= textLength(skip);
  return Math.max(0, n);
}

/**
 * Where a reader types is the comment form, never a comment: "Post a New Comment" boxes outside
 * any `<form>` element (Squarespace's `journal-add-comment-area`, dragnet R7; TypePad's
 * `#atp-comments`, T32; Movable Type's `div.postcomment`, R681).
 */
const TEXT_ENTRY = 'textarea, input[type="text"], input:not([type]), [contenteditable="true"]';

/** The run of records in a section: the shape whose elements, with a byline each, cover most of its text. */
function mineRecords(section: Element, after: Element | null, withTextEntry = false): Mined | null {
  let sectionText = sectionTextLength(section);
  // Under a heading, only what follows the heading is the section.
  if (after) for (let sib = after.previousElementSibling; sib; sib = sib.previousElementSibling) sectionText -= sectionTextLength(sib);
  if (sectionText < 20) return null;
  const byShape = new Map<string, Element[]>();
  const all = section.querySelectorAll('*');
  const n = Math.min(all.length, MAX_ELEMENTS_PER_SECTION);
  for (let i = 0; i < n; i++) {
    const el = all[i]!;
    if (!RECORD_TAGS.has(el.localName)) continue;
    if (el.localName === 'p' && !el.classList.length && !el.id) continue;
    if (after && !(after.compareDocumentPosition(el) & 4)) continue;
    const shape = shapeOf(el);
    const list = byShape.get(shape);
    if (list) list.push(el);
    else byShape.set(shape, [el]);
  }
  let best: Mined | null = null;
  let bestScore = 0;
  // One query for the section; a query per element would cost more on a long thread.
  const typing = section.querySelector(TEXT_ENTRY) !== null;
  for (const [shape, shaped] of byShape) {
    // Boxes where a reader types (reply and login boxes) are not records, unless nothing else is.
    const els = withTextEntry || !typing ? shaped : shaped.filter((el) => !el.querySelector(TEXT_ENTRY));
    if (els.length < 2 && !(els.length === 1 && isSectionNamed(els[0]!))) continue;
    const set = new Set(els);
    const outer = els.filter((el) => {
      for (let cur = el.parentElement; cur && cur !== section; cur = cur.parentElement) if (set.has(cur)) return false;
      return true;
    });
    let covered = 0;
    for (const el of outer) {
      covered += textLength(el);
      for (const partner of partnersOf(el)) covered += textLength(partner);
    }
    const coverage = Math.min(1, covered / sectionText);
    // A run that cannot beat the best so far is not worth reading bylines for.
    if (coverage < 0.3 || coverage * 1.5 < bestScore * 0.9) continue;
    let bylined = 0;
    const records: RecordCandidate[] = [];
    for (const el of els) {
      const parts = [el, ...partnersOf(el)];
      const inner = (x: Element): boolean => set.has(x) && x !== el;
      const b = bylineOf(parts, inner);
      if (b.author || b.time) bylined++;
      records.push({ element: el, parts });
    }
    const share = bylined / els.length;
    if (share < MIN_BYLINE_SHARE) continue;
    // Coverage first; among runs that cover about as much, the one with more bylined records.
    const score = coverage * (0.5 + share);
    if (score > bestScore * 1.1 || (score > bestScore * 0.9 && bestScore > 0 && best && els.length > best.records.length && outer.length >= 2)) {
      if (score > bestScore) bestScore = score;
      best = { section, shape, records, covered: coverage };
    }
  }
  const footed = mineFooterRuns(section, all, n, after, sectionText);
  if (footed && footed.covered * 1.5 > bestScore) best = footed;
  return best && best.covered >= 0.3 ? best : null;
}

/** A footer byline is short: a name, a date, a few glue words. */
const MAX_FOOTER_CHARS = 140;

function isFooterByline(el: Element): boolean {
  if (el.children.length > 4 || el.matches('form, script, style, textarea, h1, h2, h3, h4, h5, h6')) return false;
  const raw = el.textContent ?? '';
  // Long text with its whitespace is no byline either; folding it first would cost more.
  if (raw.length > MAX_FOOTER_CHARS * 8) return false;
  const text = foldSpace(raw);
  return text.length > 0 && text.length <= MAX_FOOTER_CHARS && (TIME_TEXT.test(text) || el.querySelector('time, [datetime]') !== null);
}

/**
 * Records that are runs of siblings, each closed by a byline of one shape: the body paragraphs
 * (often after an `<a id="c123">` anchor), then "Posted by: Name at October 28, 2012 01:23 PM".
 * Movable Type's and TypePad's default comment templates print comments this way, without an
 * element around each one. Seen on econbrowser.com (dragnet R197: `div#c123` + `p.posted`),
 * a TypePad blog (R531: `a#c123`, paragraphs, `p.posted`) and schneier.com (R681, R683, R685:
 * the same inside `div.commentbody`, where the element reader also succeeds).
 */
function mineFooterRuns(section: Element, all: NodeListOf<Element>, n: number, after: Element | null, sectionText: number): Mined | null {
  const groups = new Map<Element, Map<string, Element[]>>();
  for (let i = 0; i < n; i++) {
    const el = all[i]!;
    const parent = el.parentElement;
    if (!parent || !(el.localName === 'p' || el.localName === 'div' || el.localName === 'span' || el.localName === 'small')) continue;
    if (!el.classList.length) continue;
    if (after && !(after.compareDocumentPosition(el) & 4)) continue;
    if (!isFooterByline(el)) continue;
    const byShape = groups.get(parent) ?? new Map<string, Element[]>();
    groups.set(parent, byShape);
    const shape = shapeOf(el);
    const list = byShape.get(shape);
    if (list) list.push(el);
    else byShape.set(shape, [el]);
  }
  let best: Mined | null = null;
  for (const byShape of groups.values()) {
    for (const [shape, footers] of byShape) {
      if (footers.length < 2) continue;
      const set = new Set(footers);
      const records: RecordCandidate[] = [];
      let covered = 0;
      for (const footer of footers) {
        const parts: Element[] = [];
        for (let sib = footer.previousElementSibling; sib && !set.has(sib) && sib !== after && !/^h[1-6]$/.test(sib.localName); sib = sib.previousElementSibling) {
          if (after && !(after.compareDocumentPosition(sib) & 4)) break;
          parts.unshift(sib);
        }
        const bodyText = parts.reduce((sum, el) => sum + textLength(el), 0);
        if (bodyText === 0) continue;
        covered += bodyText + textLength(footer);
        records.push({ element: parts[0]!, parts: [...parts, footer], footer });
      }
      if (records.length < 2) continue;
      const coverage = Math.min(1, covered / sectionText);
      if (!best || coverage > best.covered) best = { section, shape: `${shape}:footer`, records, covered: coverage };
    }
  }
  return best;
}

/** "Posted by: Name at date", "Posted by Name | date", "posted on date by Name": the name and the date apart. */
const POSTED_BY = /^posted\s+by:?\s+(.{1,60}?)\s+(?:at|on|\||-|–)\s+(.+)$/i;
const POSTED_ON = /^posted\s+(?:on|at)\s+(.+?)\s+by:?\s+(.{1,60})$/i;

function footerFields(footer: Element): { author: string | null; time: string | null } {
  const text = foldSpace(footer.textContent ?? '');
  const by = POSTED_BY.exec(text);
  if (by) return { author: by[1]!, time: by[2]! };
  const on = POSTED_ON.exec(text);
  if (on) return { author: on[2]!, time: on[1]! };
  const time = footer.querySelector('time, [datetime]');
  return { author: null, time: time?.getAttribute('datetime') || text || null };
}

/** The name in `author`, without the time when a byline cell named as the author holds both. */
function nameText(author: Element, time: Element | null): string | null {
  const whole = foldSpace(author.textContent ?? '');
  if (!time || time === author || !author.contains(time)) return whole || null;
  const at = whole.indexOf(foldSpace(time.textContent ?? ''));
  return (at > 0 ? whole.slice(0, at).trim() : whole) || null;
}

function readRecords(mined: Mined, ctx?: DetectContext): FoundComment[] | null {
  const footerOf = new Map<Element, Element>(mined.records.flatMap((r) => (r.footer ? [[r.element, r.footer] as const] : [])));
  const partnerOf = new Map<Element, Element[]>(mined.records.map((r) => [r.element, r.parts]));
  const items = mined.records.map((r) => r.element);
  const partners = new Set(mined.records.flatMap((r) => r.parts.slice(1)));
  return readItemElements(
    items,
    (item, _own, isItem): ItemFields | null => {
      const parts = partnerOf.get(item) ?? [item];
      const footer = footerOf.get(item);
      if (footer) {
        const fields = footerFields(footer);
        return {
          siteId: commentSiteIdOf(item),
          author: fields.author,
          time: fields.time,
          body: item,
          extraBodies: parts.slice(1, -1),
          notText: (el) => el.matches('form, button, script, style, textarea, input, select, img, svg, noscript'),
          cleanText: cleanCommentText,
        };
      }
      const b = bylineOf(parts, (x) => isItem(x) && x !== item);
      const byline = new Set<Element>([b.author, b.time].filter((x): x is Element => x !== null));
      // The name's and time's row or cell with a badge beside them ("анна_север (автор)") is byline too.
      const row = b.author && b.time ? bylineRow(b.author, b.time, item) : null;
      if (row) byline.add(row);
      // "Posted by: Name at date" as the time element: the name and the date apart.
      const posted = !b.author && b.time && !b.time.hasAttribute('datetime') ? footerFields(b.time) : null;
      return {
        siteId: commentSiteIdOf(item),
        parentId: commentParentIdOf(item) ?? undefined,
        author: posted?.author ?? (b.author ? nameText(b.author, b.time) : null),
        time: posted?.author ? posted.time : b.time ? b.time.getAttribute('datetime') || foldSpace(b.time.textContent ?? '') || null : null,
        // A `dt` that is all byline leaves the words to its `dd`.
        body: parts.length > 1 && byline.has(item) ? parts[1]! : item,
        extraBodies: parts.length > 1 && byline.has(item) ? parts.slice(2) : parts.slice(1),
        notText: (el) => byline.has(el) || (partners.has(el) && !parts.includes(el)) || el.matches('form, button, script, style, textarea, input, select, img, svg, noscript'),
        cleanText: cleanCommentText,
      };
    },
    ctx,
  );
}

export const sections: CommentPlatform = {
  name: 'section',
  replySource: 'nesting',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    let best: Mined | null = null;
    let bestWeight = 0;
    const seen = new Set<Element>();
    for (const section of namedSections(root)) {
      if (pastDeadline(ctx)) break;
      if (seen.has(section)) continue;
      seen.add(section);
      const start = isSectionNamed(section) ? null : sectionStart(section);
      // Read again with the typing boxes only when some were left out and nothing else was read.
      const typing = section.querySelector(TEXT_ENTRY) !== null;
      const mined = mineRecords(section, start) ?? (typing ? mineRecords(section, start, true) : null);
      if (!mined) continue;
      // The section whose records hold the most text wins here; `comments.ts` weighs it against the rest.
      // A record where a reader types (the comment form) weighs nothing.
      const weight = mined.records.reduce(
        (n, r) => n + (mined.records.some((o) => o !== r && o.element.contains(r.element)) || (typing && r.parts.some((p) => p.querySelector(TEXT_ENTRY))) ? 0 : r.parts.reduce((m, p) => m + textLength(p), 0)),
        0,
      );
      if (!best || weight > bestWeight) {
        best = mined;
        bestWeight = weight;
      }
    }
    if (!best) return null;
    const read = readRecords(best, ctx);
    if (read && namedByCount.has(best.section) && read.filter((c) => c.author).length < read.length * MIN_BYLINE_SHARE) return null;
    return read;
  },
};
