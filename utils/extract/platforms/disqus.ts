/**
 * Disqus. On a news page Disqus is a cross-origin iframe (`#disqus_thread > iframe` from
 * disqus.com), which a reader in the top document cannot enter: there this module finds
 * nothing, and the content script running inside the iframe reads it. Inside the embed
 * (disqus.com/embed/comments/) the stream is `#posts` holding `ul.post-list` of `li.post`
 * items with `id="post-<n>"`, replies nested in `ul.children`. Some sites also print the same
 * markup server-side inside `#disqus_thread`, which this module reads the same way.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

/** One comment; `.post` alone is too common a class, so it must sit in the Disqus stream. */
export const POST_SELECTOR = '#posts li.post, .post-list li.post, #disqus_thread li.post';

/**
 * Disqus's server-rendered fallback (the Disqus Comment System plugin for WordPress prints the
 * thread for readers and crawlers without JavaScript): `#dsq-comments` holding
 * `li#dsq-comment-<n>`, the name in `#dsq-author-user-<n>`, the words in `.dsq-comment-message`,
 * replies in a nested list. Seen on dragnet R21 (a personal blog), R371 (a social-media blog),
 * R584 and R588 (poynter.org), R872 (redstate.com).
 */
export const FALLBACK_POST_SELECTOR = '#dsq-comments li[id^="dsq-comment-"]';
export const FALLBACK_POST_ID = /^dsq-comment-(\d+)$/;

/** The site's own id of a post: `post-<digits>` (the number is the Disqus post id). */
export const POST_ID = /^post-(\d+)$/;

/** The commenter's name: the byline link (`data-username`), or the byline text for guests. */
export const AUTHOR_SELECTORS = ['.post-byline .author a', '.post-byline .author', '.author a', '.author', '[id^="dsq-author-user-"]'];

/** The time link; its `title` holds the full date, its text a relative one ("2 hours ago"). */
export const TIME_SELECTOR = '.post-meta .time-ago, a.time-ago, time';

/** The message itself; `.post-message` is inside `.post-body` with the byline and buttons. */
export const BODY_SELECTOR = '.post-message, [data-role="message"], .dsq-comment-message';

/** Inside a message: the "see more" toggle and media placeholders are not words of the post. */
export const NOT_TEXT_SELECTOR = '.post-media, .media-container, [data-action="see-more"], .see-more';

/** The embed's own document: on disqus.com under /embed/. It holds comments and no article. */
export const EMBED_URL = /^https?:\/\/([a-z0-9-]+\.)*disqus\.com\/embed\//i;

export function isDisqusEmbed(doc: Document): boolean {
  try {
    return EMBED_URL.test(doc.URL ?? '');
  } catch {
    return false;
  }
}

export const DISQUS: PlatformSignature = {
  name: 'disqus',
  replySource: 'nesting',
  seenOn: ['https://disqus.com/embed/comments/ (the embed page)', 'dragnet R21', 'dragnet R371', 'dragnet R584', 'dragnet R588', 'dragnet R872'],
  items: `${POST_SELECTOR}, ${FALLBACK_POST_SELECTOR}`,
  // The fallback's number is the site's own comment id (WordPress), not a Disqus post id.
  id: [{ attr: 'id', pattern: POST_ID }, { attr: 'id', pattern: FALLBACK_POST_ID }],
  author: { selectors: AUTHOR_SELECTORS },
  time: { selectors: [TIME_SELECTOR] },
  body: [BODY_SELECTOR],
  notText: NOT_TEXT_SELECTOR,
};

export const disqus = platformFromSignature(DISQUS);
