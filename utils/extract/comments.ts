/**
 * Find the comment section of a page. Every detector (the platform modules, schema.org, the
 * structural detector, the named-section reader) proposes a candidate over the document and
 * every shadow root and same-origin frame in it (`roots.ts`); one scoring function (`score.ts`)
 * weighs each candidate's evidence and the best one wins, so a single stray JSON-LD Comment or
 * a pinned `li.comment` cannot hide the real thread. Returns plain comment data plus each
 * comment's element (kept in memory only), and what the page says of its own comments.
 */
import { isRemovedNote, nameWithoutVerb, withoutChrome } from './chrome';
import type { Coverage, ReplySource } from '../schema';
import { MIN_ITEMS_BEFORE_DEADLINE, type CommentPlatform, type DetectContext, type FoundComment } from './found-comment';
import { locatorFor, withLocatorCache } from './locator';
import { applyIndentLevels } from './indent-levels';
import { applyReplyAnchors } from './reply-anchors';
import { withoutRepeatBoxes } from './repeats';
import { DETECTORS } from './platforms';
import { hasNamedSection, statedCommentCount } from './coverage';
import { isFarFromStated } from '../view/summary';
import { DETECTOR_STRENGTH, MIN_SCORE, SIDEBAR, evidenceFor, scoreOf, type Evidence } from './score';
import { LOCATOR_ROOT_SEPARATOR, collectSearchRoots, type OpenShadowRoot, type SearchRoot } from './roots';

export type { FoundComment } from './found-comment';

export interface FoundComments {
  /** Which detector found them (e.g. "wordpress", "structural"), or null. */
  platform: string | null;
  replySource: ReplySource;
  comments: FoundComment[];
  /** True when a detector stopped at the time budget and more comments may exist. */
  partial: boolean;
  /** What the page says of its comments: a stated count, a named section without items. */
  coverage: Coverage;
  /** Each detector that proposed comments, with its score and evidence (for the dev tools and tests). */
  candidates: { platform: string; count: number; score: number; evidence: Evidence }[];
}

export interface FindCommentsOptions {
  now?: () => number;
  /** Milliseconds the detectors may take; past it they stop and `partial` is set. */
  budgetMs?: number;
  /** Reach closed shadow roots (the content script passes the browser's API); open ones are always searched. */
  openShadowRoot?: OpenShadowRoot;
  /** Also search same-origin iframes (default true). */
  frames?: boolean;
}

/**
 * How many more budgets the detectors left get when one runs out: the reading then takes at most
 * three budgets (6 s by default), which the background waits for once the content script has
 * said it is reading.
 */
const MAX_EXTRA_BUDGETS = 2;

/** The share of the time budget that finding shadow roots and frames may use. */
const ROOT_SEARCH_SHARE = 0.25;
const DEFAULT_BUDGET_MS = 2_000;

/** What the page says about who answers whom, judged from what the detector found. */
function replySourceOf(platform: CommentPlatform, comments: FoundComment[]): ReplySource {
  if (comments.some((c) => c.parentId !== null)) return platform.replySource;
  if (comments.some((c) => (c.level ?? 0) > 0)) return platform.replySource === 'indent' ? 'indent' : 'depth';
  return 'none';
}

/**
 * One platform over every search root. Comments of a frame get the frame's locator in front
 * of theirs; an id a later root repeats gets a suffix there (and its replies follow it).
 */
function detectInRoots(platform: CommentPlatform, roots: SearchRoot[], ctx: DetectContext): FoundComment[] {
  const all: FoundComment[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    let found: FoundComment[] | null = null;
    try {
      found = platform.detect(root.node, ctx);
    } catch {
      found = null; // One broken detector or root must not hide the others.
    }
    if (found && found.length > 0) found = withoutRemovedNotes(found);
    if (found && found.length > 0) {
      const renamed = new Map<string, string>();
      for (const c of found) {
        if (seen.has(c.id)) {
          let id = c.id;
          for (let n = 2; seen.has(id); n++) id = `${c.id}~${n}`;
          renamed.set(c.id, id);
          c.id = id;
        }
        if (c.parentId !== null) c.parentId = renamed.get(c.parentId) ?? c.parentId;
        if (root.framePrefix) c.locator = `${root.framePrefix}${LOCATOR_ROOT_SEPARATOR}${c.locator}`;
        seen.add(c.id);
        all.push(c);
      }
    }
    if (ctx.partial) break;
  }
  return all;
}

/**
 * A removed comment's note is not a comment: it goes, and its replies answer what it answered
 * (a reader sees them under the note's parent).
 */
function withoutRemovedNotes(found: FoundComment[]): FoundComment[] {
  const removed = new Map<string, string | null>();
  for (const c of found) if (isRemovedNote(c.text)) removed.set(c.id, c.parentId);
  if (removed.size === 0) return found;
  const parentOf = (id: string | null): string | null => {
    let cur = id;
    for (let hops = 0; cur !== null && removed.has(cur) && hops < removed.size; hops++) cur = removed.get(cur) ?? null;
    return cur;
  };
  return found.filter((c) => !removed.has(c.id)).map((c) => (c.parentId !== null && removed.has(c.parentId) ? { ...c, parentId: parentOf(c.parentId) } : c));
}

/**
 * A thread read in the main column with items from a sidebar after it ("Vos réactions ailleurs
 * sur le site", "Recent comments": other articles' comments, a trap on the blind pages of every
 * batch): the sidebar's items are another list, not this thread's. A thread that lives in an
 * `aside` as a whole keeps all of it.
 */
function outsideSidebars(comments: FoundComment[]): FoundComment[] {
  if (comments.length < 3) return comments;
  const outside = comments.filter((c) => !c.element.isConnected || !c.element.closest(SIDEBAR));
  return outside.length >= 2 && outside.length < comments.length ? outside : comments;
}

export function findComments(root: ParentNode, opts: FindCommentsOptions = {}): FoundComments {
  // Detectors build a locator per comment; the cache makes a long flat list linear, not quadratic.
  return withLocatorCache(() => findCommentsNow(root, opts));
}

function findCommentsNow(root: ParentNode, opts: FindCommentsOptions): FoundComments {
  const now = opts.now ?? (() => performance.now());
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const start = now();
  const ctx: DetectContext = { now, deadline: start + budget, partial: false };
  // Looking for shadow roots and frames may take a share of the budget, never all of it.
  const roots = collectSearchRoots(
    root,
    { openShadowRoot: opts.openShadowRoot, frames: opts.frames, deadline: start + budget * ROOT_SEARCH_SHARE, now },
    locatorFor,
  );
  const nodes = roots.map((r) => r.node);
  const stated = { statedCount: safely(() => statedCommentCount(nodes), null) };
  const candidates: FoundComments['candidates'] = [];
  type Best = { platform: CommentPlatform; comments: FoundComment[]; score: number };
  // Set inside `consider`; the assertion keeps the compiler from narrowing it to null here.
  let best = null as Best | null;
  /** Runs one detector and keeps its candidate when it beats the best so far; returns how many it read. */
  const consider = (platform: CommentPlatform): number => {
    // A box repeating comments of the thread (editors' picks, "best comments") is not more of them.
    const comments = withoutRepeatBoxes(outsideSidebars(detectInRoots(platform, roots, ctx)));
    if (comments.length > 0) {
      const evidence = evidenceFor(platform.name, comments, stated.statedCount);
      const score = scoreOf(evidence);
      candidates.push({ platform: platform.name, count: comments.length, score, evidence });
      if (score >= MIN_SCORE && (!best || score > best.score)) best = { platform, comments, score };
    }
    return comments.length;
  };
  let extraBudgets = 0;
  const retries: CommentPlatform[] = [];
  for (const platform of DETECTORS) {
    // A confident reading by known markup: weaker or equal detectors later in the order cannot
    // beat it by evidence, and running them all costs time on large pages.
    if (best && isConfident(best, stated.statedCount) && (DETECTOR_STRENGTH[platform.name] ?? 1) <= (DETECTOR_STRENGTH[best.platform.name] ?? 1)) break;
    const read = consider(platform);
    if (ctx.partial) {
      // Out of time: the detectors left get another budget, at most MAX_EXTRA_BUDGETS times, so
      // that a large page (hundreds of comments, slow to lay out; a 50,000-comment page on a busy
      // machine, where several detectors each spent a budget) does not read as "no comments",
      // or as the handful of items an earlier, weaker reader found, only because the machine was
      // busy: what is found must not depend on the machine's load. A reading of at least the
      // items every detector reads whatever the clock says (a huge page) is kept as it is: the
      // tab is not held longer for it. The result stays partial.
      if (extraBudgets >= MAX_EXTRA_BUDGETS || (best && best.comments.length >= MIN_ITEMS_BEFORE_DEADLINE)) break;
      extraBudgets++;
      ctx.partial = false;
      ctx.deadline = now() + budget;
      // A detector that ran out may be the one that reads this page: it starts again after the rest.
      if (read === 0) retries.push(platform);
    }
  }
  for (const platform of retries) {
    if (best || ctx.partial) break;
    consider(platform);
  }
  if (extraBudgets > 0) ctx.partial = true;
  // Only a page where nothing was read needs to know whether it names a comment section.
  const coverage: Coverage = { statedCount: stated.statedCount, emptySection: !best && safely(() => hasNamedSection(nodes), false) };
  if (best) {
    const { platform, comments } = best;
    // Bylines, dates and buttons a generic reader took in with the words go to their fields or away.
    for (const c of comments) {
      Object.assign(c, withoutChrome(c));
      c.author = nameWithoutVerb(c.author);
    }
    // A flat list whose comments link to the one they answer (">>3"): the page states those replies.
    const anchored = applyReplyAnchors(comments) > 0;
    // A flat list whose replies are shown only by an inline indent ("margin-left: 30px").
    const indented = !anchored && applyIndentLevels(comments);
    const replySource = anchored ? 'parent-attribute' : indented ? 'indent' : replySourceOf(platform, comments);
    return { platform: platform.name, replySource, comments, partial: ctx.partial, coverage, candidates };
  }
  return { platform: null, replySource: 'none', comments: [], partial: ctx.partial, coverage, candidates };
}

/** Known platform markup, several items, no stated count far from them: the generic readers cannot do better. */
const CONFIDENT_ITEMS = 3;

function isConfident(best: { platform: CommentPlatform; comments: FoundComment[] }, stated: number | null): boolean {
  const n = best.comments.length;
  return (DETECTOR_STRENGTH[best.platform.name] ?? 1) >= 3 && n >= CONFIDENT_ITEMS && (stated === null || !isFarFromStated(stated, n));
}

/** A reading of what the page says must never break finding its comments. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
