/**
 * Tumblr post notes, as a theme's `{PostNotes}` block prints them: `ol.notes` of `li.note`
 * items classed by kind (`like`, `reblog`, `reply`, `answer`, `posted`) and by
 * `with_commentary` / `without_commentary`. Only what a reader wrote is a comment: a reply
 * ("name said: …", words in `.answer_content`) and a reblog with commentary (the added words
 * in a `blockquote`). Likes and bare reblogs are not comments. Seen on dragnet T16 (a Tumblr
 * blog with a custom theme); the classes are Tumblr's own markup, the same on every theme.
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { fieldText, readNestedItems } from './nested-items';

/** A note a reader wrote words in. */
export const NOTE_SELECTOR = 'ol.notes > li.note.reply, ol.notes > li.note.with_commentary';

/** The note's writer: the blog link in the action line, or the first blog link. */
export const AUTHOR_SELECTORS = ['.action > a', 'a.tumblelog', 'a[href]'];

/** Where the words are: the reply's text, or the reblog's added commentary. */
export const BODY_SELECTOR = '.answer_content, blockquote';

/** A note's id: Tumblr puts none on the item; the blog name makes it stable within the page. */
function siteIdOf(item: Element): string | null {
  const blog = Array.from(item.classList).find((c) => c.startsWith('tumblelog_'));
  return blog ? `note-${blog.slice('tumblelog_'.length)}` : null;
}

export const tumblr: CommentPlatform = {
  name: 'tumblr',
  replySource: 'none',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    return readNestedItems(root, NOTE_SELECTOR, (item, own) => {
      let author: string | null = null;
      for (const sel of AUTHOR_SELECTORS) {
        author = fieldText(own(sel));
        if (author) break;
      }
      return { siteId: siteIdOf(item), author, time: null, body: own(BODY_SELECTOR) };
    }, ctx);
  },
};
