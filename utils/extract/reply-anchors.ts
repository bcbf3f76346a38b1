/**
 * Replies a flat comment list states with a link: ">>3" anchors. On 2channel-style boards
 * (read.cgi, and the Japanese summary blogs that copy their comment markup) a post answers
 * another by starting with ">>N", a link to that post's anchor (安価, "anchor"); 4chan's
 * documented `a.quotelink` (">>123456", href "#p123456") is the same. When a generic reader finds
 * a flat list, a comment whose first ">>N" link leads to an earlier comment of the list answers
 * that comment. Reads the DOM only; the page is not changed.
 */
import type { FoundComment } from './found-comment';
import { partnersOf } from './platforms/sections';

/** A reply anchor's text: ">>3", "＞＞3", ">>123456". */
const ANCHOR_TEXT = /^\s*(?:>>|＞＞|≫)\s*\d{1,9}\s*$/u;
/** Links read per comment before giving up (a comment is a few lines; a hostile one may hold thousands). */
const MAX_LINKS = 20;

/** The element a same-page link leads to, found from the comment's element. */
function targetOf(href: string, from: Element): Element | null {
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return null;
  const root = from.getRootNode() as Document | ShadowRoot;
  try {
    return root.getElementById?.(decodeURIComponent(href.slice(hash + 1))) ?? null;
  } catch {
    return null; // a malformed escape in the fragment
  }
}

/** The first ">>N" link of a comment that leads to an element of the page. */
function anchorTarget(el: Element): Element | null {
  let read = 0;
  // A `dt` record is read with its `dd`s: its words, and so its links, are in them.
  for (const block of [el, ...partnersOf(el)]) {
    for (const link of block.querySelectorAll('a[href*="#"]')) {
      if (++read > MAX_LINKS) return null;
      if (ANCHOR_TEXT.test(link.textContent ?? '')) return targetOf(link.getAttribute('href') ?? '', el);
    }
  }
  return null;
}

/**
 * Sets `parentId` on the comments of a flat list that open a ">>N" link to an earlier comment.
 * Returns how many got a parent.
 */
export function applyReplyAnchors(comments: FoundComment[]): number {
  if (comments.length < 2 || comments.some((c) => c.parentId !== null || (c.level ?? 0) > 0)) return 0;
  let linked = 0;
  comments.forEach((c, i) => {
    if (i === 0) return;
    const target = anchorTarget(c.element);
    if (!target) return;
    // The latest earlier comment that is the anchor's target, holds it, or sits inside it.
    for (let j = i - 1; j >= 0; j--) {
      const el = comments[j]!.element;
      if (el === target || el.contains(target) || target.contains(el)) {
        c.parentId = comments[j]!.id;
        linked++;
        return;
      }
    }
  });
  return linked;
}
