/**
 * Pure: merges what the content scripts of several frames of one tab reported into one
 * extraction. The top frame gives the article; comment ids from other frames are prefixed
 * with their frame id so they stay unique and the popup knows which frame to ask.
 */
import type { ExtractedComment, Extraction } from './schema';

const FRAME_PREFIX = /^f(\d+):(.*)$/s;

export function frameCommentId(frameId: number, id: string): string {
  return frameId === 0 ? id : `f${frameId}:${id}`;
}

/** Splits a merged comment id back into its frame and the id the frame knows it by. */
export function splitCommentId(id: string): { frameId: number; localId: string } {
  const match = FRAME_PREFIX.exec(id);
  return match ? { frameId: Number(match[1]), localId: match[2] ?? '' } : { frameId: 0, localId: id };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

export function mergeFrameExtractions(url: string, frames: Record<string, Extraction>): Extraction {
  const frameIds = Object.keys(frames)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0)
    .sort((a, b) => a - b);
  const top = frames['0'];
  const article = top?.article ?? frameIds.map((f) => frames[String(f)]?.article).find((a) => a) ?? null;
  const comments: ExtractedComment[] = [];
  let detectMs = 0;
  let partial = false;
  let moreLoading = false;
  let platform: string | null = null;
  let replySource: Extraction['replySource'] = 'none';
  for (const frameId of frameIds) {
    const frame = frames[String(frameId)];
    if (!frame) continue;
    detectMs = Math.max(detectMs, frame.detectMs);
    partial ||= frame.partial;
    moreLoading ||= frame.moreLoading ?? false;
    if (frame.comments.length > 0 && platform === null) {
      platform = frame.platform;
      replySource = frame.replySource;
    }
    for (const comment of frame.comments) {
      comments.push({
        ...comment,
        id: frameCommentId(frameId, comment.id),
        parentId: comment.parentId === null ? null : frameCommentId(frameId, comment.parentId),
      });
    }
  }
  // A comment frame counts as unread only if no content script inside it reported.
  const reported = new Set(frameIds.map((f) => originOf(frames[String(f)]?.url ?? '')));
  const unreadFrames = [
    ...new Set(frameIds.flatMap((f) => frames[String(f)]?.unreadFrames ?? []).filter((origin) => !reported.has(origin))),
  ];
  return { url: top?.url ?? url, article, comments, platform, replySource, partial, detectMs, moreLoading, unreadFrames };
}
