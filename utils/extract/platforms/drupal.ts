/**
 * Drupal core comments (6, 7 and 8+, and themes that keep core's templates): each comment is a
 * `.comment` element (Drupal 7 marks it with RDFa `typeof="sioct:Comment"`, Drupal 8+ with
 * `data-comment-user-id` and `typeof="schema:Comment"`), Drupal 6/7 put the comment's anchor
 * `<a id="comment-N">` just before it, and replies follow their parent in a `div.indented`.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

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

export const DRUPAL: PlatformSignature = {
  name: 'drupal',
  replySource: 'nesting',
  seenOn: [
    'https://api.drupal.org (core comment.html.twig, comment-wrapper.tpl.php)',
    'corpus de-news-cicero-pandemie (8)', 'corpus de-news-hpd-homosexuellenhass (7)', 'corpus en-drupal-aclu-facebook (7)', 'corpus fr-news-lopinion-glyphosate',
  ],
  items: CANDIDATE_SELECTOR,
  notInside: 'form',
  only: isItem,
  // An RDFa-typed element inside a comment (e.g. the author's `sioc:UserAccount`) is not another comment.
  outermost: true,
  id: [
    { attr: 'id', pattern: COMMENT_ID, format: 'comment-$1' },
    { attr: 'about', pattern: ABOUT_ID, format: 'comment-$1' },
    { attr: 'id', before: 'a', pattern: COMMENT_ID, format: 'comment-$1' },
  ],
  // The comment a reply answers: the item before the `.indented` block that holds it (anchors between).
  repliesIn: { selector: REPLIES_SELECTOR, skip: 'a' },
  author: { selectors: AUTHOR_SELECTORS },
  time: { selectors: TIME_SELECTORS, attrs: ['datetime', 'content'] },
  body: BODY_SELECTORS,
  bodyIsItem: true,
  notText: NOT_TEXT_SELECTOR,
  needsText: true,
};

export const drupal = platformFromSignature(DRUPAL);
