/**
 * Forum threads of XenForo 2 and phpBB 3 (prosilver and the styles built on it). A thread is a
 * flat list of posts, each answering the thread as a whole (quotes, not nesting, say who answers
 * whom): a post that quotes an earlier post of the page, by the forum's own link to it, answers
 * that post; the others have no parent and level 0.
 *
 * The thread's first post is its subject, the "article" the others reply to: it is not returned
 * as a comment, so the article reader (which removes only the found comments) reads it. It is
 * the first post on the page only on the thread's first page; later pages hold replies only.
 */
import { inlineText } from '../text';
import { timeText } from './nested-items';
import { platformFromSignature, type PlatformSignature } from './signature';

/** XenForo 2: one post; `data-content="post-<id>"` and `data-author` are XenForo's own. */
export const XF_POST_SELECTOR = 'article.message--post[data-content^="post-"]';
export const XF_POST_ID = /^post-(\d+)$/;
/** The post's words; the signature (`.message-signature`) has its own `.bbWrapper` outside the body. */
export const XF_BODY_SELECTOR = '.message-body .bbWrapper';
/** When it was posted, in the post's header. */
export const XF_TIME_SELECTOR = '.message-attribution time[datetime], .message-attribution-main time, time[datetime]';
export const XF_AUTHOR_SELECTOR = '.message-name .username, .message-name';
/** The post's number ("#1"), in the header's opposite side. */
export const XF_POSITION_SELECTOR = '.message-attribution-opposite a';
/** Pages after the first: `/threads/<slug>.<id>/page-3`. */
const XF_LATER_PAGE = /\/page-(\d+)\/?(?:[?#]|$)/;

/** phpBB: one post, `id="p<id>"`; `div.post` alone is also WordPress's post class (`id="post-N"`). */
export const PHPBB_POST_SELECTOR = 'div.post[id^="p"]';
export const PHPBB_POST_ID = /^p(\d+)$/;
export const PHPBB_BODY_SELECTOR = '.postbody .content';
/** The post's byline ("by <strong>name</strong> » date"); the name is also in the profile column. */
export const PHPBB_BYLINE_SELECTOR = '.postbody .author, .author';
export const PHPBB_AUTHOR_SELECTOR =
  '.author .username, .author .username-coloured, .author strong, .postprofile .username, .postprofile .username-coloured';
/** The current page in phpBB's pagination; `start=<n>` in the URL is the offset of the page. */
const PHPBB_ACTIVE_PAGE_SELECTOR = '.pagination li.active';
const PHPBB_LATER_PAGE = /[?&]start=([1-9]\d*)\b/;

/**
 * Never the poster's words: XenForo's "Click to expand..." / "Click to shrink..." toggles on
 * long quotes, edit notes and reactions that themes move into the body; phpBB's signature,
 * notices, and the "↑" jump link and date in a quote's `<cite>`. Quoted text itself is kept, with
 * its "X said:" / "X wrote:" line: it is part of what the poster posted, and says whom they answer.
 */
export const NOT_TEXT_SELECTOR = [
  '.bbCodeBlock-expandLink', '.bbCodeBlock-shrinkLink', '.message-signature', '.message-lastEdit', '.reactionsBar',
  '.js-selectToQuoteEnd', '.signature', '.notice', 'cite a[data-post-id]', 'cite .responsive-hide', 'button',
].join(', ');

/**
 * The post a quote comes from, as the forum links it: XenForo 2 writes `data-source="post: N"` on
 * the quote and a "X said:" jump link to `/goto/post?id=N`; phpBB 3.1+ a "X wrote: ↑" link with
 * `data-post-id="N"` in the quote's `<cite>`. Its site id ("post-N", "pN"), or null.
 */
function xfQuoted(body: Element): string | null {
  const quote = body.querySelector('blockquote[data-source], .bbCodeBlock--quote');
  if (!quote) return null;
  const source = /^post:\s*(\d+)$/.exec(quote.getAttribute('data-source')?.trim() ?? '');
  if (source) return `post-${source[1]}`;
  const jump = quote.querySelector('a.bbCodeBlock-sourceJump[href]');
  const id = /[?&]id=(\d+)/.exec(jump?.getAttribute('href') ?? '');
  return id ? `post-${id[1]}` : null;
}

function phpbbQuoted(body: Element): string | null {
  const id = body.querySelector('blockquote cite a[data-post-id]')?.getAttribute('data-post-id')?.trim();
  return id && /^\d+$/.test(id) ? `p${id}` : null;
}

function pageUrl(root: ParentNode): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  try {
    return doc.URL ?? '';
  } catch {
    return '';
  }
}

/** The date after "»" in a byline without a `<time>` (phpBB 3.0 to 3.2). */
function phpbbTime(byline: Element | null): string | null {
  if (!byline) return null;
  const time = byline.querySelector('time');
  if (time) return timeText(time);
  const text = inlineText(byline);
  const at = text.lastIndexOf('»');
  return at >= 0 ? text.slice(at + 1).trim() || null : null;
}

/** True when the first post on the page opens the thread (the page is the thread's first). */
function xfFirstIsOpener(root: ParentNode, first: Element): boolean {
  for (const a of Array.from(first.querySelectorAll(XF_POSITION_SELECTOR))) {
    const n = /^#\s*(\d+)$/.exec(inlineText(a));
    if (n) return n[1] === '1';
  }
  const page = XF_LATER_PAGE.exec(pageUrl(root));
  return !page || page[1] === '1';
}

function phpbbFirstIsOpener(root: ParentNode): boolean {
  if (PHPBB_LATER_PAGE.test(pageUrl(root))) return false;
  const active = root.querySelector(PHPBB_ACTIVE_PAGE_SELECTOR);
  return !active || inlineText(active) === '1';
}

/** What XenForo and phpBB share: posts answer the thread, or the earlier post of the page they quote. */
const POSTS = {
  name: 'forum',
  // Only when a post quotes another post of the page (see xfQuoted, phpbbQuoted); else 'none'.
  replySource: 'parent-attribute',
  notText: NOT_TEXT_SELECTOR,
  // Deleted or hidden posts (shown to moderators as a notice) have no words.
  needsText: true,
  // Quoting the opening post (the article) or a post on another page answers the thread.
  parentsOnPage: true,
} as const satisfies Partial<PlatformSignature>;

export const XENFORO: PlatformSignature = {
  ...POSTS,
  seenOn: ['https://xenforo.com (XenForo 2 post_macros template)', 'corpus de-community-mtbnews-tubeless', 'corpus en-news-tomshardware-rtx'],
  items: XF_POST_SELECTOR,
  // Posts are never nested, but a quick-reply preview may hold a post-like article: keep outermost.
  outermost: true,
  id: [{ attr: 'data-content', pattern: XF_POST_ID }],
  author: { itemAttrs: ['data-author'], selectors: [XF_AUTHOR_SELECTOR] },
  time: { selectors: [XF_TIME_SELECTOR] },
  body: [XF_BODY_SELECTOR],
  hooks: {
    // The opening post is the article; posts without XenForo's id are not posts.
    selectItems: (posts, root) =>
      (posts.length > 0 && xfFirstIsOpener(root, posts[0]!) ? posts.slice(1) : posts).filter((p) =>
        XF_POST_ID.test(p.getAttribute('data-content') ?? '')),
    parentId: (_post, own) => {
      const body = own(XF_BODY_SELECTOR);
      return body ? xfQuoted(body) : null;
    },
  },
};

export const PHPBB: PlatformSignature = {
  ...POSTS,
  seenOn: ['https://github.com/phpbb/phpbb (prosilver viewtopic_body.html)'],
  items: PHPBB_POST_SELECTOR,
  only: (p) => PHPBB_POST_ID.test(p.id),
  id: [{ attr: 'id', pattern: PHPBB_POST_ID }],
  author: { selectors: [PHPBB_AUTHOR_SELECTOR] },
  body: [PHPBB_BODY_SELECTOR],
  hooks: {
    selectItems: (posts, root) => (phpbbFirstIsOpener(root) ? posts.slice(1) : posts),
    time: (_post, own) => phpbbTime(own(PHPBB_BYLINE_SELECTOR)),
    parentId: (_post, own) => {
      const body = own(PHPBB_BODY_SELECTOR);
      return body ? phpbbQuoted(body) : null;
    },
  },
};

export const forum = platformFromSignature(XENFORO, PHPBB);
