/**
 * WordPress comments (`wp_list_comments` in its html5 and classic forms, and the many themes
 * that keep its class names): a comment list of `li.comment` items, replies nested in
 * `ol.children`, depth in a `depth-N` class.
 */
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { toFoundComments } from '../found-comment';
import { blockText, collectLinks, inlineText } from '../text';

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
export const TIME_SELECTORS = ['time', '.comment-metadata a', '.commentmetadata a', '.comment-meta a', '.comment-date', '.comment-time'];

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

function isCommentItem(li: Element): boolean {
  if (NOT_A_COMMENT_CLASS.test(li.getAttribute('class') ?? '')) return false;
  if (li.closest(NOT_AN_ITEM_ANCESTOR)) return false;
  return li.classList.contains('comment') || COMMENT_ID.test(li.id);
}

function siteIdOf(li: Element): string | null {
  const own = COMMENT_ID.exec(li.id);
  if (own) return `comment-${own[1]}`;
  const inner = li.querySelector('[id^="comment-"], [id^="div-comment-"]');
  const m = inner ? COMMENT_ID.exec(inner.id) : null;
  return m ? `comment-${m[1]}` : null;
}

function levelOf(li: Element, ancestors: number): number {
  const m = /\bdepth-(\d+)\b/.exec(li.getAttribute('class') ?? '');
  return m ? Math.max(0, Number(m[1]) - 1) : ancestors;
}

export const wordpress: CommentPlatform = {
  name: 'wordpress',
  replySource: 'nesting',
  seenOn: ['https://developer.wordpress.org/reference/functions/wp_list_comments/', 'corpus de-media-uebermedien-tabus', 'corpus en-blog-blogohblog-slideshow', 'corpus en-recipe-foxyfolksy-buttercream', 'corpus en-mag-thenervousbreakdown-heart'],
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const lists = Array.from(root.querySelectorAll(COMMENT_LIST_SELECTOR)).filter((list) => !list.closest(WIDGET_ANCESTOR));
    if (lists.length === 0) return null;
    const items: Element[] = [];
    const seen = new Set<Element>();
    for (const list of lists) {
      for (const li of Array.from(list.querySelectorAll(COMMENT_ITEM_SELECTOR))) {
        if (seen.has(li)) continue;
        seen.add(li);
        if (isCommentItem(li)) items.push(li);
      }
    }
    // A wrapper item and the `div.comment` inside it for the same comment are one comment.
    const itemSetAll = new Set(items);
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      for (let up = item.parentElement; up; up = up.parentElement) {
        if (!itemSetAll.has(up)) continue;
        if (siteIdOf(up) !== null && siteIdOf(up) === siteIdOf(item)) items.splice(i, 1);
        break;
      }
    }
    if (items.length === 0) return null;
    const itemSet = new Set(items);

    /** The nearest comment item above `el` (exclusive), or null. */
    const itemAbove = (el: Element): Element | null => {
      for (let cur = el.parentElement; cur; cur = cur.parentElement) if (itemSet.has(cur)) return cur;
      return null;
    };
    // Elements between an item and the replies nested in it: searching an item's own parts
    // descends through these and skips the replies, so each comment costs its own size only
    // (searching the whole subtree made long threads quadratic).
    const holders = new Set<Element>();
    for (const item of items) {
      for (let up = item.parentElement; up && !itemSet.has(up) && !holders.has(up); up = up.parentElement) holders.add(up);
    }
    /** First match (in document order) of a selector that belongs to this item, not to a reply nested in it. */
    const own = (li: Element, selector: string): Element | null => {
      const stack: Element[] = [];
      for (let i = li.children.length - 1; i >= 0; i--) stack.push(li.children[i]!);
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (itemSet.has(node)) continue;
        if (node.matches(selector)) return node;
        if (holders.has(node)) {
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
          continue;
        }
        const found = node.querySelector(selector);
        if (found) return found;
      }
      return null;
    };

    /**
     * Div-style items close before their replies: `<div class="comment">…</div><ul class="children">`,
     * so the parent is the item just before the `.children` list that holds `el`.
     */
    const ownerOfChildrenList = (el: Element): Element | null => {
      const list = el.parentElement?.closest('.children');
      const owner = list?.previousElementSibling ?? null;
      return owner && itemSet.has(owner) ? owner : null;
    };

    const raws: RawComment[] = [];
    const rawOf = new Map<Element, RawComment>();
    const parentOf = new Map<RawComment, RawComment | null>();
    const depthOf = new Map<Element, number>();
    for (const li of items) {
      if (ctx && ctx.now() > ctx.deadline) {
        ctx.partial = true;
        break;
      }
      const notText = (el: Element): boolean => itemSet.has(el) || el.matches(NOT_TEXT_SELECTOR);
      let body: Element = li;
      for (const sel of BODY_SELECTORS) {
        const found = own(li, sel);
        if (found) {
          body = found;
          break;
        }
      }
      const text = blockText(body, notText);
      let author: string | null = null;
      for (const sel of AUTHOR_SELECTORS) {
        const found = own(li, sel);
        const name = found ? inlineText(found, (el) => el.matches('.says, .avatar, img')) : '';
        if (name) {
          author = name.replace(/\s*(says|sagt|schreibt|dit)\s*:?\s*$/i, '');
          break;
        }
      }
      let time: string | null = null;
      const classic = own(li, CLASSIC_BYLINE);
      if (classic) {
        const [, before = '', after = ''] = /^(.*?)\s*\u2014\s*(.*)$/.exec(inlineText(classic)) ?? [];
        time = after.trim() || null;
        // A commenter without a website has no link: the name is the text before the dash,
        // after "Comment by" (in the blog's language: "Kommentar von", "Commentaire par", …).
        if (!classic.querySelector('.url, .fn') && before) author = before.replace(/^\S+\s+\S+\s+(?=\S)/u, '').trim() || author;
      }
      if (!time) {
        for (const sel of TIME_SELECTORS) {
          const found = own(li, sel);
          if (!found) continue;
          time = found.getAttribute('datetime') || inlineText(found) || null;
          if (time) break;
        }
      }
      if (!text && !author) continue;
      const parentItem = itemAbove(li) ?? ownerOfChildrenList(li);
      const parentRaw = parentItem ? (rawOf.get(parentItem) ?? null) : null;
      // Parents come first in document order, so their depth is already known.
      const ancestors = parentItem ? (depthOf.get(parentItem) ?? 0) + 1 : 0;
      depthOf.set(li, ancestors);
      const raw: RawComment = {
        element: li,
        siteId: siteIdOf(li),
        parentId: null,
        level: levelOf(li, ancestors),
        author,
        time,
        text,
        links: collectLinks(body, notText),
      };
      raws.push(raw);
      rawOf.set(li, raw);
      parentOf.set(raw, parentRaw);
    }
    return raws.length > 0 ? toFoundComments(raws, parentOf) : null;
  },
};
