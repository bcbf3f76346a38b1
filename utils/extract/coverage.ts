/**
 * What a page says about its own comments, to judge how complete a reading is: the count it
 * states ("38 Comments", "Kommentare (12)", JSON-LD or microdata `commentCount`) and whether it
 * has a section named as comments with something in it.
 */
import { namedSections } from './platforms/sections';
import { foldSpace } from './text';

/** Comment words after or before a number in a heading, in the languages we analyse. */
const COUNT_WORDS = String.raw`(comments?|responses?|replies|reactions?|thoughts|kommentare?|leserbriefe?|commentaires?|réactions?|comentarios?|respuestas|комментари\p{L}*|отзыв\p{L}*)`;

/** "38 Comments", "38 thoughts on …", "One Response to …". */
const COUNT_FIRST = new RegExp(String.raw`^\s*(\d{1,6}|one|a single)\s+${COUNT_WORDS}\b`, 'iu');

/** "Comments (38)", "Kommentare: 12", "Comments [3]". */
const WORD_FIRST = new RegExp(String.raw`^\s*${COUNT_WORDS}\s*[(:[]\s*(\d{1,6})\s*[)\]]?\s*$`, 'iu');

/** A heading says no more than a count and a few words. */
const MAX_HEADING_CHARS = 120;

/** A named section holds more than its form and heading: this much text outside forms. */
const MIN_SECTION_TEXT = 80;

function countFromText(text: string): number | null {
  const t = foldSpace(text);
  if (!t || t.length > MAX_HEADING_CHARS) return null;
  const first = COUNT_FIRST.exec(t);
  if (first) return /^\d/.test(first[1]!) ? Number(first[1]) : 1;
  const second = WORD_FIRST.exec(t);
  return second ? Number(second[2]) : null;
}

/** Where a page states its comment count: JSON-LD, microdata `commentCount`, headings and count labels. */
const COUNT_SOURCES = 'script[type="application/ld+json"], [itemprop~="commentCount"], h1, h2, h3, h4, h5, h6, .comment-count, .comments-count, .comments-title';

/** One query over the page (a query per source costs more on large pages); declared counts beat headings. */
function countIn(node: ParentNode): number | null {
  let fromHeading: number | null = null;
  for (const el of Array.from(node.querySelectorAll(COUNT_SOURCES))) {
    if (el.localName === 'script') {
      const m = /"commentCount"\s*:\s*"?(\d{1,6})/.exec(el.textContent ?? '');
      if (m) return Number(m[1]);
    } else if (el.hasAttribute('itemprop')) {
      const m = /\d{1,6}/.exec((el.getAttribute('content') ?? el.textContent ?? '').trim());
      if (m) return Number(m[0]);
    } else {
      fromHeading ??= countFromText(el.textContent ?? '');
    }
  }
  return fromHeading;
}

function textOutsideForms(el: Element): number {
  let n = 0;
  const walk = (node: Element): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) n += foldSpace(child.textContent ?? '').length;
      else if (child.nodeType === 1 && !(child as Element).matches('form, script, style, noscript, textarea, h1, h2, h3, h4, h5, h6')) walk(child as Element);
    }
  };
  walk(el);
  return n;
}

/** The count of comments the page states (JSON-LD, microdata, a heading), or null. */
export function statedCommentCount(nodes: ParentNode[]): number | null {
  let statedCount: number | null = null;
  for (const node of nodes) statedCount ??= countIn(node);
  return statedCount;
}

/** True when the page has a section named as comments with more in it than a form and a heading. */
export function hasNamedSection(nodes: ParentNode[]): boolean {
  return nodes.some((node) => namedSections(node).some((s) => textOutsideForms(s) >= MIN_SECTION_TEXT));
}
