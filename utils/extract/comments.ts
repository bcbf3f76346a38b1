/**
 * Find the comment section of a page: each known platform in turn, then the structural
 * detector. Returns plain comment data plus each comment's element (kept in memory only).
 */
import type { ReplySource } from '../schema';
import type { CommentPlatform, DetectContext, FoundComment } from './found-comment';
import { FALLBACK, PLATFORMS } from './platforms';

export type { FoundComment } from './found-comment';

export interface FoundComments {
  /** Which detector found them (e.g. "wordpress", "structural"), or null. */
  platform: string | null;
  replySource: ReplySource;
  comments: FoundComment[];
  /** True when a detector stopped at the time budget and more comments may exist. */
  partial: boolean;
}

export interface FindCommentsOptions {
  now?: () => number;
  /** Milliseconds the detectors may take; past it they stop and `partial` is set. */
  budgetMs?: number;
}

const DEFAULT_BUDGET_MS = 2_000;

/** What the page says about who answers whom, judged from what the detector found. */
function replySourceOf(platform: CommentPlatform, comments: FoundComment[]): ReplySource {
  if (comments.some((c) => c.parentId !== null)) return platform.replySource;
  if (comments.some((c) => (c.level ?? 0) > 0)) return 'depth';
  return 'none';
}

export function findComments(root: ParentNode, opts: FindCommentsOptions = {}): FoundComments {
  const now = opts.now ?? (() => performance.now());
  const ctx: DetectContext = { now, deadline: now() + (opts.budgetMs ?? DEFAULT_BUDGET_MS), partial: false };
  for (const platform of [...PLATFORMS, FALLBACK]) {
    const comments = platform.detect(root, ctx);
    if (comments && comments.length > 0) {
      return { platform: platform.name, replySource: replySourceOf(platform, comments), comments, partial: ctx.partial };
    }
    if (ctx.partial) break;
  }
  return { platform: null, replySource: 'none', comments: [], partial: ctx.partial };
}
