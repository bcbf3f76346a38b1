/**
 * Blogger / Blogspot comments, in both templates Blogger renders:
 * - threaded (every layout template since 2012): `li.comment` items with `id="c<digits>"` in
 *   `.comment-thread` lists; each item's own parts are in its `.comment-block` child, and its
 *   replies in its `.comment-replies` child (an inline `.comment-thread`);
 * - classic (older and "simple" templates): a flat `dl#comments-block` of `dt.comment-author`
 *   (id `c<digits>`, "Name said...") followed by `dd.comment-body` and `dd.comment-footer`.
 *
 * Deleted comments keep their place with a placeholder ("This comment has been removed by the
 * author.", in Blogger's documented `span.deleted-comment`, whatever the blog's language). The
 * placeholder is not a comment: it goes, and its replies answer what it answered (the nearest
 * kept comment above it, or the post), as every other reader treats a removed comment's note
 * (`withoutRemovedNotes` in `comments.ts`).
 */
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { pastDeadline, toFoundComments } from '../found-comment';
import { blockText, collectLinks, inlineText } from '../text';
import { fieldText } from './nested-items';

/**
 * One threaded comment. `#comments` is the id of Blogger's comment section in every template;
 * requiring it and the `c<digits>` id keeps WordPress's `li.comment#comment-N` out. The id is on
 * the item as the server renders it (`li.comment#c123`) and on its `.comment-block` child as
 * Blogger's comments script renders it (`li.comment#bc_0_1B > div.comment-block#c123`, seen on
 * R122 and T135 of the dragnet pages, where the section reader took the "Reply" and "Delete"
 * controls in as text).
 */
export const THREADED_ITEM_SELECTOR = '#comments .comment-thread li.comment';

/** Blogger's comment anchors are `c` and the comment's numeric id. */
export const COMMENT_ID = /^c\d+$/;

/** The item's own parts: everything but its replies is in this direct child of the item. */
export const BLOCK_CLASS = 'comment-block';
export const AUTHOR_SELECTOR = '.comment-header .user';
/** Its link's text is the readable date; its `showComment=<epoch ms>` parameter the exact time. */
export const TIME_SELECTOR = '.comment-header .datetime a, .datetime a, .datetime';
export const BODY_SELECTOR = '.comment-content';

/** Classic template: the comment list, and its three parts per comment. */
export const CLASSIC_AUTHOR_SELECTOR = '#comments-block dt.comment-author';
export const CLASSIC_BODY_CLASS = 'comment-body';
export const CLASSIC_FOOTER_CLASS = 'comment-footer';
export const CLASSIC_TIME_SELECTOR = '.comment-timestamp a, .comment-timestamp';

/**
 * Never the commenter's words: Blogger's own controls ("Reply", "Delete", the "Load more..."
 * and "Add comment" links, the thread toggle) and the deleted-comment placeholder. The comment
 * form is an iframe (`#comment-editor`), which text reading never enters.
 */
export const NOT_TEXT_SELECTOR =
  '.comment-actions, .item-control, .blog-admin, .comment-reply, .loadmore, .continue, .thread-toggle, .deleted-comment, #comment-editor';

/** The deleted-comment placeholder: its class, or Blogger's English wording for themes without it. */
export const DELETED_SELECTOR = '.deleted-comment';
export const DELETED_TEXT = /^this (comment|post) has been removed by (the author|a blog administrator)\.?$/i;

/** Classic "Name said..." (and a few translations of Blogger's `commentPostedByMsg`). */
const SAID_SUFFIX = /\s+(said|says|wrote|dijo|disse|a dit|hat gesagt|schreef|ha detto|napisał)\s*(\.\.\.|…|:)?\s*$/i;

const notText = (el: Element): boolean => el.matches(NOT_TEXT_SELECTOR);

function isDeleted(body: Element | null): boolean {
  if (!body) return false;
  if (body.matches(DELETED_SELECTOR) || body.querySelector(DELETED_SELECTOR)) return true;
  return DELETED_TEXT.test(inlineText(body));
}

/** `…?showComment=1710000000000#c123` → ISO time; else the link's text. */
function timeOf(el: Element | null): string | null {
  if (!el) return null;
  const href = el.getAttribute('href') ?? el.querySelector('a[href]')?.getAttribute('href') ?? '';
  const ms = /[?&]showComment=(\d{10,14})\b/.exec(href)?.[1];
  if (ms) {
    const date = new Date(Number(ms));
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return inlineText(el) || null;
}

/** A profile link's text, else the cell's text without "said...". */
function classicAuthor(dt: Element): string | null {
  const link = dt.querySelector('a[href]');
  const name = link ? inlineText(link) : inlineText(dt).replace(SAID_SUFFIX, '');
  return name.trim() || null;
}

interface Item {
  raw: RawComment;
  parent: Item | null;
  deleted: boolean;
}

function readThreaded(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
  // Each item with its own `.comment-block` (everything but its replies is in it) and its id.
  const found = new Map<Element, { block: Element | null; id: string }>();
  for (const li of Array.from(root.querySelectorAll(THREADED_ITEM_SELECTOR))) {
    let block: Element | null = null;
    for (const child of Array.from(li.children)) if (child.classList.contains(BLOCK_CLASS)) block = block ?? child;
    const id = COMMENT_ID.test(li.id) ? li.id : block && COMMENT_ID.test(block.id) ? block.id : null;
    if (id) found.set(li, { block, id });
  }
  const lis = [...found.keys()];
  if (lis.length === 0) return null;
  const itemOf = new Map<Element, Item>();
  const items: Item[] = [];
  for (const li of lis) {
    if (pastDeadline(ctx)) break;
    // Only the item's direct `.comment-block` is read: its replies are never searched or walked.
    const { block, id } = found.get(li)!;
    const body = block?.querySelector(BODY_SELECTOR) ?? null;
    const deleted = isDeleted(body);
    let parentLi: Element | null = null;
    for (let up = li.parentElement; up; up = up.parentElement) {
      if (found.has(up)) {
        parentLi = up;
        break;
      }
    }
    const parent = parentLi ? (itemOf.get(parentLi) ?? null) : null;
    const raw: RawComment = {
      element: li,
      siteId: id,
      parentId: null,
      level: parent ? (parent.raw.level ?? 0) + 1 : 0,
      author: deleted || !block ? null : fieldText(block.querySelector(AUTHOR_SELECTOR)),
      time: block ? timeOf(block.querySelector(TIME_SELECTOR)) : null,
      text: body && !deleted ? blockText(body, notText) : '',
      links: body && !deleted ? collectLinks(body, notText) : [],
    };
    const item: Item = { raw, parent, deleted };
    itemOf.set(li, item);
    items.push(item);
  }
  return keepAndConvert(items);
}

function readClassic(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
  const dts = Array.from(root.querySelectorAll(CLASSIC_AUTHOR_SELECTOR));
  if (dts.length === 0) return null;
  const items: Item[] = [];
  for (const dt of dts) {
    if (pastDeadline(ctx)) break;
    // The dt's own `dd`s follow it, up to the next comment's dt.
    let body: Element | null = null;
    let footer: Element | null = null;
    for (let sib = dt.nextElementSibling; sib && sib.localName !== 'dt'; sib = sib.nextElementSibling) {
      if (!body && sib.classList.contains(CLASSIC_BODY_CLASS)) body = sib;
      else if (!footer && sib.classList.contains(CLASSIC_FOOTER_CLASS)) footer = sib;
    }
    const deleted = isDeleted(body);
    const siteId = COMMENT_ID.test(dt.id) ? dt.id : (dt.querySelector('a[name^="c"]')?.getAttribute('name') ?? null);
    items.push({
      raw: {
        element: dt,
        siteId: siteId && COMMENT_ID.test(siteId) ? siteId : null,
        parentId: null,
        level: 0,
        author: deleted ? null : classicAuthor(dt),
        time: footer ? timeOf(footer.querySelector(CLASSIC_TIME_SELECTOR)) : null,
        text: body && !deleted ? blockText(body, notText) : '',
        links: body && !deleted ? collectLinks(body, notText) : [],
      },
      parent: null,
      deleted,
    });
  }
  return keepAndConvert(items);
}

/**
 * Drop deleted comments and empty ones; a reply to a dropped comment answers the nearest kept
 * comment above it (or the post), at the level below that one.
 */
function keepAndConvert(items: Item[]): FoundComment[] | null {
  const isKept = (item: Item): boolean => !item.deleted && Boolean(item.raw.text || item.raw.author);
  const keptAbove = (item: Item): Item | null => {
    let up = item.parent;
    while (up && !isKept(up)) up = up.parent;
    return up;
  };
  const raws: RawComment[] = [];
  const parentOf = new Map<RawComment, RawComment | null>();
  for (const item of items) {
    if (!isKept(item)) continue;
    const parent = keptAbove(item);
    // Parents come first, so a kept parent's level is already set.
    if (item.raw.level !== null) item.raw.level = parent ? (parent.raw.level ?? 0) + 1 : 0;
    raws.push(item.raw);
    parentOf.set(item.raw, parent ? parent.raw : null);
  }
  return raws.length > 0 ? toFoundComments(raws, parentOf) : null;
}

export const blogger: CommentPlatform = {
  name: 'blogger',
  replySource: 'nesting',
  seenOn: ['corpus en-blogger-luxuryhaven-hyatt', 'dragnet R122', 'dragnet R161', 'dragnet R182', 'dragnet R656', 'dragnet T135'],
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    return readThreaded(root, ctx) ?? readClassic(root, ctx);
  },
};
