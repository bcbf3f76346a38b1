/**
 * The shared reading loop for comments that are elements matched by one selector, replies nested
 * inside (or listed after) what they answer. Every platform signature is read through it
 * (`signature.ts`), and so are Discourse, schema.org microdata and the named-section reader,
 * which supply a `read` function for one item. The loop keeps each item's fields apart from its
 * nested replies', finds parents and depths, stops at the time budget, and builds FoundComments.
 */
import type { DetectContext, FoundComment, RawComment } from '../found-comment';
import { outOfTime, toFoundComments } from '../found-comment';
import { blockText, collectLinks, inlineText } from '../text';

/** Finds a descendant of one item that belongs to it, not to a reply nested inside it. */
export type OwnQuery = (selector: string) => Element | null;

export interface ItemFields {
  /** The site's own id, when it gives one. */
  siteId: string | null;
  /** The parent's id as the page states it (an attribute); nesting is used when this is undefined. */
  parentId?: string | null;
  /** The level as the page states it (indent class, depth attribute); nesting depth otherwise. */
  level?: number | null;
  author: string | null;
  time: string | null;
  /** Where the comment's own words are; null when the item has none (deleted, tombstone). */
  body: Element | null;
  /** Elements inside `body` that are not the commenter's words (quotes of the parent, "edited"). */
  notText?: (el: Element) => boolean;
  /** Further elements holding the comment's words (the `dd` of a `dt` byline). */
  extraBodies?: Element[];
  /** Removes chrome left in the text ("says:", "#12", "Reply"). */
  cleanText?: (text: string) => string;
}

export interface ReadItemsOptions {
  /** Items inside any of these are not comments (reply forms, previews, "featured" copies). */
  notInside?: string;
  /** Keep only the matches this accepts (for items recognised by what they contain). */
  only?: (el: Element) => boolean;
}

/** The text of a name or date element: its inline text, `datetime`/`title` preferred for dates. */
export function fieldText(el: Element | null, attrs: readonly string[] = []): string | null {
  if (!el) return null;
  for (const attr of attrs) {
    const v = el.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return inlineText(el) || null;
}

/**
 * When a comment was written: a `datetime` (on the element or a `<time>` inside it) or a full
 * date in `title` beats the relative text ("5h") a reader sees.
 */
export function timeText(el: Element | null): string | null {
  if (!el) return null;
  const inner = el.hasAttribute('datetime') ? el : el.querySelector('time[datetime], [datetime]');
  return fieldText(inner ?? el, ['datetime', 'title']);
}

export function readNestedItems(
  root: ParentNode,
  itemSelector: string,
  read: (item: Element, own: OwnQuery) => ItemFields | null,
  ctx?: DetectContext,
  opts: ReadItemsOptions = {},
): FoundComment[] | null {
  let items = Array.from(root.querySelectorAll(itemSelector));
  if (opts.notInside) {
    const notInside = opts.notInside;
    items = items.filter((el) => !el.closest(notInside));
  }
  if (opts.only) items = items.filter(opts.only);
  return readItemElements(items, read, ctx);
}

/** How the shared loop finds an item's parent and which items it keeps, beyond nesting. */
export interface ReadLoopOptions {
  /**
   * The item a reply answers when it is not nested inside it (the reply sits in a list after its
   * parent: WordPress `div` themes, Drupal `.indented`); nesting is tried first.
   */
  parentBeside?: (item: Element, isItem: (el: Element) => boolean) => Element | null;
  /** Drop items without words even when they have an author (forums, Drupal: deleted posts). */
  needsText?: boolean;
  /**
   * A stated parent counts only when it is a comment read before on this page (a forum post
   * quoting an earlier post); otherwise the comment answers the article, at level 0.
   */
  parentsOnPage?: boolean;
}

/**
 * The shared loop over comment elements already found (in page order): each item's fields from
 * `read`, its parent from the page's statement or from nesting, its depth, and its text without
 * the replies nested inside it.
 */
export function readItemElements(
  items: Element[],
  read: (item: Element, own: OwnQuery, isItem: (el: Element) => boolean) => ItemFields | null,
  ctx?: DetectContext,
  loop: ReadLoopOptions = {},
): FoundComment[] | null {
  if (items.length === 0) return null;
  const itemSet = new Set(items);
  const isItem = (el: Element): boolean => itemSet.has(el);

  /** The nearest item above `el` (exclusive), or null. */
  const itemAbove = (el: Element): Element | null => {
    for (let cur = el.parentElement; cur; cur = cur.parentElement) if (itemSet.has(cur)) return cur;
    return null;
  };
  // Elements between an item and the replies nested in it: searching an item's own parts
  // descends through these and skips the replies, so each comment costs its own size only
  // (searching the whole subtree made long threads quadratic).
  const holders = new Set<Element>();
  for (const item of items) {
    for (let up = item.parentElement; up && !itemSet.has(up) && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  const matches = (el: Element, selector: string): boolean => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  };
  /** First match (in document order, the item itself included) that is not part of a nested reply. */
  const ownQuery = (item: Element): OwnQuery => (selector: string): Element | null => {
    if (matches(item, selector)) return item;
    const stack: Element[] = [];
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (itemSet.has(node)) continue;
      if (matches(node, selector)) return node;
      if (holders.has(node)) {
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
        continue;
      }
      let found: Element | null = null;
      try {
        found = node.querySelector(selector);
      } catch {
        return null;
      }
      if (found) return found;
    }
    return null;
  };

  const raws: RawComment[] = [];
  const rawOf = new Map<Element, RawComment>();
  const parentOf = new Map<RawComment, RawComment | null>();
  const depthOf = new Map<Element, number>();
  const rawBySiteId = new Map<string, RawComment>();
  let itemsRead = 0;
  for (const item of items) {
    if (outOfTime(ctx, itemsRead++)) break;
    const fields = read(item, ownQuery(item), isItem);
    const parentItem = itemAbove(item) ?? (loop.parentBeside ? loop.parentBeside(item, isItem) : null);
    // Parents come first in document order, so their depth is already known.
    const depth = parentItem ? (depthOf.get(parentItem) ?? 0) + 1 : 0;
    depthOf.set(item, depth);
    if (!fields) continue;
    const extraNotText = fields.notText;
    const notText = (el: Element): boolean => itemSet.has(el) || (extraNotText ? extraNotText(el) : false);
    const bodies = fields.body ? [fields.body, ...(fields.extraBodies ?? [])] : [];
    let text = bodies.map((b) => blockText(b, notText)).filter(Boolean).join('\n');
    if (fields.cleanText) text = fields.cleanText(text);
    if (!text && (loop.needsText || !fields.author)) continue;
    const raw: RawComment = {
      element: item,
      siteId: fields.siteId,
      parentId: fields.parentId ?? null,
      level: fields.level ?? depth,
      author: fields.author,
      time: fields.time,
      text,
      links: bodies.flatMap((b) => collectLinks(b, notText)),
    };
    raws.push(raw);
    rawOf.set(item, raw);
    if (loop.parentsOnPage && fields.parentId !== undefined) {
      const parent = fields.parentId ? (rawBySiteId.get(fields.parentId) ?? null) : null;
      raw.parentId = null;
      raw.level = parent ? null : 0;
      parentOf.set(raw, parent);
    } else {
      // A parent stated by the page wins; else the item it is nested in (if that was a comment).
      parentOf.set(raw, fields.parentId !== undefined ? null : parentItem ? (rawOf.get(parentItem) ?? null) : null);
    }
    if (raw.siteId) rawBySiteId.set(raw.siteId, raw);
  }
  return raws.length > 0 ? toFoundComments(raws, parentOf) : null;
}
