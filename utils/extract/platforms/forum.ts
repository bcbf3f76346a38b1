/**
 * Forum threads of XenForo 2, phpBB 3 (prosilver and the styles built on it) and vBulletin 3 and 4. A thread is a
 * flat list of posts, each answering the thread as a whole (quotes, not nesting, say who answers
 * whom): a post that quotes an earlier post of the page, by the forum's own link to it, answers
 * that post; the others have no parent and level 0.
 *
 * The thread's first post is its subject, the "article" the others reply to: it is not returned
 * as a comment, so the article reader (which removes only the found comments) reads it. It is
 * the first post on the page only on the thread's first page; later pages hold replies only.
 */
import { inlineText } from '../text';
import { timeText, type OwnQuery } from './nested-items';
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
 * vBulletin 3 (`postbit` / `postbit_legacy`: one `<table id="post123">` a post) and 4 (one
 * `<li id="post_123" class="postbit postcontainer">`); in both the words are in
 * `<div id="post_message_123">` (vB4: its `blockquote.postcontent`), the signature and edit note
 * outside it.
 */
export const VB_POST_SELECTOR = 'table[id^="post"], li[id^="post_"]';
export const VB_POST_ID = /^post_?(\d+)$/;
export const VB_BODY_SELECTORS = ['[id^="post_message_"] blockquote.postcontent', '[id^="post_message_"]'] as const;
/** vB3's poster name link, vB4's. */
export const VB_AUTHOR_SELECTOR = 'a.bigusername, .username_container .username, a.username';
/** vB4's date; vB3 writes it as bare text in the post's first header cell. */
const VB4_TIME_SELECTOR = '.postdate .date, .postdate';
const VB3_HEADER_SELECTOR = 'td.thead';
/** The post's number: vB3 `<a id="postcount123" name="2">`, vB4 `<a class="postcounter">#2</a>`. */
const VB_POSITION_SELECTOR = 'a[id^="postcount"], .postcounter';
/** Pages after the first: `showthread.php?t=5&page=3`, `/threads/5-title/page3`. */
const VB_LATER_PAGE = /(?:[?&]page=|\/page)([2-9]|\d{2,})\b/;
/** The "View Post" link of a quote ("Originally Posted by X"), to `showthread.php?p=123#post123`. */
const VB_QUOTE_LINK_SELECTOR = '.bbcode_postedby a[href*="#post"], td.alt2 a[href*="#post"], .quote_container a[href*="#post"]';

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

/** The post a vBulletin quote comes from, by its "View Post" link ("post123"), or null. */
function vbQuoted(body: Element): string | null {
  const href = body.querySelector(VB_QUOTE_LINK_SELECTOR)?.getAttribute('href') ?? '';
  const id = /#post(\d+)$/.exec(href);
  return id ? `post${id[1]}` : null;
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

/** True when the first post on the page is the thread's first (its number is 1, or no later page). */
function vbFirstIsOpener(root: ParentNode, first: Element): boolean {
  const position = first.querySelector(VB_POSITION_SELECTOR);
  if (position) {
    const n = position.getAttribute('name') ?? /\d+/.exec(inlineText(position))?.[0];
    if (n && /^\d+$/.test(n)) return n === '1';
  }
  return !VB_LATER_PAGE.test(pageUrl(root));
}

/** vB3 writes the date as the header cell's own text, beside the status icon and the post number. */
function vbTime(own: OwnQuery): string | null {
  const vb4 = own(VB4_TIME_SELECTOR);
  if (vb4) return timeText(vb4);
  const header = own(VB3_HEADER_SELECTOR);
  if (!header) return null;
  const text = Array.from(header.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

/** What XenForo, phpBB and vBulletin share: posts answer the thread, or the earlier post of the page they quote. */
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

export const VBULLETIN: PlatformSignature = {
  ...POSTS,
  seenOn: [
    'https://www.vbulletin.com (vBulletin 3 and 4 showthread templates)',
    'vBulletin 3.x postbit_legacy and 4.x postbit templates (post_message_N, postcount, bigusername, postcontent), as scrapers of vBulletin boards read them',
  ],
  items: VB_POST_SELECTOR,
  // A post has its words container; other tables with a "post…" id (a sponsored row) have none.
  only: (p) => VB_POST_ID.test(p.id) && p.querySelector('[id^="post_message_"]') !== null,
  outermost: true,
  id: [{ attr: 'id', pattern: VB_POST_ID, format: 'post$1' }],
  author: { selectors: [VB_AUTHOR_SELECTOR] },
  body: VB_BODY_SELECTORS,
  notText: NOT_TEXT_SELECTOR,
  hooks: {
    selectItems: (posts, root) => (posts.length > 0 && vbFirstIsOpener(root, posts[0]!) ? posts.slice(1) : posts),
    time: (_post, own) => vbTime(own),
    parentId: (_post, own) => {
      const body = own(VB_BODY_SELECTORS[0]) ?? own(VB_BODY_SELECTORS[1]);
      return body ? vbQuoted(body) : null;
    },
  },
};

export const forum = platformFromSignature(XENFORO, PHPBB, VBULLETIN);
