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
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { fieldText, readNestedItems, timeText } from './nested-items';

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

function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name)?.trim();
  return v ? v : null;
}

export const reddit: CommentPlatform = {
  name: 'reddit',
  replySource: 'parent-attribute',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    return readNestedItems(root, COMMENT_SELECTOR, (item, own) => {
      const isNew = item.localName === 'shreddit-comment';
      const id = isNew ? attr(item, 'thingid') : attr(item, 'data-fullname');
      const parent = isNew ? attr(item, 'parentid') : null;
      const depth = isNew ? Number(attr(item, 'depth') ?? NaN) : NaN;
      const author = isNew ? attr(item, 'author') : (attr(item, 'data-author') ?? fieldText(own(AUTHOR_SELECTOR)));
      // A deleted comment is kept (its replies still answer it), without a name.
      return {
        siteId: id,
        // New Reddit states the parent; old Reddit only nests (parentId left to nesting).
        parentId: isNew ? (parent && COMMENT_FULLNAME.test(parent) ? parent : null) : undefined,
        level: Number.isInteger(depth) && depth >= 0 ? depth : undefined,
        author: author && !NO_AUTHOR.test(author) ? author : null,
        time: timeText(own(TIME_SELECTOR)),
        body: own(BODY_SELECTOR),
        notText: (el) => el.matches(NOT_TEXT_SELECTOR),
      };
    }, ctx, { notInside: '.morechildren, .deleted-comment-placeholder' });
  },
};
