/** Properties of link-only marking and the whole analysis over arbitrary extractions (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExtraction, EMPTY_COMMENT_NOTE } from '../../../utils/analysis/analyze';
import { isEmptyComment, markLinkOnly } from '../../../utils/analysis/link-only';
import { AnalysisResult, MarkKind, Sensitivity } from '../../../utils/schema';
import { commentArb, extractionArb, RUNS } from './arbitraries';

const KINDS = new Set<string>(MarkKind.options);
let tick = 0;
/** A clock that moves, so timings are checked without depending on the machine. */
const fakeNow = () => (tick += 0.5);

describe('markLinkOnly (properties)', () => {
  it('never throws; marks only link-only with a reason and a 0..1 score; never marks an empty comment', () => {
    fc.assert(
      fc.property(commentArb, (comment) => {
        const mark = markLinkOnly(comment);
        if (mark === null) return;
        expect(mark.kind).toBe('link-only');
        expect(mark.reason.length).toBeGreaterThan(0);
        expect(mark.score >= 0 && mark.score <= 1).toBe(true);
        expect(isEmptyComment(comment.text)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('whitespace and zero-width text is empty', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\u00A0', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD')).map((c) => c.join('')), (text) => {
        expect(isEmptyComment(text)).toBe(true);
        expect(markLinkOnly({ text, links: [{ href: 'https://example.org', text: 'https://example.org' }] })).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('analyzeExtraction (properties)', () => {
  it('never throws; gives a schema-valid result with every comment exactly once, consistent depths, defined marks only', () => {
    fc.assert(
      fc.property(extractionArb, fc.constantFrom(...Sensitivity.options), (extraction, sensitivity) => {
        const result = analyzeExtraction(extraction, { sensitivity }, fakeNow);
        expect(AnalysisResult.safeParse(result).success).toBe(true);
        expect(result.error).toBeUndefined();
        expect(result.comments).toHaveLength(extraction.comments.length);
        // In page order: each comment's text at its own place.
        expect(result.comments.map((c) => c.text)).toEqual(extraction.comments.map((c) => c.text));
        const ids = result.comments.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        const byId = new Map(result.comments.map((c) => [c.id, c]));
        for (const c of result.comments) {
          if (c.parentId === null) expect(c.depth).toBe(0);
          else expect(c.depth).toBe(byId.get(c.parentId)!.depth + 1);
          for (const mark of c.marks) {
            expect(KINDS.has(mark.kind)).toBe(true);
            expect(mark.score >= 0 && mark.score <= 1).toBe(true);
          }
          expect(new Set(c.marks.map((m) => m.kind)).size).toBe(c.marks.length);
          if (isEmptyComment(c.text)) {
            expect(c.marks).toEqual([]);
            expect(c.notes ?? []).toContain(EMPTY_COMMENT_NOTE);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same extraction gives the same marks and tree', () => {
    fc.assert(
      fc.property(extractionArb, (extraction) => {
        const strip = (r: AnalysisResult) => r.comments.map(({ id, parentId, depth, marks }) => ({ id, parentId, depth, marks }));
        expect(strip(analyzeExtraction(extraction, { sensitivity: 'normal' }, fakeNow))).toEqual(
          strip(analyzeExtraction(structuredClone(extraction), { sensitivity: 'normal' }, fakeNow)),
        );
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 3)) },
    );
  });
});
