/**
 * Viafoura, used by many broadcasters and newspapers. Its widget renders into the page with
 * `vf-` classes: each comment is a `.vf-comment-container` carrying the comment id in
 * `data-id`, threads are `.vf-comment-thread`, replies sit in `.vf-child-comments` inside the
 * parent's thread.
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { fieldText, readNestedItems, timeText } from './nested-items';

/** One comment. */
export const COMMENT_SELECTOR = '.vf-comment-container';

/** The reply box and the "new comment" preview use comment-like markup but are not comments. */
export const NOT_INSIDE = '.vf-comment-form, .vf-reply-form, form, .vf-preview';

export const AUTHOR_SELECTOR = '.vf-comment-username, .vf-username';
export const TIME_SELECTOR = '.vf-comment-header time, time, .vf-date';

/** The comment's own words; `.vf-comment-html` wraps them in older widget versions. */
export const BODY_SELECTOR = '.vf-comment-html-content, .vf-comment-html, .vf-content';

/** Inside the body: "Show more" toggles and the "edited" note. */
export const NOT_TEXT_SELECTOR = '.vf-show-more, .vf-comment-edited, button';

/**
 * Replies nested in a thread are not always inside the parent's container: the thread holds
 * the container and then `.vf-child-comments`. The parent is then the container that opens
 * the enclosing thread.
 */
export const THREAD_SELECTOR = '.vf-comment-thread';

function siteIdOf(item: Element): string | null {
  const v = item.getAttribute('data-id')?.trim() || item.getAttribute('data-comment-id')?.trim();
  return v ? `vf-${v}` : null;
}

/** The comment that opens the thread `item`'s reply list is in, when replies sit beside it. */
function threadParentId(item: Element): string | null | undefined {
  const children = item.closest('.vf-child-comments');
  if (!children) return undefined;
  const thread = children.closest(THREAD_SELECTOR);
  if (!thread) return undefined;
  const opener = thread.querySelector(COMMENT_SELECTOR);
  if (!opener || opener === item || opener.contains(item)) return undefined;
  return siteIdOf(opener) ?? undefined;
}

/** Nesting level: how many reply lists the comment sits in. */
function levelOf(item: Element): number {
  let level = 0;
  for (let cur = item.parentElement; cur; cur = cur.parentElement) if (cur.classList.contains('vf-child-comments')) level++;
  return level;
}

export const viafoura: CommentPlatform = {
  name: 'viafoura',
  replySource: 'nesting',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    return readNestedItems(root, COMMENT_SELECTOR, (item, own) => ({
      siteId: siteIdOf(item),
      parentId: threadParentId(item),
      level: levelOf(item),
      author: fieldText(own(AUTHOR_SELECTOR)),
      time: timeText(own(TIME_SELECTOR)),
      body: own(BODY_SELECTOR),
      notText: (el) => el.matches(NOT_TEXT_SELECTOR),
    }), ctx, { notInside: NOT_INSIDE });
  },
};
