/**
 * Drupal core comments (6, 7 and 8+, and themes that keep core's templates): each comment is a
 * `.comment` element (Drupal 7 marks it with RDFa `typeof="sioct:Comment"`, Drupal 8+ with
 * `data-comment-user-id` and `typeof="schema:Comment"`), Drupal 6/7 put the comment's anchor
 * `<a id="comment-N">` just before it, and replies follow their parent in a `div.indented`.
 */
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { toFoundComments } from '../found-comment';
import { blockText, collectLinks, inlineText } from '../text';

/**
 * One comment. The RDFa types and `data-comment-user-id` are written by core's comment module;
 * the anchor-then-`.comment` pair is core's Drupal 6/7 `comment-wrapper` template.
 */
export const COMMENT_ITEM_SELECTOR = [
  '[data-comment-user-id]',
  '[typeof~="sioct:Comment"]',
  '[typeof~="schema:Comment"]',
  'a[id^="comment-"] + .comment',
].join(', ');

/** The same set, queried cheaply: `.comment` is checked for its anchor in code (`isItem`). */
const CANDIDATE_SELECTOR = '[data-comment-user-id], [typeof~="sioct:Comment"], [typeof~="schema:Comment"], .comment';

function isItem(el: Element): boolean {
  if (el.hasAttribute('data-comment-user-id')) return true;
  const type = el.getAttribute('typeof') ?? '';
  if (/(^|\s)(sioct|schema):Comment(\s|$)/.test(type)) return true;
  const anchor = el.previousElementSibling;
  return anchor !== null && anchor.localName === 'a' && COMMENT_ID.test(anchor.id);
}

/** The container core puts a comment's replies in, right after the comment. */
export const REPLIES_SELECTOR = '.indented';

/** A comment's own id, on the element (8+), its `about` path (7+) or the anchor before it (6/7). */
const COMMENT_ID = /^comment-(\d+)$/;
const ABOUT_ID = /\/comment\/(\d+)/;

/** Where the comment's words are, most specific first (8+ RDFa body, 7 field, then theme names). */
export const BODY_SELECTORS = [
  '[property="schema:text"]',
  '[property="content:encoded"]',
  '.field-name-comment-body',
  '.field-comment-body',
  '.field--name-comment-body',
  '.comment__content',
  '.comment-content',
  '.content',
];

/** The commenter's name: core's `username` theme function, its RDFa name, or theme names. */
export const AUTHOR_SELECTORS = ['.username', '[property~="foaf:name"]', '.comment__author', '.comment-author', '.author'];

/** When it was written: a `time` or RDFa date with a machine value first, then visible dates. */
export const TIME_SELECTORS = [
  'time[datetime]',
  '[property~="dc:date"][content]',
  '[property="schema:dateCreated"][content]',
  '.date',
  '.submitted',
];

/**
 * Never the comment's words: its subject line (core renders it as a permalink heading), the
 * byline, the links row (Reply, Edit, Delete), RDF metadata, replies, and the read-more toggle of
 * the widely used expanding_formatter module.
 */
export const NOT_TEXT_SELECTOR = [
  '.links', '.submitted', '.username', '.comment__title', 'h3.title', '[property~="dc:title"]', '[property="schema:name"]',
  '.permalink', '.rdf-meta', '.indented', 'form', 'button', '.expanding-formatter-trigger', 'mark',
].join(', ');

function siteIdOf(el: Element): string | null {
  const own = COMMENT_ID.exec(el.id);
  if (own) return `comment-${own[1]}`;
  const about = ABOUT_ID.exec(el.getAttribute('about') ?? '');
  if (about) return `comment-${about[1]}`;
  const anchor = el.previousElementSibling;
  const m = anchor && anchor.localName === 'a' ? COMMENT_ID.exec(anchor.id) : null;
  return m ? `comment-${m[1]}` : null;
}

export const drupal: CommentPlatform = {
  name: 'drupal',
  replySource: 'nesting',
  seenOn: ['https://api.drupal.org (core comment.html.twig, comment-wrapper.tpl.php)', 'corpus de-news-cicero-pandemie', 'corpus de-news-hpd-homosexuellenhass', 'corpus en-drupal-aclu-facebook', 'corpus fr-news-lopinion-glyphosate'],
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const candidates = Array.from(root.querySelectorAll(CANDIDATE_SELECTOR)).filter(isItem);
    if (candidates.length === 0) return null;
    const candidateSet = new Set(candidates);
    // An RDFa-typed element inside a comment (e.g. the author's `sioc:UserAccount`) is not another
    // comment; only the outermost candidate of each comment counts.
    const items = candidates.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (candidateSet.has(up)) return false;
      }
      return !el.closest('form');
    });
    const itemSet = new Set(items);

    /** The comment a reply answers: the item before the `.indented` block that holds it. */
    const parentOf = (el: Element): Element | null => {
      const block = el.parentElement?.closest(REPLIES_SELECTOR);
      if (!block) return null;
      for (let prev = block.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (itemSet.has(prev)) return prev;
        if (prev.localName !== 'a') break;
      }
      return null;
    };
    /** First match that belongs to `item` itself, not to a reply block inside it. */
    const first = (item: Element, selectors: string[]): Element | null => {
      for (const sel of selectors) {
        for (const el of Array.from(item.querySelectorAll(sel))) {
          const block = el.closest(REPLIES_SELECTOR);
          if (!block || !item.contains(block)) return el;
        }
      }
      return null;
    };

    const raws: RawComment[] = [];
    const rawOf = new Map<Element, RawComment>();
    const parents = new Map<RawComment, RawComment | null>();
    const notText = (el: Element): boolean => itemSet.has(el) || el.matches(NOT_TEXT_SELECTOR);
    for (const item of items) {
      if (ctx && ctx.now() > ctx.deadline) {
        ctx.partial = true;
        break;
      }
      const body = first(item, BODY_SELECTORS) ?? item;
      const text = blockText(body, notText);
      const authorEl = first(item, AUTHOR_SELECTORS);
      const author = authorEl ? inlineText(authorEl) || null : null;
      const timeEl = first(item, TIME_SELECTORS);
      const time = timeEl ? timeEl.getAttribute('datetime') || timeEl.getAttribute('content') || inlineText(timeEl) || null : null;
      if (!text) continue;
      const parentEl = parentOf(item);
      let level = 0;
      for (let p = parentEl; p; p = parentOf(p)) level++;
      const raw: RawComment = {
        element: item,
        siteId: siteIdOf(item),
        parentId: null,
        level,
        author,
        time,
        text,
        links: collectLinks(body, notText),
      };
      raws.push(raw);
      rawOf.set(item, raw);
      parents.set(raw, parentEl ? (rawOf.get(parentEl) ?? null) : null);
    }
    return raws.length > 0 ? toFoundComments(raws, parents) : null;
  },
};
