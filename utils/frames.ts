/**
 * Pure: merges what the content scripts of several frames of one tab reported into one
 * extraction. The top frame gives the article; comment ids from other frames are prefixed
 * with their frame id so they stay unique and the popup knows which frame to ask.
 *
 * One thread, once: a same-origin frame (an `iframe[srcdoc]` embed, a same-site comment page) is
 * read twice, by the page's own reading, which reaches into same-origin frame documents, and by
 * the content script running inside the frame. The first frame in frame order that reported a
 * comment owns it (the top frame, for a frame it can see into); the same comment reported again
 * by a later frame (same author, time and text) is dropped and its replies are attached to the
 * owner's copy, so a frame that has read more than its parent adds only what is new.
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

/** What identifies one comment whichever frame read it: author, time and text, spacing aside. */
function contentKey(comment: ExtractedComment): string {
  const squash = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
  return `${squash(comment.author)}\u0000${squash(comment.time)}\u0000${squash(comment.text)}`;
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
  // Merged ids of comments reported by earlier frames, by content, not yet matched by a later one.
  const owned = new Map<string, string[]>();
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
    // This frame's comments already reported by an earlier frame: local id -> the owner's id.
    const duplicateOf = new Map<string, string>();
    for (const comment of frame.comments) {
      const earlier = owned.get(contentKey(comment));
      if (earlier?.length) duplicateOf.set(comment.id, earlier.shift()!);
    }
    const added: ExtractedComment[] = [];
    for (const comment of frame.comments) {
      if (duplicateOf.has(comment.id)) continue;
      const parent = comment.parentId;
      added.push({
        ...comment,
        id: frameCommentId(frameId, comment.id),
        parentId: parent === null ? null : (duplicateOf.get(parent) ?? frameCommentId(frameId, parent)),
      });
    }
    // Registered after the frame is done: repeated comments within one frame are all kept.
    for (const comment of added) {
      const key = contentKey(comment);
      owned.set(key, [...(owned.get(key) ?? []), comment.id]);
    }
    comments.push(...added);
  }
  // A comment frame counts as unread only if no content script inside it reported.
  const reported = new Set(frameIds.map((f) => originOf(frames[String(f)]?.url ?? '')));
  const unreadFrames = [
    ...new Set(frameIds.flatMap((f) => frames[String(f)]?.unreadFrames ?? []).filter((origin) => !reported.has(origin))),
  ];
  return { url: top?.url ?? url, article, comments, platform, replySource, partial, detectMs, moreLoading, unreadFrames };
}
