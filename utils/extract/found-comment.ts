/**
 * What a platform detector returns for one comment, and the one place that turns raw fields
 * into a schema-shaped `ExtractedComment` (limits applied, id derived when the site gives none).
 */
import { LIMITS, type ExtractedComment, type ExtractedLink, type ReplySource } from '../schema';
import { isControlText, isTimeText } from './chrome';
import { fnv1a } from './text';
import { locatorFor } from './locator';

/** An extracted comment plus its element, which the content script keeps to scroll to or label it. */
export type FoundComment = ExtractedComment & { element: Element };

/** Passed to detectors so a slow page can stop early; the detector sets `partial` when it does. */
export interface DetectContext {
  now: () => number;
  /** Time (on the `now` clock) after which a detector should stop and set `partial`. */
  deadline: number;
  partial: boolean;
}

/**
 * How many items a detector reads before its deadline may stop it. On a very slow machine (a
 * 50,000-comment page while other programs share two cores) the time could run out before a
 * detector's loop even starts, and every budget would then end with nothing read: the first
 * items are read whatever the clock says, so a large page always shows its first comments.
 * Bounded: each of the few detectors that run reads at most this many items past its deadline.
 */
export const MIN_ITEMS_BEFORE_DEADLINE = 200;

/** True, and the reading marked partial, once the detector's deadline has passed. */
export function pastDeadline(ctx: DetectContext | undefined): boolean {
  if (!ctx || ctx.now() <= ctx.deadline) return false;
  ctx.partial = true;
  return true;
}

/** `pastDeadline`, but only once `itemsRead` items are read (see MIN_ITEMS_BEFORE_DEADLINE). */
export function outOfTime(ctx: DetectContext | undefined, itemsRead: number): boolean {
  return itemsRead >= MIN_ITEMS_BEFORE_DEADLINE && pastDeadline(ctx);
}

export interface CommentPlatform {
  /** Short id reported as `Extraction.platform`, e.g. "wordpress". */
  name: string;
  /** How this platform's markup says who answers whom. */
  replySource: ReplySource;
  /**
   * Where the platform's markup was seen: at least three sites, or its documentation (a URL).
   * Every platform in `PLATFORMS` states it; the generic detectors do not need to.
   */
  seenOn?: readonly string[];
  /** The comments under `root`, in page order, or null when the platform is not on the page. */
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null;
}

export interface RawComment {
  element: Element;
  /** The site's own id (e.g. "comment-123"), when it has one. */
  siteId: string | null;
  parentId: string | null;
  level: number | null;
  author: string | null;
  time: string | null;
  text: string;
  links: ExtractedLink[];
}

const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);
const clipOrNull = (s: string | null, max: number): string | null => (s ? clip(s, max) : null);

/** Id from content when the site gives none: stable as long as author, text and position are. */
export function contentId(author: string | null, text: string, position: number): string {
  const key = `${author ?? ''}\n${text}\n${position}`;
  return `h-${fnv1a(key)}${fnv1a(key, 0x9747b28c)}`;
}

export function toFoundComment(raw: RawComment, position: number): FoundComment {
  return {
    id: clip(raw.siteId || contentId(raw.author, raw.text, position), LIMITS.idLength),
    parentId: clipOrNull(raw.parentId, LIMITS.idLength),
    level: raw.level,
    // A "Profile" or "Reply to this" link taken for the name names no one.
    author: clipOrNull(raw.author && isControlText(raw.author) ? null : raw.author, LIMITS.fieldLength),
    // A "Reply" button, a name or the comment's first words taken for the time say no time.
    time: clipOrNull(raw.time && !isTimeText(raw.time) ? null : raw.time, LIMITS.fieldLength),
    text: clip(raw.text, LIMITS.textLength),
    links: raw.links.slice(0, LIMITS.linksPerComment).map((l) => ({
      href: clip(l.href, LIMITS.urlLength),
      text: clip(l.text, LIMITS.urlLength),
    })),
    locator: clip(locatorFor(raw.element), LIMITS.urlLength),
    element: raw.element,
  };
}

/**
 * Convert raw comments, giving parents the ids their children will see. Parents are given by
 * element (`parentElement` map) because a parent's id may itself be derived from content.
 */
export function toFoundComments(raws: RawComment[], parentOf: Map<RawComment, RawComment | null>): FoundComment[] {
  const ids = new Map<RawComment, string>();
  const seen = new Set<string>();
  const out: FoundComment[] = [];
  raws.forEach((raw, i) => {
    const parent = parentOf.get(raw) ?? null;
    const found = toFoundComment({ ...raw, parentId: parent ? (ids.get(parent) ?? null) : raw.parentId }, i);
    // Ids must be unique in one extraction; a site repeating an id gets a suffix on the repeat.
    let id = found.id;
    for (let n = 2; seen.has(id); n++) id = `${found.id}~${n}`;
    found.id = id;
    seen.add(id);
    ids.set(raw, id);
    out.push(found);
  });
  return out;
}
