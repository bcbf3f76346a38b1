/**
 * Tumblr post notes, as a theme's `{PostNotes}` block prints them: `ol.notes` of `li.note`
 * items classed by kind (`like`, `reblog`, `reply`, `answer`, `posted`) and by
 * `with_commentary` / `without_commentary`. Only what a reader wrote is a comment: a reply
 * ("name said: …", words in `.answer_content`) and a reblog with commentary (the added words
 * in a `blockquote`). Likes and bare reblogs are not comments. Seen on dragnet T16 (a Tumblr
 * blog with a custom theme); the classes are Tumblr's own markup, the same on every theme.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

/** A note a reader wrote words in. */
export const NOTE_SELECTOR = 'ol.notes > li.note.reply, ol.notes > li.note.with_commentary';

/** The note's writer: the blog link in the action line, or the first blog link. */
export const AUTHOR_SELECTORS = ['.action > a', 'a.tumblelog', 'a[href]'];

/** Where the words are: the reply's text, or the reblog's added commentary. */
export const BODY_SELECTOR = '.answer_content, blockquote';

/** A note's id: Tumblr puts none on the item; the blog name (`tumblelog_<name>` class) makes it stable within the page. */
export const BLOG_CLASS = /(?:^|\s)tumblelog_(\S*)/;

export const TUMBLR: PlatformSignature = {
  name: 'tumblr',
  replySource: 'none',
  seenOn: ['https://www.tumblr.com/docs/en/custom_themes ({PostNotes})', 'dragnet T16'],
  items: NOTE_SELECTOR,
  id: [{ attr: 'class', pattern: BLOG_CLASS, format: 'note-$1' }],
  author: { selectors: AUTHOR_SELECTORS },
  body: [BODY_SELECTOR],
};

export const tumblr = platformFromSignature(TUMBLR);
