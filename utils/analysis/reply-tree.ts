/**
 * The reply tree of a comment section, from what the page itself says: a parent id, or a
 * nesting level. Robust to what real pages do (parents that are not on the page, replies to
 * themselves, cycles, duplicate ids, jumps in level) and iterative throughout, so a
 * 100,000-deep chain costs no stack and a 100,000-comment page stays linear.
 *
 * Links inferred from text cues ("@anna") are not made here: `infer-replies.ts` finds them
 * on flat pages, and `attachInferredReplies` re-parents top-level comments with them.
 */
import { LIMITS, type ExtractedComment, type ReplyLink } from '../schema';

export interface ReplyTreeNode {
  /** Unique on the page (a duplicate id gets a suffix, see `notes`). */
  id: string;
  parentId: string | null;
  /** 0 for top level. */
  depth: number;
  reply: ReplyLink;
  /** What tree building had to fix for this comment, in words a reader understands. */
  notes: string[];
}

/** Suffix for the n-th comment that reuses an id: "c1", "c1~2", "c1~3". */
const DUPLICATE_SEPARATOR = '~';
/** Ids quoted in notes are cut to this length so a note stays one short line. */
const NOTE_ID_LENGTH = 60;

const PAGE_LINK: ReplyLink = { source: 'page', cue: null };

function quote(id: string): string {
  return `"${id.length > NOTE_ID_LENGTH ? `${id.slice(0, NOTE_ID_LENGTH)}…` : id}"`;
}

/** Unique ids in page order: the first use keeps its id, later uses get "~2", "~3", … */
function uniqueIds(comments: readonly ExtractedComment[], notes: string[][]): string[] {
  const taken = new Set<string>();
  for (const c of comments) taken.add(c.id);
  const seen = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const ids: string[] = [];
  comments.forEach((c, i) => {
    if (!seen.has(c.id)) {
      seen.add(c.id);
      ids.push(c.id);
      return;
    }
    let n = nextSuffix.get(c.id) ?? 2;
    let candidate: string;
    do {
      const suffix = `${DUPLICATE_SEPARATOR}${n}`;
      candidate = c.id.slice(0, LIMITS.idLength - suffix.length) + suffix;
      n++;
    } while (taken.has(candidate));
    nextSuffix.set(c.id, n);
    taken.add(candidate);
    ids.push(candidate);
    notes[i]?.push(`another comment on the page has the id ${quote(c.id)}; this one is ${quote(candidate)}`);
  });
  return ids;
}

/**
 * Parent index of each comment (-1 for top level) from parent ids or levels. A parent id
 * that several comments share resolves to the nearest one before the reply (replies follow
 * what they answer), else to the first one after it.
 */
function resolveParents(comments: readonly ExtractedComment[], notes: string[][]): Int32Array {
  const n = comments.length;
  const parent = new Int32Array(n).fill(-1);
  const firstIndex = new Map<string, number>();
  comments.forEach((c, i) => {
    if (!firstIndex.has(c.id)) firstIndex.set(c.id, i);
  });
  const latestIndex = new Map<string, number>();
  // The open path of the level-encoded thread: indices and levels, shallowest first.
  const pathIndex: number[] = [];
  const pathLevel: number[] = [];

  for (let i = 0; i < n; i++) {
    const c = comments[i];
    if (!c) continue;
    const own = notes[i] ?? [];
    if (c.parentId !== null) {
      if (c.parentId === c.id) {
        own.push('marked as a reply to itself; shown at top level');
      } else {
        const target = latestIndex.get(c.parentId) ?? firstIndex.get(c.parentId);
        if (target === undefined) own.push(`parent ${quote(c.parentId)} not found on the page; shown at top level`);
        else parent[i] = target;
      }
    } else if (c.level !== null) {
      const level = c.level;
      while (pathLevel.length > 0 && (pathLevel[pathLevel.length - 1] ?? 0) >= level) {
        pathLevel.pop();
        pathIndex.pop();
      }
      if (level > 0) {
        const top = pathIndex[pathIndex.length - 1];
        const topLevel = pathLevel[pathLevel.length - 1];
        if (top === undefined || topLevel === undefined) {
          own.push(`nested at level ${level} with no comment above it; shown at top level`);
        } else {
          parent[i] = top;
          if (topLevel !== level - 1) {
            own.push(`nested at level ${level} right under level ${topLevel}; attached to the nearest comment above`);
          }
        }
      }
      pathIndex.push(i);
      pathLevel.push(level);
    }
    latestIndex.set(c.id, i);
  }
  return parent;
}

/**
 * Breaks every cycle in the parent links: the cycle member that comes first on the page
 * becomes top level (it is the one the others can have answered). Iterative; each comment
 * is walked once.
 */
function breakCycles(parent: Int32Array, notes: string[][]): void {
  const n = parent.length;
  // 0 = not seen, 1 = on the current walk, 2 = done.
  const state = new Uint8Array(n);
  const posOnWalk = new Int32Array(n);
  const walk: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let v = start;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      posOnWalk[v] = walk.length;
      walk.push(v);
      v = parent[v] ?? -1;
    }
    if (v >= 0 && state[v] === 1) {
      let root = v;
      for (let k = posOnWalk[v] ?? 0; k < walk.length; k++) {
        const member = walk[k] ?? v;
        if (member < root) root = member;
      }
      parent[root] = -1;
      notes[root]?.push('its replies lead back to it in a loop; shown at top level');
    }
    for (const w of walk) state[w] = 2;
  }
}

/** Depth of every comment, parents first, without recursion. */
function depths(parent: Int32Array): Int32Array {
  const n = parent.length;
  const depth = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    let v = i;
    while (v >= 0 && depth[v] === -1) {
      stack.push(v);
      v = parent[v] ?? -1;
    }
    let d = v >= 0 ? (depth[v] ?? 0) : -1;
    while (stack.length > 0) {
      const w = stack.pop() as number;
      d += 1;
      depth[w] = d;
    }
  }
  return depth;
}

/** The reply tree of `comments`, one node per comment in page order. */
export function buildReplyTree(comments: readonly ExtractedComment[]): ReplyTreeNode[] {
  const notes: string[][] = comments.map(() => []);
  const ids = uniqueIds(comments, notes);
  const parent = resolveParents(comments, notes);
  breakCycles(parent, notes);
  const depth = depths(parent);
  return comments.map((_, i) => {
    const p = parent[i] ?? -1;
    return {
      id: ids[i] ?? '',
      parentId: p >= 0 ? (ids[p] ?? null) : null,
      depth: depth[i] ?? 0,
      reply: { ...PAGE_LINK },
      notes: notes[i] ?? [],
    };
  });
}

/**
 * Re-parents the nodes of a flat section (all top level) by inferred links: `inferred[i].parent`
 * is the index of an earlier comment, or -1. Each re-parented node carries its cue. Links only
 * point back on the page, so no cycle can form and one pass gives the depths.
 */
export function attachInferredReplies(
  nodes: ReplyTreeNode[],
  inferred: readonly { parent: number; reply: ReplyLink | null }[],
): void {
  nodes.forEach((node, i) => {
    const link = inferred[i];
    const p = link?.parent ?? -1;
    const parentNode = p >= 0 && p < i ? nodes[p] : undefined;
    if (node.parentId !== null || !link?.reply || !parentNode) return;
    node.parentId = parentNode.id;
    node.depth = parentNode.depth + 1;
    node.reply = { ...link.reply };
  });
}
