/**
 * The seed thread (seeds/russia-belarus-union, 14 comments) with its structure removed: no
 * parents, no levels, page order (which is the chronological order there). The reply inference
 * must recover at least 10 of the 14 parents (top level counts as a parent), and every link it
 * makes carries its cue. Before the answered-author, own-addition and quoted-word cues it got 7.
 */
import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { SEED_TABLE, seedExtraction } from './seed-fixture';

describe('the flattened seed thread', () => {
  const extraction = seedExtraction();
  const truth = new Map(SEED_TABLE.map(([id, , parent]) => [id, parent]));
  const flat = { ...extraction, replySource: 'none' as const, comments: extraction.comments.map((c) => ({ ...c, parentId: null, level: null })) };
  const result = analyzeExtraction(flat, { sensitivity: 'normal' });

  it('gets at least 10 of 14 parents right', () => {
    const right = result.comments.filter((c) => c.parentId === (truth.get(c.id) ?? null));
    expect(right.length, result.comments.map((c) => `${c.id}→${c.parentId} (${c.reply?.cue ?? '-'})`).join('\n')).toBeGreaterThanOrEqual(10);
  });

  it('makes no link without a cue, and every link points back', () => {
    const index = new Map(result.comments.map((c, i) => [c.id, i]));
    for (const [i, c] of result.comments.entries()) {
      if (c.parentId === null) continue;
      expect(c.reply?.source).toBe('inferred');
      expect(c.reply?.cue?.length ?? 0).toBeGreaterThan(5);
      expect(index.get(c.parentId) ?? Infinity).toBeLessThan(i);
    }
  });

  it('still marks the drift and the link-only comment', () => {
    const marks = Object.fromEntries(result.comments.map((c) => [c.id, c.marks.map((m) => m.kind)]));
    expect(marks.C9).toContain('link-only');
    for (const id of ['C5', 'C6', 'C7']) expect(marks[id], id).toContain('off-topic');
  });
});
