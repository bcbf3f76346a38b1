/**
 * Dotclear 2 comments, as its default theme's `post.html` prints them (github.com/dotclear/dotclear,
 * inc/public/default-templates/post.html, and the themes derived from it): a `dl` in
 * `div#comments`, one `dt` a comment and the `dd` after it its words.
 *
 *   <dt id="c{{tpl:CommentID}}" class="…"><a href="#c…" class="comment-number">N.</a>
 *     {{tpl:lang On}} {{tpl:CommentDate}}, {{tpl:CommentTime}} {{tpl:lang by}} {{tpl:CommentAuthorLink}}</dt>
 *   <dd class="…">{{tpl:CommentContent}}</dd>
 *
 * Trackbacks and pingbacks are printed the same way with `a.ping-number` (in `#pings`, or in the
 * same list when a theme passes `with_pings`): they are notices from other sites, not comments.
 * The preview of the reader's own unsent comment (`#pr`, a `dl` of one `dd` in the form) has no
 * `dt`. The `dd` holds nothing but the comment's words, so they are read as they are: a comment
 * that is only "+1" or "5" stays, where the generic readers drop such a line as a vote count.
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { inlineText } from '../text';
import { readItemElements } from './nested-items';

/** A comment's `dt`; its numbered anchor tells it from a ping's (`a.ping-number`). */
export const COMMENT_TERM_SELECTOR = '#comments dl > dt';
export const COMMENT_NUMBER_SELECTOR = 'a.comment-number';
export const COMMENT_ID = /^c\d+$/;

/**
 * The byline after the number: "On <date>, <time> by <name>" in the blog's language ("Le mardi
 * 6 avril 2010, 09:15 par Hortense", "Am 6.4.2010, 09:15 von …"). The last time of day ends the date;
 * one word ("by") stands before the name.
 */
const BYLINE = /^(.*\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)\s+\S+\s+(.+)$/iu;

/** Never the commenter's words, should a theme or plugin put them in the `dd`. */
const NOT_TEXT = 'form, button, script, style, textarea, input, select';

function isCommentTerm(dt: Element): boolean {
  return COMMENT_ID.test(dt.id) && Array.from(dt.children).some((c) => c.matches(COMMENT_NUMBER_SELECTOR));
}

/** The `dd` right after the term (Dotclear prints exactly one). */
function wordsOf(dt: Element): Element | null {
  const next = dt.nextElementSibling;
  return next && next.localName === 'dd' ? next : null;
}

/** Name and time from the term's text; a linked name (`CommentAuthorLink` with a site) is the link's text. */
function bylineOf(dt: Element): { author: string | null; time: string | null } {
  const number = (el: Element): boolean => el.matches(COMMENT_NUMBER_SELECTOR);
  const text = inlineText(dt, number).trim();
  const m = BYLINE.exec(text);
  const links = Array.from(dt.querySelectorAll('a')).filter((a) => !number(a));
  const linked = links.length > 0 ? inlineText(links[links.length - 1]!).trim() : '';
  return { author: linked || m?.[2]?.trim() || null, time: m?.[1]?.trim() || null };
}

export const dotclear: CommentPlatform = {
  name: 'dotclear',
  replySource: 'none',
  seenOn: ['https://github.com/dotclear/dotclear (inc/public/default-templates/post.html: div#comments > dl > dt#cID with a.comment-number, then dd)'],
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const terms = Array.from(root.querySelectorAll(COMMENT_TERM_SELECTOR)).filter(isCommentTerm);
    if (terms.length === 0) return null;
    return readItemElements(
      terms,
      (dt) => {
        const { author, time } = bylineOf(dt);
        return {
          siteId: dt.id,
          author,
          time,
          body: wordsOf(dt),
          notText: (el) => el.matches(NOT_TEXT),
        };
      },
      ctx,
      { needsText: true },
    );
  },
};
