/** Properties of the reply tree over arbitrary comment sections (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReplyTree } from '../../../utils/analysis/reply-tree';
import type { ExtractedComment } from '../../../utils/schema';
import { commentsArb, RUNS } from './arbitraries';

/** Checks the tree invariants and returns nothing; throws on the first broken one. */
function expectWellFormed(comments: readonly ExtractedComment[]): void {
  const tree = buildReplyTree(comments);
  // One node per comment, in page order, ids unique.
  expect(tree).toHaveLength(comments.length);
  const ids = tree.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const byId = new Map(tree.map((n) => [n.id, n]));
  for (const node of tree) {
    // Depths consistent with parents; parents exist; no node is its own ancestor.
    if (node.parentId === null) {
      expect(node.depth).toBe(0);
      continue;
    }
    const parent = byId.get(node.parentId);
    expect(parent).toBeDefined();
    expect(node.depth).toBe(parent!.depth + 1);
    expect(node.parentId).not.toBe(node.id);
  }
}

describe('buildReplyTree (properties)', () => {
  it('never throws; every comment appears exactly once; depths match parents', () => {
    fc.assert(fc.property(commentsArb, (comments) => expectWellFormed(comments)), { numRuns: RUNS });
  });

  it('keeps page-given parents that exist, come earlier and are unique', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 60 }), (picks) => {
        // A well-formed section: comment i answers an earlier comment (or none).
        const comments: ExtractedComment[] = picks.map((p, i) => ({
          id: `c${i}`,
          parentId: i === 0 || p % 3 === 0 ? null : `c${p % i}`,
          level: null,
          author: null,
          time: null,
          text: `comment ${i}`,
          links: [],
          locator: `#c${i}`,
        }));
        const tree = buildReplyTree(comments);
        expect(tree.map((n) => n.parentId)).toEqual(comments.map((c) => c.parentId));
      }),
      { numRuns: RUNS },
    );
  });

  it('builds chains 10,000 deep by parent and by level without overflowing the stack', () => {
    const n = 10_000;
    const byParent = Array.from({ length: n }, (_, i): ExtractedComment => ({
      id: `c${i}`, parentId: i ? `c${i - 1}` : null, level: null, author: null, time: null, text: 'x', links: [], locator: '',
    }));
    const byLevel = byParent.map((c, i) => ({ ...c, parentId: null, level: i }));
    for (const comments of [byParent, byLevel, [...byParent].reverse()]) {
      const tree = buildReplyTree(comments);
      expect(tree).toHaveLength(n);
    }
    expect(Math.max(...buildReplyTree(byParent).map((t) => t.depth))).toBe(n - 1);
    expect(Math.max(...buildReplyTree(byLevel).map((t) => t.depth))).toBe(n - 1);
    expectWellFormed([...byParent].reverse());
  });
});
