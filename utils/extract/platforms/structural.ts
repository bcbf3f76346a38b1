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
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { toFoundComments } from '../found-comment';
import { blockText, collectLinks, foldSpace, inlineText, isHidden } from '../text';

/** The word on a Reply control, in the languages of the pages we see most. */
export const REPLY_WORD =
  /^(reply|respond|answer|antworten|beantworten|répondre|repondre|responder|rispondi|reageer|reageren|svara|odpowiedz)\b/i;

/** Vote/like controls named in class, aria-label, title or test ids. */
export const VOTE_HINT = /(^|[\s_-])(up|down)?vot(e|es|ing)|(^|[\s_-])(dis)?likes?($|[\s_-])|thumbs?|karma|upvote|downvote|recommend/i;

/** Reply controls named in class, aria-label, title or test ids. */
export const REPLY_HINT = /(^|[\s_-])reply|replybutton|reply-?link|antworten|répondre/i;

/** Elements that may be an affordance. */
export const AFFORDANCE_SELECTOR = 'button, a, [role="button"], [aria-label], [title], [class], [data-testid]';

/** Author-ish: named as such in class, id, itemprop, rel or test id. */
export const AUTHOR_HINT = /author|user-?name|username|nick|handle|(^|[\s_-])fn($|[\s_-])|commenter|poster|profile|member|display-?name/i;

/** Links to a person's page. */
export const PROFILE_HREF = /\/(user|users|u|profile|profiles|member|members|people|author|benutzer|mitglied)\//i;

/** Time-ish text: absolute dates (en/de/fr), relative times, times of day. */
export const TIME_TEXT = new RegExp(
  [
    String.raw`\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b`,
    String.raw`\b(19|20)\d{2}-\d{2}-\d{2}\b`,
    String.raw`\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|fevr|mars|avr|juin|juil|août|aout|sept|déc)[a-zéû]*\.?\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|fevr|mars|avr|juin|juil|août|aout|sept|déc)[a-zéû]*\.?\s+(19|20)\d{2}\b`,
    String.raw`\b(\d+|an?|one)\s+(sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\b`,
    String.raw`\bvor\s+(\d+|einer|einem|einen)\s+(sekunde|minute|stunde|tag|woche|monat|jahr)`,
    String.raw`\bil y a\s+(\d+|une?)\s`,
    String.raw`\b(yesterday|today|gestern|heute|hier|aujourd)`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`^\d+\s?(s|m|min|h|d|w|mo|y)$`,
  ].join('|'),
  'i',
);

/** Lines that are controls or counters, not what the commenter wrote. */
export const CHROME_LINE =
  /^([\d\s.,:·|•–—()+-]*|(reply|share|report|flag|edit|delete|permalink|link|like|dislike|quote|zitieren|melden|teilen|antworten|répondre|signaler|partager|says:?|sagt:?|schreibt:?|dit\s?:?)(\s*\(?\d*\)?)?|\d+\s+(likes?|points?|votes?|replies|antworten|réponses))$/i;

/** Never inside a comment section: menus and forms. */
export const NOT_COMMENTS_ANCESTOR = 'nav, menu, form, [role="navigation"], [role="menu"], [role="menubar"], [role="banner"], [role="contentinfo"]';

/** Where climbing from an affordance stops: the page itself, or the article's own container. */
const STOP_TAGS = new Set(['body', 'html', 'main']);

/** How far above an affordance its comment's core can be. */
const MAX_CLIMB = 10;

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
  const text = foldSpace(el.textContent ?? '');
  if (text.length > 40) return null;
  const named = attrs(el);
  const interactive = el.matches('button, a, [role="button"]') || el.hasAttribute('onclick') || el.hasAttribute('tabindex');
  if (interactive && REPLY_WORD.test(text)) return 'reply';
  if (REPLY_HINT.test(named) && (interactive || text.length <= 20)) return 'reply';
  if (VOTE_HINT.test(named) && text.length <= 20) return 'vote';
  return null;
}

function isTimeElement(el: Element): boolean {
  if (el.localName === 'time' || el.hasAttribute('datetime')) return true;
  if (el.children.length > 2) return false;
  const text = foldSpace(el.textContent ?? '');
  return text.length > 0 && text.length <= MAX_TIME_CHARS && TIME_TEXT.test(text);
}

function isAuthorElement(el: Element): boolean {
  const text = foldSpace(el.textContent ?? '');
  if (!text || text.length > MAX_NAME_CHARS) return false;
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

function featuresOf(scope: Element, claimed: Set<Element>): CoreFeatures {
  const f: CoreFeatures = { replies: [], votes: [], times: [], authors: [] };
  for (const el of ownElements(scope, claimed)) {
    const kind = affordanceKind(el);
    if (kind === 'reply') f.replies.push(el);
    else if (kind === 'vote') f.votes.push(el);
    else if (isTimeElement(el)) f.times.push(el);
    else if (isAuthorElement(el)) f.authors.push(el);
  }
  f.replies = outermost(f.replies);
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
    if (!text || text.length > 40 || text.split(' ').length > 4) continue;
    if (TIME_TEXT.test(text) || CHROME_LINE.test(text)) continue;
    // Short sentences ("Great post.") are not names; an initial ("Dev K.") may end a name.
    if (/[!?]$/.test(text) || (/\.$/.test(text) && !/(^|\s)\p{Lu}\.$/u.test(text))) continue;
    // Names sit in the comment's header, not inside its paragraphs.
    const host = el.closest('p, blockquote, li');
    if (host && host !== scope && scope.contains(host)) continue;
    return el;
  }
  return null;
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
    const inside = coreList.filter((c) => c !== core && parent.contains(c));
    // Another comment before this one in the parent: the parent is a list, not this comment.
    if (inside.some((c) => c.compareDocumentPosition(core) & 4)) break;
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

function siteIdOf(element: Element, core: Element): string | null {
  for (const el of [element, core]) {
    for (const attr of ['data-comment-id', 'data-commentid', 'data-id']) {
      const v = el.getAttribute(attr);
      if (v && v.trim()) return `comment-${v.trim()}`;
    }
    if (el.id && /\d/.test(el.id) && el.ownerDocument.querySelectorAll(`[id="${el.id.replace(/"/g, '\\"')}"]`).length === 1) {
      return el.id;
    }
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

export const structural: CommentPlatform = {
  name: 'structural',
  replySource: 'nesting',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const affordances = Array.from(root.querySelectorAll(AFFORDANCE_SELECTOR)).filter(
      (el) => !el.closest(NOT_COMMENTS_ANCESTOR) && affordanceKind(el) !== null,
    );
    if (affordances.length === 0) return null;

    // Last to first: replies come after the comment they answer, so their cores are found first
    // and are left out when the parent's core is measured.
    const claimed = new Set<Element>();
    const cores: Core[] = [];
    for (let i = affordances.length - 1; i >= 0; i--) {
      if (ctx && ctx.now() > ctx.deadline) {
        ctx.partial = true;
        break;
      }
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
    if (cores.length < 2) return null;
    // Two comments that look alike, or it is not a comment section.
    const sigCount = new Map<string, number>();
    for (const c of cores) sigCount.set(signature(c.element), (sigCount.get(signature(c.element)) ?? 0) + 1);
    if (Math.max(...sigCount.values()) < 2) return null;

    cores.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
    const coreEls = cores.map((c) => c.element);
    const coreSet = new Set(coreEls);
    const elements = cores.map((c) => widen(c.element, coreSet, coreEls));
    const elementSet = new Set(elements);

    const raws: RawComment[] = [];
    const rawOf = new Map<Element, RawComment>();
    const parentOf = new Map<RawComment, RawComment | null>();
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
      const notText = (el: Element): boolean => (el !== element && el !== core.element && (elementSet.has(el) || coreSet.has(el))) || core.chrome.has(el);
      const text = bodyLines(element, notText).join('\n');
      const time = core.time ? core.time.getAttribute('datetime') || inlineText(core.time) : null;
      const raw: RawComment = {
        element,
        siteId: siteIdOf(element, core.element),
        parentId: null,
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
