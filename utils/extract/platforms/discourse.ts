/**
 * Discourse forums (also used as the comment section of some publications). Each post is
 * `article[data-post-id]` with `id="post_<number>"` inside a `.topic-post`; post 1 is the topic
 * itself (the "article"), every later post a comment. The body is `.cooked`. Discourse lists
 * posts flat in time order; a reply names its parent in a "reply to" tab that shows the parent's
 * author (`.reply-to-tab`), and some themes and the embed also state the parent's post number
 * (`data-reply-to-post-number`).
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { fieldText, readNestedItems } from './nested-items';

/** One post. */
export const POST_SELECTOR = '.topic-post article[data-post-id], article[id^="post_"][data-post-id]';

/** `id="post_<number>"`: the post's number in the topic, also its anchor in links. */
export const POST_NUMBER_ID = /^post_(\d+)$/;

/** The parent's post number, where the markup states it. */
export const REPLY_TO_ATTRIBUTES = ['data-reply-to-post-number', 'data-reply-to'];

/** The "in reply to" tab; its text (or `data-user-card` of its link) is the parent's author. */
export const REPLY_TO_TAB_SELECTOR = '.reply-to-tab';

export const AUTHOR_SELECTOR = '.topic-meta-data .names .first a, .topic-meta-data .username a, .names .username, [itemprop="author"] [itemprop="name"]';

/** The author link's username (the reply tab names the parent by username, not full name). */
export const USER_CARD_SELECTOR = '.topic-meta-data [data-user-card]';

/** `.relative-date` carries `data-time` (ms since epoch) and a full date in `title`. */
export const TIME_SELECTOR = '.post-info .relative-date, .post-date .relative-date, time[datetime], .relative-date';

export const BODY_SELECTOR = '.cooked, [itemprop="text"]';

/** Inside `.cooked`: quoted posts (`aside.quote`) are the other post's words; onebox previews are a link's page. */
export const NOT_TEXT_SELECTOR = 'aside.quote, aside.onebox, .cooked-selection-barrier, .post-menu-area, button';

function postNumberOf(article: Element): number | null {
  const m = POST_NUMBER_ID.exec(article.id);
  if (m) return Number(m[1]);
  const attr = article.getAttribute('data-post-number') ?? article.closest('[data-post-number]')?.getAttribute('data-post-number');
  return attr && /^\d+$/.test(attr) ? Number(attr) : null;
}

function statedParentNumber(article: Element): number | null {
  for (const el of [article, article.closest('.topic-post')]) {
    for (const name of REPLY_TO_ATTRIBUTES) {
      const v = el?.getAttribute(name)?.trim();
      if (v && /^\d+$/.test(v)) return Number(v);
    }
  }
  return null;
}

/** The tab's "in reply to post #3" label, or its link to `/t/<slug>/<topic>/<number>`. */
export const TAB_POST_NUMBER = /post\s*#(\d+)/i;
export const TAB_POST_HREF = /\/t\/[^/]+\/\d+\/(\d+)\/?$/;

function tabPostNumber(tab: Element): number | null {
  for (const v of [tab.getAttribute('aria-label'), tab.getAttribute('title')]) {
    const m = v ? TAB_POST_NUMBER.exec(v) : null;
    if (m) return Number(m[1]);
  }
  const m = TAB_POST_HREF.exec(tab.getAttribute('href') ?? '');
  return m ? Number(m[1]) : null;
}

function timeOf(el: Element | null): string | null {
  const ms = el?.getAttribute('data-time');
  if (ms && /^\d{10,}$/.test(ms)) {
    const d = new Date(Number(ms));
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  return fieldText(el, ['datetime', 'title']);
}

export const discourse: CommentPlatform = {
  name: 'discourse',
  replySource: 'parent-attribute',
  seenOn: ['https://github.com/discourse/discourse (post templates: article[data-post-id], .cooked, .reply-to-tab)'],
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    // Ids of the posts read so far by post number and by author, for "reply to" lookups.
    const byNumber = new Map<number, string>();
    const lastByAuthor = new Map<string, string>();
    return readNestedItems(root, POST_SELECTOR, (article, own) => {
      const number = postNumberOf(article);
      const postId = article.getAttribute('data-post-id')?.trim();
      const siteId = number !== null ? `post_${number}` : postId ? `post-${postId}` : null;
      const author = fieldText(own(AUTHOR_SELECTOR));
      const card = own(USER_CARD_SELECTOR)?.getAttribute('data-user-card')?.trim() ?? null;
      // Post 1 is the topic: the article, not a comment; replies to it are top level.
      if (number === 1) return null;
      let parentId: string | null = null;
      const parentNumber = statedParentNumber(article);
      if (parentNumber !== null && parentNumber !== 1) {
        parentId = byNumber.get(parentNumber) ?? `post_${parentNumber}`;
      } else if (parentNumber === null) {
        const tab = own(REPLY_TO_TAB_SELECTOR);
        const tabNumber = tab ? tabPostNumber(tab) : null;
        if (tabNumber !== null && tabNumber !== 1) parentId = byNumber.get(tabNumber) ?? `post_${tabNumber}`;
        const parentAuthor = tab
          ? (tab.querySelector('[data-user-card]')?.getAttribute('data-user-card') ?? fieldText(tab))
          : null;
        // Failing a number, the tab names the parent's author: that author's latest post above.
        if (tabNumber === null && parentAuthor) parentId = lastByAuthor.get(parentAuthor.trim().toLowerCase()) ?? null;
      }
      if (siteId) {
        if (number !== null) byNumber.set(number, siteId);
        for (const name of [author, card]) if (name) lastByAuthor.set(name.toLowerCase(), siteId);
      }
      return {
        siteId,
        parentId,
        level: parentId ? null : 0,
        author,
        time: timeOf(own(TIME_SELECTOR)),
        body: own(BODY_SELECTOR),
        notText: (el) => el.matches(NOT_TEXT_SELECTOR),
      };
    }, ctx);
  },
};
