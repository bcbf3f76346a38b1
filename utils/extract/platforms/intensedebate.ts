/**
 * IntenseDebate (Automattic's hosted comments, common on blogs around 2008-2014). Its widget
 * writes each comment as a `div.idc-c` (`id="IDComment-<id>"`, `idc-depth-N` for its level) with
 * the header in `.idc-c-h` (name `.idc-a`, time `.idc-time`, votes `.idc-v`), the words in
 * `.idc-c-t-inner` and the Reply / Report / "Reblog this comment" links in `.idc-c-b`; a reply
 * sits in a `div.idc-thread-reply` after its parent, inside the parent's thread.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

export const COMMENT_SELECTOR = 'div.idc-c';
export const COMMENT_ID = /^IDComment-?(\d+)$/;
/** The level, 0 for a top-level comment. */
export const DEPTH_CLASS = /(?:^|\s)idc-depth-(\d+)(?:\s|$)/;
/** The new-comment box and its preview are not comments. */
export const NOT_INSIDE = '#IDCommentsNewThreadCover, .idc-form, form';

export const INTENSEDEBATE: PlatformSignature = {
  name: 'intensedebate',
  replySource: 'depth',
  seenOn: [
    'https://intensedebate.com (the hosted widget writes its idc-* markup into the page)',
    'IntenseDebate comment widget markup (idc-c, idc-c-t-inner, idc-c-h, idc-v-total, IDCommentTime), as public scrapers of IntenseDebate sites read it',
  ],
  items: COMMENT_SELECTOR,
  notInside: NOT_INSIDE,
  id: [{ attr: 'id', pattern: COMMENT_ID, format: 'IDComment-$1' }],
  level: [{ classPattern: DEPTH_CLASS }],
  author: { selectors: ['.idc-c-h .idc-a', '.idc-c-h .idc-i span'] },
  time: { selectors: ['.idc-c-h .idc-time', '.IDCommentTime'] },
  body: ['.idc-c-t-inner', '.idc-c-t'],
  notText: 'button, .idc-c-b',
  needsText: true,
};

export const intensedebate = platformFromSignature(INTENSEDEBATE);
