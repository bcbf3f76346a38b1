/**
 * Where a comment's label goes: on the comment's own byline, right after the author's name (or
 * its time when the author is not shown), else at the start of the comment's own body. "Own"
 * means the comment's element minus the other comments nested inside it: a label must never
 * land in a reply's byline, nor above the comment where it reads as the previous comment's.
 *
 * No site's markup is named here. The byline is found from what the detector read (the
 * author's name and the time as the page shows them) and from HTML's own time markup
 * (`<time>`, `datetime`), so it works on every platform module and on the structural detector's
 * unknown markup alike. Reads only; the caller inserts.
 */

export interface CommentByline {
  author: string | null;
  time: string | null;
}

export interface LabelPlace {
  /** Insert into this node… */
  parent: Node;
  /** …before this child (null: at the end). */
  before: Node | null;
  /** `byline`: inline beside the author or time; `body`: a line of its own at the start of the text. */
  place: 'byline' | 'body';
}

/** Never read for a byline: no visible text of the comment lives there. */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/**
 * The label is never put inside these: a click on it would follow the link or press the button
 * (authors' names are usually links to their profile, times to the comment's permalink).
 */
const INTERACTIVE = 'a, button, label, summary, select, textarea, input, [role="button"], [role="link"]';
/** Elements that start a line of text: the label goes first inside the one holding the body's first words. */
const TEXT_BLOCK_TAGS = new Set([
  'p', 'div', 'blockquote', 'section', 'article', 'li', 'dd', 'td', 'pre', 'main', 'aside', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
/** Names and times longer than this are not a byline (a detector that read a whole sentence). */
const MAX_BYLINE_TEXT = 200;

const normalize = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every element that holds a comment inside it (comment elements' ancestors). */
export function commentHolders(comments: Iterable<Element>): Set<Element> {
  const holders = new Set<Element>();
  for (const comment of comments) {
    for (let up = comment.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

/**
 * The comment's own elements in document order: its subtree minus other comments' subtrees
 * (nested replies), minus our own labels and non-text elements. Elements that hold replies
 * (`ol.children`) are passed through, not listed: their text is the replies' text, and reading
 * it for every comment of a deep thread would cost the square of the thread's size.
 */
function ownElements(comment: Element, otherComments: ReadonlySet<Element>, holders: ReadonlySet<Element>, skipTag: string): Element[] {
  const out: Element[] = [];
  const visit = (parent: Element): void => {
    for (const child of parent.children) {
      if (otherComments.has(child) && child !== comment) continue;
      const tag = child.localName;
      if (tag === skipTag || SKIPPED_TAGS.has(tag) || child.hasAttribute('hidden')) continue;
      if (!holders.has(child)) out.push(child);
      visit(child);
    }
  };
  visit(comment);
  return out;
}

/**
 * What a byline element may hold around the name: the name itself, "by NAME" (the text node
 * beside a "by" span), or "NAME (12345)" (Slash prints the user's number inside the name's link).
 */
function bylineMatches(have: string, want: string, isName: boolean): boolean {
  if (have === want) return true;
  if (!isName) return false;
  return have === `by ${want}` || (have.startsWith(`${want} (`) && /^\([^()]{1,20}\)$/.test(have.slice(want.length + 1)));
}

/** The deepest of the first run of nested elements whose whole text is `text` (for a name, see `bylineMatches`). */
function deepestWithText(elements: Element[], text: string, isName = false): Element | null {
  const want = normalize(text);
  if (!want || want.length > MAX_BYLINE_TEXT) return null;
  let found: Element | null = null;
  for (const element of elements) {
    if (!bylineMatches(normalize(element.textContent), want, isName)) continue;
    if (found && !found.contains(element)) break;
    found = element;
  }
  return found;
}

/** The outermost link or button (inside the comment) that holds `element`, or `element` itself. */
function outsideInteractive(element: Element, comment: Element): Element {
  let outer = element;
  for (let up: Element | null = element; up && up !== comment; up = up.parentElement) {
    if (up.matches(INTERACTIVE)) outer = up;
  }
  return outer;
}

/** The first text of the comment's own body, and the block that starts its line. */
function bodyStart(comment: Element, own: Element[]): LabelPlace {
  for (const holder of [comment, ...own]) {
    const text = [...holder.childNodes].find((n) => n.nodeType === 3 && n.textContent?.trim());
    if (!text) continue;
    let block: Element = outsideInteractive(holder, comment);
    while (block !== comment && !TEXT_BLOCK_TAGS.has(block.localName)) block = block.parentElement ?? comment;
    return { parent: block, before: block.firstChild, place: 'body' };
  }
  return { parent: comment, before: comment.firstChild, place: 'body' };
}

/**
 * Where the label of `comment` goes. `otherComments` holds every comment element found on the
 * page (the comment itself may be among them); `labelTag` is skipped so a label already in the
 * comment is not taken for its text. `holders` (from `commentHolders`) can be given when placing
 * many labels at once.
 */
export function findLabelPlace(
  comment: Element,
  byline: CommentByline,
  otherComments: ReadonlySet<Element>,
  labelTag: string,
  holders: ReadonlySet<Element> = commentHolders(otherComments),
): LabelPlace {
  const own = ownElements(comment, otherComments, holders, labelTag);
  const author = byline.author ? deepestWithText(own, byline.author, true) : null;
  const time =
    own.find((e) => e.localName === 'time' || e.hasAttribute('datetime')) ?? (byline.time ? deepestWithText(own, byline.time) : null);
  const anchor = author ?? time;
  if (anchor) {
    const after = outsideInteractive(anchor, comment);
    if (after !== comment && after.parentNode) return { parent: after.parentNode, before: after.nextSibling, place: 'byline' };
  }
  const plain = byline.author ? nameEndingOwnText(comment, byline.author) : null;
  if (plain) return { parent: comment, before: plain.nextSibling, place: 'byline' };
  return bodyStart(comment, own);
}

/**
 * A name printed as plain text at the end of the comment element's own line, in no element of
 * its own ("Le mardi 6 avril 2010, 09:15 par Hortense": a byline element whose name is a link only
 * when the writer gave a site, as Dotclear prints it): the text node it ends, to put the label
 * right after.
 */
function nameEndingOwnText(comment: Element, name: string): Node | null {
  const want = normalize(name);
  if (!want || want.length > MAX_BYLINE_TEXT) return null;
  for (const node of comment.childNodes) {
    if (node.nodeType !== 3) continue;
    const have = normalize(node.textContent);
    if (have === want || have.endsWith(` ${want}`)) return node;
  }
  return null;
}
