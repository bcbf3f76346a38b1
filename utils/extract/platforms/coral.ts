/**
 * Coral (coralproject/talk), the stream many newspapers embed. It renders into an open shadow
 * root (so the reader reaches it through `roots.ts`), or, in older or AMP setups, into the page.
 * Every element carries stable `coral-*` classes meant for site styling, which is what we key
 * on: `.coral-comment` is one comment, replies sit in `.coral-indent-N` wrappers (N = level),
 * the comment element's id is `comment-<id>`.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

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

/** Where a reply's level stops being looked for: the stream itself. */
export const STREAM_SELECTOR = '.coral-comments, .coral-allComments, .coral-stream';

export const CORAL: PlatformSignature = {
  name: 'coral',
  replySource: 'depth',
  seenOn: ['https://github.com/coralproject/talk (coral-* classes on every stream element, meant for site CSS)'],
  items: COMMENT_SELECTOR,
  notInside: NOT_INSIDE,
  // Some versions put the id on the wrapper just around the comment.
  id: [{ attr: 'id', pattern: COMMENT_ID }, { attr: 'id', wrapper: true, pattern: COMMENT_ID }],
  level: [{ classPattern: INDENT_CLASS, climbUpTo: STREAM_SELECTOR }],
  author: { selectors: [AUTHOR_SELECTOR] },
  time: { selectors: [TIME_SELECTOR] },
  body: [BODY_SELECTOR],
  notText: NOT_TEXT_SELECTOR,
};

export const coral = platformFromSignature(CORAL);
