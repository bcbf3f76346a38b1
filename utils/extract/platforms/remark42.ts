/**
 * Remark42 (self-hosted comments, github.com/umputun/remark42). Its widget renders each comment as
 * an `article.comment` with the id `remark42__comment-<id>` (COMMENT_NODE_CLASSNAME_PREFIX in
 * its frontend), the name in `.comment__username`, the time in `.comment__time`, the words in
 * `.comment__text`; a comment and its replies share a `div.thread` (`thread_level_N`), the
 * replies in their own `.thread` after the comment, not inside it. Pinned comments are shown a
 * second time in `.root__pinned-comments` above the threads.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

export const COMMENT_SELECTOR = 'article.comment[id^="remark42__comment-"]';
export const COMMENT_ID = /^remark42__comment-([\w-]+)$/;
/** The pinned copies, the comment form and its preview are not comments of the list. */
export const NOT_INSIDE = '.root__pinned-comments, .comment-form, form';
const THREAD_SELECTOR = '.thread';

/** The comment that opens the thread around the one `item` opens: replies sit beside their parent. */
function threadParentId(item: Element): string | null | undefined {
  const own = item.parentElement?.closest(THREAD_SELECTOR);
  const outer = own?.parentElement?.closest(THREAD_SELECTOR);
  if (!outer) return undefined;
  const opener = Array.from(outer.children).find((c) => c.matches(COMMENT_SELECTOR));
  const id = opener ? COMMENT_ID.exec(opener.id)?.[1] : undefined;
  return id && opener !== item ? `remark42-${id}` : undefined;
}

export const REMARK42: PlatformSignature = {
  name: 'remark42',
  replySource: 'nesting',
  seenOn: ['https://github.com/umputun/remark42 (frontend/apps/remark42/app/components/comment/comment.tsx, thread/thread.tsx)'],
  items: COMMENT_SELECTOR,
  notInside: NOT_INSIDE,
  id: [{ attr: 'id', pattern: COMMENT_ID, format: 'remark42-$1' }],
  level: [{ classPattern: /(?:^|\s)thread_level_(\d+)(?:\s|$)/, climbUpTo: THREAD_SELECTOR }],
  author: { selectors: ['.comment__username'] },
  time: { selectors: ['.comment__time'] },
  body: ['.comment__text'],
  notText: 'button, .comment__actions',
  needsText: true,
  hooks: { parentId: threadParentId },
};

export const remark42 = platformFromSignature(REMARK42);
