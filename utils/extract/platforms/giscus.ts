/**
 * giscus (comments kept in GitHub Discussions, giscus.app, github.com/giscus/giscus). Its widget
 * writes each top-level comment as a `div.gsc-comment` (name in `.gsc-comment-author`, words in
 * `.gsc-comment-content`) and each answer as a `div.gsc-reply` inside it (`.gsc-reply-author`,
 * `.gsc-reply-content`): one level of replies, nested in the comment they answer. The time is a
 * `<time>` in the header's link to the comment (`…#discussioncomment-<id>`); a deleted comment
 * keeps its place with "This comment was deleted." The widget lives in an iframe from giscus.app,
 * which the content script reads like any frame; sites that proxy it render the same markup inline.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

export const COMMENT_SELECTOR = 'div.gsc-comment, div.gsc-reply';
const PERMALINK = '.gsc-comment-author a[href*="#discussioncomment-"], .gsc-reply-author a[href*="#discussioncomment-"]';

export const GISCUS: PlatformSignature = {
  name: 'giscus',
  replySource: 'nesting',
  seenOn: ['https://github.com/giscus/giscus (components/Comment.tsx, components/Reply.tsx: gsc-comment, gsc-reply, gsc-*-author, gsc-*-content)'],
  items: COMMENT_SELECTOR,
  notInside: 'form',
  id: [{ attr: 'href', on: PERMALINK, pattern: /#discussioncomment-(\d+)$/, format: 'giscus-$1' }],
  author: { selectors: ['.gsc-comment-author .gsc-comment-author-avatar span', '.gsc-reply-author span', '.gsc-comment-author span'] },
  time: { selectors: ['.gsc-comment-author time', '.gsc-reply-author time'] },
  body: ['.gsc-comment-content', '.gsc-reply-content'],
  notText: 'button',
  needsText: true,
};

export const giscus = platformFromSignature(GISCUS);
