/**
 * Reddit, in both of its page generations.
 *
 * New Reddit (shreddit): each comment is a `<shreddit-comment>` custom element whose
 * attributes carry everything we need: `thingid` (`t1_<id>`), `parentid` (the parent's thingid,
 * or the post's `t3_` id for top-level comments), `depth` (0 = top level) and `author`. Replies
 * are nested inside their parent's element; the body is the child with `slot="comment"`.
 *
 * Old Reddit (old.reddit.com): each comment is `div.thing.comment` with `data-fullname`
 * (`t1_<id>`) and `data-author`; replies sit in its `.child > .sitetable`; the body is
 * `.usertext-body .md` inside the comment's own `.entry`.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

/** A comment on either generation. "Load more comments" stubs are other elements/classes. */
export const COMMENT_SELECTOR = 'shreddit-comment, div.thing.comment';

/** A comment's full name: `t1_` + base-36 id. Posts are `t3_`, which never parent a comment here. */
export const COMMENT_FULLNAME = /^t1_[a-z0-9]+$/i;

/** New Reddit: the body slot; old Reddit: the rendered markdown inside the comment's own entry. */
export const BODY_SELECTOR = '[slot="comment"], .entry .usertext-body .md, .usertext-body .md';

/** Old Reddit's byline link (new Reddit has the `author` attribute). */
export const AUTHOR_SELECTOR = '.entry .tagline .author, .tagline .author';

/** The time element: `faceplate-timeago > time` on new Reddit, `.tagline time` on old. */
export const TIME_SELECTOR = 'time[datetime], [slot="commentMeta"] time, .tagline time';

/** Replies and "more comments" stubs inside the body are never the comment's own words. */
export const NOT_TEXT_SELECTOR = 'shreddit-comment, .thing, .child, button, faceplate-tracker[noun="load_more_comments"]';

/** Placeholders Reddit shows for the author of a deleted or removed comment: no one's name. */
export const NO_AUTHOR = /^\[(deleted|removed)\]$/i;

/** "Load more comments" stubs and placeholders are not comments. */
export const NOT_INSIDE = '.morechildren, .deleted-comment-placeholder';

/** What both generations share: the body, the time, what is not text. */
const COMMON = {
  name: 'reddit',
  replySource: 'parent-attribute',
  seenOn: ['https://github.com/reddit-archive/reddit (r2 templates: div.thing.comment)', 'https://www.reddit.com (shreddit-comment)', 'https://old.reddit.com'],
  notInside: NOT_INSIDE,
  time: { selectors: [TIME_SELECTOR] },
  body: [BODY_SELECTOR],
  notText: NOT_TEXT_SELECTOR,
} as const satisfies Partial<PlatformSignature>;

/**
 * New Reddit states everything in attributes: the parent (a post's `t3_` id means top level),
 * the depth and the author. A deleted comment's "[deleted]" is a removed note (chrome.ts): it goes,
 * and its replies answer what it answered, as on every other platform.
 */
export const REDDIT_NEW: PlatformSignature = {
  ...COMMON,
  items: 'shreddit-comment',
  id: [{ attr: 'thingid' }],
  parent: { attr: 'parentid', pattern: COMMENT_FULLNAME },
  level: [{ attr: 'depth' }],
  author: { itemAttrs: ['author'], reject: NO_AUTHOR },
};

/** Old Reddit only nests; the author is in `data-author` or the byline. */
export const REDDIT_OLD: PlatformSignature = {
  ...COMMON,
  items: 'div.thing.comment',
  id: [{ attr: 'data-fullname' }],
  author: { itemAttrs: ['data-author'], selectors: [AUTHOR_SELECTOR], reject: NO_AUTHOR },
};

export const reddit = platformFromSignature(REDDIT_NEW, REDDIT_OLD);
