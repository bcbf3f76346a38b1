/**
 * A box that shows comments of the thread a second time: editors' picks ("Redaktionsempfehlungen",
 * the Guardian's picks), "Najlepsze opinie", "Comentarios destacados", "Beste reactie", "热门评论",
 * "En çok beğenilen yorumlar", a "top comment" teaser (the blind pages of batches 4, 5, 6, 7, 11
 * and 12 hold eleven such boxes, on as many sites; Remark42 documents its pinned copies, which its
 * module leaves out by class). Whatever the detector, a comment read in such a box and again in
 * the thread is one comment: the copy in the thread is kept.
 *
 * The same comment is the same writer with the same words (the box's copy may be cut short with
 * "…" or carry a "go to the discussion" line of its own). Copy-spam by other writers is not one
 * comment, and neither is a double post: a copy goes only when it sits in a box of repeats,
 *
 * - an element that is not itself a comment, on its own side of where the two copies meet (a
 *   double post's copies are comments of one list: each is its own side),
 * - holding only comments that have their copy outside it, none answering a comment outside it,
 * - and fewer comments than the rest of the thread (two full copies of a thread stay as they are).
 */
import type { FoundComment } from './found-comment';
import { foldSpace } from './text';

/** Copies are looked for among comments whose words start alike: the first characters, folded. */
const KEY_CHARS = 20;

/**
 * A box repeats a comment once; a writer with more comments starting alike than this is a bot or
 * a generated page, not a box's copies: left as read (and comparing them pairwise would cost the
 * square of their number).
 */
const MAX_ALIKE = 8;

/** Boxes looked into per reading: a page shows one or two, each looked at once. */
const MAX_BOXES_TRIED = 32;

/** A box's copy cut short ends with an ellipsis. */
const CUT_SHORT = /\s*(?:…|\.\.\.)\s*$/u;

function folded(text: string): string {
  return foldSpace(text).toLowerCase().replace(CUT_SHORT, '');
}

/** Equal words, or one copy the other's start (cut short, or with a line of the box's own after it). */
function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= KEY_CHARS && long.startsWith(short);
}

/** The element on `a`'s side just below where `a` and `b` meet; null when one holds the other or they never meet. */
function sideOf(a: Element, b: Element): Element | null {
  const aboveB = new Set<Element>();
  for (let cur: Element | null = b; cur; cur = cur.parentElement) aboveB.add(cur);
  if (aboveB.has(a)) return null;
  let side = a;
  for (let cur = a.parentElement; cur; side = cur, cur = cur.parentElement) if (aboveB.has(cur)) return side;
  return null;
}

export function withoutRepeatBoxes(comments: FoundComment[]): FoundComment[] {
  if (comments.length < 3) return comments;
  const byKey = new Map<string, { comment: FoundComment; words: string }[]>();
  for (const comment of comments) {
    if (!comment.author || !comment.text) continue;
    const words = folded(comment.text);
    const key = `${foldSpace(comment.author).toLowerCase()}\n${words.slice(0, KEY_CHARS)}`;
    const group = byKey.get(key);
    if (group) group.push({ comment, words });
    else byKey.set(key, [{ comment, words }]);
  }
  const twinsOf = new Map<FoundComment, FoundComment[]>();
  for (const group of byKey.values()) {
    if (group.length > MAX_ALIKE) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (!sameWords(a.words, b.words)) continue;
        twinsOf.set(a.comment, [...(twinsOf.get(a.comment) ?? []), b.comment]);
        twinsOf.set(b.comment, [...(twinsOf.get(b.comment) ?? []), a.comment]);
      }
    }
  }
  if (twinsOf.size === 0) return comments;

  const commentElements = new Set(comments.map((c) => c.element));
  const countInside = (el: Element): number => {
    let n = 0;
    for (const c of comments) if (el.contains(c.element) && ++n > 1) break;
    return n;
  };
  /** Each dropped copy and the copy kept for it. */
  const keptFor = new Map<FoundComment, FoundComment>();
  const tried = new Set<Element>();
  const isRepeatBox = (box: Element): Map<FoundComment, FoundComment> | null => {
    if (commentElements.has(box)) return null;
    const inside = comments.filter((c) => !keptFor.has(c) && box.contains(c.element));
    const outsideCount = comments.length - keptFor.size - inside.length;
    if (inside.length === 0 || outsideCount <= inside.length) return null;
    const insideIds = new Set(inside.map((c) => c.id));
    const kept = new Map<FoundComment, FoundComment>();
    for (const c of inside) {
      if (c.parentId !== null && !insideIds.has(c.parentId)) return null;
      const twin = (twinsOf.get(c) ?? []).find((t) => !keptFor.has(t) && !box.contains(t.element));
      if (!twin) return null;
      kept.set(c, twin);
    }
    return kept;
  };
  for (const [comment, twins] of twinsOf) {
    if (keptFor.has(comment)) continue;
    for (const twin of twins) {
      const box = sideOf(comment.element, twin.element);
      if (!box || tried.has(box) || commentElements.has(box)) continue;
      // Two sides of one comment each are two items of one list (a double post read by a detector
      // whose comment is an inner element of its item: dragnet R216), not a box and its thread.
      const twinSide = sideOf(twin.element, comment.element);
      if (twinSide && countInside(box) <= 1 && countInside(twinSide) <= 1) continue;
      if (tried.size >= MAX_BOXES_TRIED) break;
      tried.add(box);
      const found = isRepeatBox(box);
      if (found) for (const [copy, kept] of found) keptFor.set(copy, kept);
      if (keptFor.has(comment)) break;
    }
  }
  if (keptFor.size === 0) return comments;

  // The kept copy takes the dropped one's id when the site gave both the same ("c1" and "c1~2"),
  // and what answered the dropped copy answers the kept one.
  const renamed = new Map<string, string>();
  for (const [copy, kept] of keptFor) {
    if (kept.id.startsWith(`${copy.id}~`)) renamed.set(kept.id, copy.id);
    else renamed.set(copy.id, kept.id);
  }
  return comments
    .filter((c) => !keptFor.has(c))
    .map((c) => {
      const id = renamed.get(c.id) ?? c.id;
      const parentId = c.parentId !== null ? (renamed.get(c.parentId) ?? c.parentId) : null;
      return id === c.id && parentId === c.parentId ? c : { ...c, id, parentId };
    });
}
