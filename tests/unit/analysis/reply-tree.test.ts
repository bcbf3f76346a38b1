import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReplyTree } from '../../../utils/analysis/reply-tree';
import type { ExtractedComment } from '../../../utils/schema';

function comment(id: string, parentId: string | null = null, level: number | null = null): ExtractedComment {
  return { id, parentId, level, author: null, time: null, text: `text of ${id}`, links: [], locator: `#${id}` };
}

const shape = (nodes: ReturnType<typeof buildReplyTree>) => nodes.map((n) => [n.id, n.parentId, n.depth]);

describe('buildReplyTree', () => {
  it('follows parent ids from the page', () => {
    const nodes = buildReplyTree([comment('a'), comment('b', 'a'), comment('c', 'b'), comment('d', 'a'), comment('e')]);
    expect(shape(nodes)).toEqual([
      ['a', null, 0],
      ['b', 'a', 1],
      ['c', 'b', 2],
      ['d', 'a', 1],
      ['e', null, 0],
    ]);
    expect(nodes.every((n) => n.reply.source === 'page' && n.reply.cue === null && n.notes.length === 0)).toBe(true);
  });

  it('accepts a parent that comes later on the page (newest-first pages)', () => {
    expect(shape(buildReplyTree([comment('b', 'a'), comment('a')]))).toEqual([
      ['b', 'a', 1],
      ['a', null, 0],
    ]);
  });

  it('nests by level: the parent is the nearest previous comment one level up', () => {
    const nodes = buildReplyTree([
      comment('a', null, 0),
      comment('b', null, 1),
      comment('c', null, 2),
      comment('d', null, 1),
      comment('e', null, 0),
      comment('f', null, 1),
    ]);
    expect(shape(nodes)).toEqual([
      ['a', null, 0],
      ['b', 'a', 1],
      ['c', 'b', 2],
      ['d', 'a', 1],
      ['e', null, 0],
      ['f', 'e', 1],
    ]);
  });

  it('does not attach across threads when a level is skipped, and says so', () => {
    const nodes = buildReplyTree([comment('a', null, 0), comment('b', null, 1), comment('c', null, 0), comment('d', null, 2)]);
    expect(shape(nodes)[3]).toEqual(['d', 'c', 1]);
    expect(nodes[3]?.notes[0]).toMatch(/level 2 right under level 0/);
    const orphan = buildReplyTree([comment('x', null, 3)]);
    expect(shape(orphan)).toEqual([['x', null, 0]]);
    expect(orphan[0]?.notes[0]).toMatch(/no comment above it/);
  });

  it('puts a reply to a missing parent at top level with a note', () => {
    const nodes = buildReplyTree([comment('a'), comment('b', 'gone')]);
    expect(shape(nodes)).toEqual([
      ['a', null, 0],
      ['b', null, 0],
    ]);
    expect(nodes[1]?.notes).toEqual(['parent "gone" not found on the page; shown at top level']);
  });

  it('breaks self-replies', () => {
    const nodes = buildReplyTree([comment('a', 'a'), comment('b', 'a')]);
    expect(shape(nodes)).toEqual([
      ['a', null, 0],
      ['b', 'a', 1],
    ]);
    expect(nodes[0]?.notes[0]).toMatch(/reply to itself/);
  });

  it('breaks cycles at the member that comes first on the page', () => {
    const nodes = buildReplyTree([comment('x'), comment('a', 'c'), comment('b', 'a'), comment('c', 'b'), comment('d', 'c')]);
    expect(shape(nodes)).toEqual([
      ['x', null, 0],
      ['a', null, 0],
      ['b', 'a', 1],
      ['c', 'b', 2],
      ['d', 'c', 3],
    ]);
    expect(nodes[1]?.notes[0]).toMatch(/loop/);
    expect(nodes.filter((n) => n.notes.length > 0)).toHaveLength(1);
  });

  it('makes duplicate ids unique, deterministically, and resolves replies to the nearest one before', () => {
    const input = [comment('a'), comment('r1', 'a'), comment('a'), comment('r2', 'a'), comment('a~2')];
    const nodes = buildReplyTree(input);
    expect(shape(nodes)).toEqual([
      ['a', null, 0],
      ['r1', 'a', 1],
      ['a~3', null, 0],
      ['r2', 'a~3', 1],
      ['a~2', null, 0],
    ]);
    expect(nodes[2]?.notes[0]).toMatch(/another comment on the page has the id "a"/);
    expect(shape(buildReplyTree(input))).toEqual(shape(nodes));
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  });

  it('handles a 1,000-deep chain by parent id and a 100,000-deep one by level, without recursion', () => {
    const chain = Array.from({ length: 1_000 }, (_, i) => comment(`c${i}`, i === 0 ? null : `c${i - 1}`));
    const nodes = buildReplyTree(chain);
    expect(nodes[999]?.depth).toBe(999);
    expect(nodes[999]?.parentId).toBe('c998');

    const deep = Array.from({ length: 100_000 }, (_, i) => comment(`d${i}`, null, i));
    expect(buildReplyTree(deep)[99_999]?.depth).toBe(99_999);
  });

  it('builds 100,000 comments (speed is measured by npm run bench, not here)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      comment(`m${i}`, i === 0 || i % 7 === 0 ? null : `m${(i * 7919) % i}`),
    );
    const nodes = buildReplyTree(many);
    expect(nodes).toHaveLength(100_000);
    expect(nodes.filter((n) => n.parentId === null)).toHaveLength(many.filter((c) => c.parentId === null).length);
  });

  it('property: never throws, keeps every comment once in page order, depth = parent depth + 1', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    const arbComment = fc.record({
      id: ids,
      parentId: fc.option(ids, { nil: null }),
      level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbComment, { maxLength: 30 }), (raw) => {
        const input = raw.map((r) => comment(r.id, r.parentId, r.level));
        const nodes = buildReplyTree(input);
        expect(nodes).toHaveLength(input.length);
        const byId = new Map(nodes.map((n) => [n.id, n]));
        expect(byId.size).toBe(nodes.length);
        nodes.forEach((n, i) => {
          expect(n.id.startsWith(input[i]?.id ?? '?')).toBe(true);
          if (n.parentId === null) {
            expect(n.depth).toBe(0);
          } else {
            const parent = byId.get(n.parentId);
            expect(parent).toBeDefined();
            expect(n.depth).toBe((parent?.depth ?? -2) + 1);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
