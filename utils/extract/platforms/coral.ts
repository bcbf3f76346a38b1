/**
 * Coral (coralproject/talk), the stream many newspapers embed. It renders into an open shadow
 * root (so the reader reaches it through `roots.ts`), or, in older or AMP setups, into the page.
 * Every element carries stable `coral-*` classes meant for site styling, which is what we key
 * on: `.coral-comment` is one comment, replies sit in `.coral-indent-N` wrappers (N = level),
 * the comment element's id is `comment-<id>`.
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { fieldText, readNestedItems, timeText } from './nested-items';

/** One comment (featured-comment copies have their own class and are left out below). */
export const COMMENT_SELECTOR = '.coral-comment';

/** Copies of comments shown elsewhere in the stream; the real one is in the thread. */
export const NOT_INSIDE = '.coral-featuredComment, .coral-featuredComments, .coral-userPopover, .coral-createReplyComment, form';

/** The comment element's id, `comment-<id>`, or the `coral-comment-<id>` class some versions add. */
export const COMMENT_ID = /^comment-([\w-]+)$/;

/** The wrapper a reply sits in, `coral-indent-N` (N = 1 for direct replies). */
export const INDENT_CLASS = /\bcoral-indent-(\d+)\b/;

export const AUTHOR_SELECTOR = '.coral-comment-username, .coral-username';
export const TIME_SELECTOR = '.coral-comment-timestamp time, .coral-comment-timestamp, .coral-timestamp, time';
export const BODY_SELECTOR = '.coral-comment-content, .coral-content';

/** Inside the body: the "in reply to" line names the parent's author, not the commenter's words. */
export const NOT_TEXT_SELECTOR = '.coral-comment-inReplyTo, .coral-comment-edited, button';

/** Level from the nearest `coral-indent-N` wrapper (0 when there is none). */
function indentLevel(el: Element): number | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const m = INDENT_CLASS.exec(cur.getAttribute('class') ?? '');
    if (m) return Number(m[1]);
    if (cur.matches('.coral-comments, .coral-allComments, .coral-stream')) break;
  }
  return null;
}

function siteIdOf(item: Element): string | null {
  const own = COMMENT_ID.exec(item.id);
  if (own) return item.id;
  // Some versions put the id on the wrapper just around the comment.
  const wrapper = item.parentElement;
  if (wrapper && COMMENT_ID.test(wrapper.id) && wrapper.querySelector(COMMENT_SELECTOR) === item) return wrapper.id;
  return null;
}

export const coral: CommentPlatform = {
  name: 'coral',
  replySource: 'depth',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    return readNestedItems(root, COMMENT_SELECTOR, (item, own) => ({
      siteId: siteIdOf(item),
      level: indentLevel(item),
      author: fieldText(own(AUTHOR_SELECTOR)),
      time: timeText(own(TIME_SELECTOR)),
      body: own(BODY_SELECTOR),
      notText: (el) => el.matches(NOT_TEXT_SELECTOR),
    }), ctx, { notInside: NOT_INSIDE });
  },
};
