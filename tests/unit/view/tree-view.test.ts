import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalyzedComment, Mark } from '../../../utils/schema';
import {
  allThreadIds,
  COLLAPSE_BY_DEFAULT_ABOVE,
  describeAnalysedAt,
  describeCommentTime,
  indexTree,
  initiallyCollapsed,
  visibleRows,
} from '../../../utils/view/tree-view';

const offTopic: Mark = { kind: 'off-topic', reason: 'r', code: 'offtopic_no_shared_terms_article', params: ['r'], score: 0.9 };
const linkOnly: Mark = { kind: 'link-only', reason: 'r', code: 'linkonly_link', params: [], score: 1 };
function c(id: string, parentId: string | null, text = id, marks: Mark[] = [], author: string | null = null): AnalyzedComment {
  return { id, parentId, depth: 0, author, time: null, text, marks };
}

// a ─ b ─ c        d ─ e
//   └ f
const comments = [
  c('a', null, 'About the budget', [], 'Anna'),
  c('b', 'a', 'Taxes again'),
  c('c', 'b', 'A song I like', [offTopic]),
  c('f', 'a', 'https://x.org', [linkOnly]),
  c('d', null, 'Bus lanes'),
  c('e', 'd', 'Café crème', [], 'Émile'),
];
const tree = indexTree(comments);
const ids = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => comments[r.index]!.id);

describe('indexTree', () => {
  it('orders parents before replies, counts replies and depths', () => {
    expect(tree.order.map((i) => comments[i]!.id)).toEqual(['a', 'b', 'c', 'f', 'd', 'e']);
    expect([...tree.descendants]).toEqual([3, 1, 0, 0, 1, 0]);
    expect([...tree.depth]).toEqual([0, 1, 2, 1, 0, 1]);
  });

  it('puts a reply listed before its parent under it, and survives a cycle in a malformed result', () => {
    const t = indexTree([c('x', 'y'), c('y', null)]);
    expect(t.order).toEqual([1, 0]);
    const cyclic = indexTree([c('p', 'q'), c('q', 'p')]);
    expect(cyclic.order.sort()).toEqual([0, 1]);
  });

  it('handles a 1,000-deep chain without recursion', () => {
    const chain = Array.from({ length: 1000 }, (_, i) => c(`n${i}`, i ? `n${i - 1}` : null));
    const t = indexTree(chain);
    expect(t.depth[999]).toBe(999);
    expect(t.descendants[0]).toBe(999);
  });
});

describe('visibleRows', () => {
  const none = new Set<string>();
  it('shows the whole tree unfiltered, and folds a collapsed thread away', () => {
    expect(ids(visibleRows(comments, tree, { filter: 'all', query: '', collapsed: none }))).toEqual(['a', 'b', 'c', 'f', 'd', 'e']);
    const rows = visibleRows(comments, tree, { filter: 'all', query: '', collapsed: new Set(['a']) });
    expect(ids(rows)).toEqual(['a', 'd', 'e']);
    expect(rows[0]).toMatchObject({ collapsed: true, replies: 3 });
    expect(ids(visibleRows(comments, tree, { filter: 'all', query: '', collapsed: new Set(['b']) }))).toEqual(['a', 'b', 'f', 'd', 'e']);
  });

  it('filters by mark and kind, keeping ancestors as context', () => {
    const marked = visibleRows(comments, tree, { filter: 'marked', query: '', collapsed: none });
    expect(ids(marked)).toEqual(['a', 'b', 'c', 'f']);
    expect(marked.map((r) => r.context)).toEqual([true, true, false, false]);
    expect(ids(visibleRows(comments, tree, { filter: 'link-only', query: '', collapsed: none }))).toEqual(['a', 'f']);
    expect(ids(visibleRows(comments, tree, { filter: 'unmarked', query: '', collapsed: none }))).toEqual(['a', 'b', 'd', 'e']);
  });

  it('searches text and authors, ignoring case and accents', () => {
    expect(ids(visibleRows(comments, tree, { filter: 'all', query: 'SONG', collapsed: none }))).toEqual(['a', 'b', 'c']);
    expect(ids(visibleRows(comments, tree, { filter: 'all', query: 'emile', collapsed: none }))).toEqual(['d', 'e']);
    expect(ids(visibleRows(comments, tree, { filter: 'all', query: 'anna', collapsed: none }))).toEqual(['a']);
    expect(visibleRows(comments, tree, { filter: 'off-topic', query: 'bus', collapsed: none })).toEqual([]);
  });

  it('property: every comment shows exactly once unfiltered, at its tree depth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 40 }), { maxLength: 60 }), (parents) => {
        const list = parents.map((p, i) => c(`k${i}`, p >= 0 && p < parents.length ? `k${p}` : null));
        const t = indexTree(list);
        const rows = visibleRows(list, t, { filter: 'all', query: '', collapsed: new Set() });
        expect(rows.map((r) => r.index).sort((x, y) => x - y)).toEqual(list.map((_, i) => i));
        for (const r of rows) {
          const p = t.parent[r.index]!;
          expect(r.depth).toBe(p >= 0 ? t.depth[p]! + 1 : 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('collapsing defaults', () => {
  it('starts small sections expanded and huge ones with threads collapsed', () => {
    expect(initiallyCollapsed(comments, tree).size).toBe(0);
    const many = Array.from({ length: COLLAPSE_BY_DEFAULT_ABOVE + 2 }, (_, i) => c(`m${i}`, i % 2 ? `m${i - 1}` : null));
    const t = indexTree(many);
    expect(initiallyCollapsed(many, t).size).toBe((COLLAPSE_BY_DEFAULT_ABOVE + 2) / 2);
    expect([...allThreadIds(comments, tree)].sort()).toEqual(['a', 'b', 'd']);
  });
});

describe('times', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it('describes when the result was made', () => {
    expect(describeAnalysedAt('2026-11-27T11:59:50Z', now)).toEqual({ key: 'analysed_just_now', params: [] });
    expect(describeAnalysedAt('2026-11-27T11:50:00Z', now)).toEqual({ key: 'analysed_minutes_ago', params: [10] });
    expect(describeAnalysedAt('2026-11-20T11:50:00Z', now, 'de')).toEqual({ key: 'analysed_on', params: ['20.11.2026'] });
    expect(describeAnalysedAt('nonsense', now)).toBeNull();
    expect(describeAnalysedAt(undefined, now)).toBeNull();
  });
  it('keeps page words and makes machine times readable', () => {
    expect(describeCommentTime('3 hours ago')).toBe('3 hours ago');
    expect(describeCommentTime('2022-07-01T10:40:12-04:00')).not.toContain('T10');
    expect(describeCommentTime(null)).toBeNull();
    // In the reader's language: German writes the month and day its own way.
    expect(describeCommentTime('2022-07-01T10:40:12Z', 'de')).toMatch(/01\.07\.2022/);
  });
});
