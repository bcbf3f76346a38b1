/**
 * Viafoura, used by many broadcasters and newspapers. Its widget renders into the page with
 * `vf-` classes: each comment is a `.vf-comment-container` carrying the comment id in
 * `data-id`, threads are `.vf-comment-thread`, replies sit in `.vf-child-comments` inside the
 * parent's thread.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

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

/** The comment's id attributes; the reader prefixes `vf-`. */
export const ID_ATTRIBUTES = ['data-id', 'data-comment-id'];

/** The list a reply sits in; its level is how many of these it sits in. */
export const CHILDREN_SELECTOR = '.vf-child-comments';

function siteIdOf(item: Element): string | null {
  const v = item.getAttribute('data-id')?.trim() || item.getAttribute('data-comment-id')?.trim();
  return v ? `vf-${v}` : null;
}

/** The comment that opens the thread `item`'s reply list is in, when replies sit beside it. */
function threadParentId(item: Element): string | null | undefined {
  const children = item.closest(CHILDREN_SELECTOR);
  if (!children) return undefined;
  const thread = children.closest(THREAD_SELECTOR);
  if (!thread) return undefined;
  const opener = thread.querySelector(COMMENT_SELECTOR);
  if (!opener || opener === item || opener.contains(item)) return undefined;
  return siteIdOf(opener) ?? undefined;
}

export const VIAFOURA: PlatformSignature = {
  name: 'viafoura',
  replySource: 'nesting',
  seenOn: ['https://viafoura.com (the comments widget renders vf-* classes into the page)'],
  items: COMMENT_SELECTOR,
  notInside: NOT_INSIDE,
  id: [{ attr: ID_ATTRIBUTES, format: 'vf-$0' }],
  level: [{ countAncestors: CHILDREN_SELECTOR }],
  author: { selectors: [AUTHOR_SELECTOR] },
  time: { selectors: [TIME_SELECTOR] },
  body: [BODY_SELECTOR],
  notText: NOT_TEXT_SELECTOR,
  // Hook: the thread's opener is found by position in the thread, which no attribute states.
  hooks: { parentId: threadParentId },
};

export const viafoura = platformFromSignature(VIAFOURA);
