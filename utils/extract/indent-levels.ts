/**
 * Replies shown only by indentation: a flat run of comments whose own element (or the wrapper
 * around it) is pushed right by an inline `margin-left` / `padding-left` that grows with the reply
 * depth. LiveJournal and its forks print each comment as `<div id="tNNN" style="margin-left:
 * 25px">` this way; server templates of many small sites do the same (`style="margin-left:
 * {{ level }}em"`, `marginLeft: depth * 24`), and so do old table layouts (`<td
 * style="padding-left:30px">`). Seen on two blind tune pages of different writers (bp8-b3, a
 * LiveJournal-like widget; bp10-a4, a 2016 table layout) and in the comment templates of three
 * public code bases found by the library search (a Jinja, a Mako and a React comment tree).
 *
 * The levels are the ranks of the distinct indents, smallest first: the tree built from them
 * (each comment answers the nearest comment above it with a smaller level) does not depend on the
 * step a site chose. The first comment must be at the top level, at least two comments pushed in,
 * and every indent a whole number of steps: a list that highlights one item, or lays out its
 * items with varying margins, stays flat.
 */
import type { FoundComment } from './found-comment';

/** How far up from a comment's element an indent is looked for: the element and two wrappers. */
const INDENT_CLIMB = 2;
/** Pixels per `em` / `rem`: only the order of the indents matters, so any fixed factor does. */
const EM_PX = 16;
/** Comments indented (by more than the top level) at least this many: one pushed-in item is a highlight. */
const MIN_INDENTED = 2;
/** Each indent is a whole number of the smallest one, within this share of it. */
const STEP_TOLERANCE = 0.1;

const INDENT = /(?:^|;)\s*(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem)?\s*(?:;|$)/i;

/** The inline left indent of `el` in pixels, or null when it states none. */
function inlineIndent(el: Element): number | null {
  const m = INDENT.exec(el.getAttribute('style') ?? '');
  if (!m) return null;
  const value = Number(m[1]);
  return m[2] && m[2].toLowerCase() !== 'px' ? value * EM_PX : value;
}

/**
 * A spacer image opening `el` (`<img src="0.gif" width="30" height="1">`): how table layouts
 * indent, Hacker News's older markup among them (its `s.gif` 40 px per level).
 */
function spacerIndent(el: Element): number | null {
  const img = el.firstElementChild;
  if (!img || img.localName !== 'img') return null;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height') ?? NaN);
  return Number.isFinite(width) && width > 0 && height <= 2 ? width : null;
}

/**
 * The indent of one comment: on its element, else on one of its first cells (a table row's
 * author cell: an inline indent or a spacer image), else on a wrapper that holds this comment alone.
 */
function indentOf(el: Element): number | null {
  const own = inlineIndent(el);
  if (own !== null) return own;
  if (el.localName === 'tr') {
    for (const cell of Array.from(el.children).slice(0, 2)) {
      const v = inlineIndent(cell) ?? spacerIndent(cell);
      if (v !== null) return v;
    }
  }
  let cur: Element | null = el;
  for (let k = 0; k < INDENT_CLIMB && cur?.parentElement; k++) {
    const up: Element = cur.parentElement;
    if (up.children.length !== 1) break;
    const v = inlineIndent(up);
    if (v !== null) return v;
    cur = up;
  }
  return null;
}

/**
 * Levels from the comments' indents, in place, when the page states no parents or levels and the
 * indents say who answers whom; returns whether it set any level above 0.
 */
export function applyIndentLevels(comments: FoundComment[]): boolean {
  if (comments.length < 2 || comments.some((c) => c.parentId !== null || (c.level ?? 0) > 0)) return false;
  // A comment that states no indent sits at the top level.
  const indents = comments.map((c) => indentOf(c.element) ?? 0);
  // Loops, not `Math.min(...indents)`: a spread of a 100,000-comment page overflows the stack.
  let base = Infinity;
  for (const v of indents) if (v < base) base = v;
  const pushed = indents.filter((v) => v > base);
  if (pushed.length < MIN_INDENTED || indents[0] !== base) return false;
  let step = Infinity;
  for (const v of pushed) if (v - base < step) step = v - base;
  // Indents in whole steps ("30px", "60px"): a layout that varies its margins otherwise is not a thread.
  for (const v of pushed) {
    const steps = (v - base) / step;
    if (Math.abs(steps - Math.round(steps)) > STEP_TOLERANCE) return false;
  }
  const distinct = [...new Set(indents)].sort((a, b) => a - b);
  const rank = new Map(distinct.map((v, i) => [v, i]));
  comments.forEach((c, i) => {
    c.level = rank.get(indents[i] ?? base) ?? 0;
  });
  return true;
}
