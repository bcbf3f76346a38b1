/**
 * Field helpers shared by the generic readers: a comment's own id and stated parent from its
 * attributes, and its text without the chrome a byline leaves in it.
 */
import { SAYS_WORDS } from '../chrome';
import { CHROME_LINE } from './structural';

/** Attributes that carry a comment's own id (Disqus, Coral-like widgets, custom React apps, Talk). */
const ID_ATTRS = ['data-comment-id', 'data-commentid', 'data-id'] as const;

/** Attributes that carry the id of the comment answered: a flat list whose tree is only in attributes. */
const PARENT_ATTRS = ['data-parent-id', 'data-parentid', 'data-parent', 'data-reply-to', 'data-in-reply-to'] as const;

/**
 * Ids of comment elements: `comment-123`, `c123` (TypePad, Movable Type), `posted-…`/`post-123`
 * (old forums), `dsq-comment-123` (Disqus fallback), `li-comment-123` (WordPress themes).
 */
const ITEM_ID = /^([a-z]+[-_]?)*\d+$|^c\d+$|^posted/i;

export function commentSiteIdOf(el: Element): string | null {
  for (const attr of ID_ATTRS) {
    const v = el.getAttribute(attr)?.trim();
    if (v) return `comment-${v}`;
  }
  // getElementById is an index lookup; a full-document query per comment would be quadratic.
  if (el.id && ITEM_ID.test(el.id) && el.ownerDocument.getElementById(el.id) === el) return el.id;
  return null;
}

/** The id (as `commentSiteIdOf` gives it) of the comment this one answers, when an attribute states it. */
export function commentParentIdOf(el: Element): string | null {
  for (const attr of PARENT_ATTRS) {
    const v = el.getAttribute(attr)?.trim();
    if (v === undefined || v === null) continue;
    // "0" or empty: the page says it answers nothing.
    if (!v || v === '0' || v === 'null') return null;
    return `comment-${v}`;
  }
  return null;
}

/** A byline's glue words and a comment's number, at the start or end of a line. */
const LINE_CHROME = [
  /^#\d+\s*/,
  /^\d+\.\s+(?=\S)/,
  new RegExp(`^(?:${SAYS_WORDS.join('|')})\\s*:\\s*`, 'iu'),
  // Only the button words that never end a sentence ("like", "share", "edit" do).
  /\s*(reply|antworten|répondre|responder|ответить|permalink|report abuse|link to this comment)\s*$/i,
] as const;

/** Text without chrome lines ("Reply", "says:", "#12"), glue at the edges of lines trimmed. */
export function cleanCommentText(text: string): string {
  const out: string[] = [];
  for (let line of text.split('\n')) {
    for (const re of LINE_CHROME) line = line.replace(re, '');
    line = line.trim();
    if (!line || CHROME_LINE.test(line)) continue;
    out.push(line);
  }
  return out.join('\n');
}
