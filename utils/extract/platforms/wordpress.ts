/**
 * WordPress comments (`wp_list_comments` in its html5 and classic forms, and the many themes
 * that keep its class names): a comment list of `li.comment` items, replies nested in
 * `ol.children`, depth in a `depth-N` class.
 */
import { inlineText } from '../text';
import type { OwnQuery } from './nested-items';
import { platformFromSignature, type PlatformSignature } from './signature';

/** The list that holds the comments; `commentlist` is the pre-3.x name, still in old themes. */
export const COMMENT_LIST_SELECTOR =
  'ol.comment-list, ul.comment-list, ol.commentlist, ul.commentlist, ol#commentlist, ul#commentlist, div.comment-list, div.commentlist';

/**
 * One comment, pingback or trackback; some themes drop the classes and keep only `id="comment-N"`.
 * Themes that pass a custom `style => 'div'` callback to `wp_list_comments` render each comment as
 * a `div.comment` (or `article.comment`) carrying the same `comment-N` id and `depth-N` class.
 */
export const COMMENT_ITEM_SELECTOR =
  'li.comment, li.pingback, li.trackback, li[id^="comment-"], li[id^="li-comment-"], div.comment[id^="comment-"], article.comment[id^="comment-"]';

/**
 * Sidebar widgets ("Recent comments") reuse the comment-list markup for other posts' comments;
 * a list inside one of these is never this page's comment section.
 */
export const WIDGET_ANCESTOR =
  'aside, .widget, [class*="widget_"], .sidebar, #sidebar, [role="complementary"], [class*="recent-comments"], [class*="recentcomments"]';

/** Pingbacks and trackbacks are notices from other sites, not comments by readers. */
export const NOT_A_COMMENT_CLASS = /\b(pingback|trackback)\b/i;

/** An id WordPress gives a comment item or its body: `comment-123`, `li-comment-123`, `div-comment-123`. */
export const COMMENT_ID = /^(?:li-|div-)?comment-(\d+)$/;

/** Where the comment's own words are, most specific first. */
export const BODY_SELECTORS = ['.comment-content', '.comment-text', '.comment-entry', '.commenttext', '.comment_text', '.comment-body'];

/** The commenter's name, most specific first (`.fn` is the hCard name inside `.comment-author`). */
export const AUTHOR_SELECTORS = ['.comment-author .fn', '.fn', '.comment-author cite', '.comment-author', '.comment_author', 'cite .url', 'cite'];

/**
 * The byline of WordPress's Classic theme (wp-content/themes/classic/comments.php, shipped with
 * WordPress 1.5 to 3.x and kept by many blogs since), printed *after* the comment's words:
 * `<p><cite>Comment by <a class="url">Name</a> &#8212; 17.07, 2011 @ <a href="#comment-9">16:42</a></cite></p>`.
 * `comment_author_link()` gives the name its `url` class; the date follows the dash.
 */
export const CLASSIC_BYLINE = 'cite:has(a[href^="#comment-"])';

/** When the comment was written. */
export const TIME_SELECTORS = ['time', '.comment-metadata a', '.commentmetadata a', '.comment-meta a', '.comment-date', '.comment_date', '.comment-time'];

/** Never part of the comment text: the byline, dates, buttons, moderation notes and nested replies. */
export const NOT_TEXT_SELECTOR = [
  '.comment-meta', '.comment-metadata', '.commentmetadata', '.comment-author', '.comment_author', '.vcard', '.says',
  '.reply', '.comment-reply-link', '.comment-reply', '.comment-actions', '.comment-votes', '.comment-awaiting-moderation',
  '.comment-edit-link', '.edit-link', '.children', '.comment-respond', 'form', 'button',
  // Jetpack's per-comment Like button and "Liked by N people" line (WordPress.com, Jetpack sites).
  '.comment-likes', '[id^="comment-like-"]',
  CLASSIC_BYLINE,
].join(', ');

/** Moderation notes and the reply form are never comments even when they sit inside the list. */
export const NOT_AN_ITEM_ANCESTOR = 'form, #respond, .comment-respond';

/** An element inside the item carrying the comment's id when the item has none (`div-comment-N`). */
export const INNER_ID_SELECTOR = '[id^="comment-"], [id^="div-comment-"]';

/** The list a reply sits in; div-style themes put it after the parent's `div.comment`, not inside. */
export const CHILDREN_SELECTOR = '.children';

/** `depth-N` on the item, N = 1 at the top level. */
export const DEPTH_CLASS = /\bdepth-(\d+)\b/;

/** Parts of the byline that are not the name, and the "says:" glue after it. */
export const AUTHOR_SKIP = '.says, .avatar, img';
export const SAYS_SUFFIX = /\s*(says|sagt|schreibt|dit)\s*:?\s*$/i;

function isCommentItem(li: Element): boolean {
  if (NOT_A_COMMENT_CLASS.test(li.getAttribute('class') ?? '')) return false;
  return li.classList.contains('comment') || COMMENT_ID.test(li.id);
}

/** The Classic theme's byline split at its dash: the name (with "Comment by") and the date. */
function classicByline(own: OwnQuery): { before: string; after: string; linked: boolean } | null {
  const classic = own(CLASSIC_BYLINE);
  if (!classic) return null;
  const [, before = '', after = ''] = /^(.*?)\s*\u2014\s*(.*)$/.exec(inlineText(classic)) ?? [];
  return { before, after: after.trim(), linked: classic.querySelector('.url, .fn') !== null };
}

export const WORDPRESS: PlatformSignature = {
  name: 'wordpress',
  replySource: 'nesting',
  seenOn: [
    'https://developer.wordpress.org/reference/functions/wp_list_comments/',
    'corpus de-media-uebermedien-tabus', 'corpus en-blog-blogohblog-slideshow', 'corpus en-recipe-foxyfolksy-buttercream',
    'corpus en-mag-thenervousbreakdown-heart (commentlist)', 'corpus de-blog-internetlaw-pseudonyme (Classic theme byline)',
  ],
  items: COMMENT_ITEM_SELECTOR,
  within: { selector: COMMENT_LIST_SELECTOR, notInside: WIDGET_ANCESTOR },
  notInside: NOT_AN_ITEM_ANCESTOR,
  only: isCommentItem,
  // A wrapper item and the `div.comment` inside it for the same comment are one comment.
  mergeSameId: true,
  id: [
    { attr: 'id', pattern: COMMENT_ID, format: 'comment-$1' },
    { attr: 'id', on: INNER_ID_SELECTOR, pattern: COMMENT_ID, format: 'comment-$1' },
  ],
  repliesIn: { selector: CHILDREN_SELECTOR },
  level: [{ classPattern: DEPTH_CLASS, offset: -1 }],
  author: { selectors: AUTHOR_SELECTORS, skip: AUTHOR_SKIP, strip: SAYS_SUFFIX },
  time: { selectors: TIME_SELECTORS, attrs: ['datetime'] },
  body: BODY_SELECTORS,
  bodyIsItem: true,
  notText: NOT_TEXT_SELECTOR,
  // Hooks: the Classic theme's byline is one line, name and date split by a dash.
  hooks: {
    time: (_li, own, fromData) => classicByline(own)?.after || fromData,
    author: (_li, own, fromData) => {
      const classic = classicByline(own);
      // A commenter without a website has no link: the name is the text before the dash,
      // after "Comment by" (in the blog's language: "Kommentar von", "Commentaire par", …).
      if (!classic || classic.linked || !classic.before) return fromData;
      return classic.before.replace(/^\S+\s+\S+\s+(?=\S)/u, '').trim() || fromData;
    },
  },
};

export const wordpress = platformFromSignature(WORDPRESS);
