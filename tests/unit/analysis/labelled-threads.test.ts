/**
 * The labelled threads in `seeds/threads/` hold the analysis to what careful readers marked:
 * per thread and in aggregate. Floors sit at or a little under what was achieved (see
 * `npm run eval:analysis` for the figures); raising one is fine, lowering one needs a reason.
 */
import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { overall, rates, replyRates, threadExtraction } from '../../../utils/analysis/evaluate';
import { evaluateThreads, loadLabelledThreads, seedThread } from '../../../scripts/eval-analysis';

const threads = loadLabelledThreads();
const scores = evaluateThreads(threads, 'normal');

/**
 * Per-thread off-topic F1 floor. The football thread, which leans on pronouns ("he", "the lad")
 * no word matching can follow, had one of 0.5 until comments that speak of the article's person
 * without naming them were kept (cues.ts `articlePersonCheck`): it is at 0.80 now.
 */
const THREAD_F1_FLOOR = 0.8;
/** The whole set's off-topic F1: 0.95 since the person-pronoun rule (0.92 before). */
const OVERALL_F1_FLOOR = 0.93;

describe('the labelled set', () => {
  it('has at least six threads of 15+ comments, in three or more languages, two or more flat', () => {
    expect(threads.length).toBeGreaterThanOrEqual(6);
    for (const t of threads) expect(t.comments.length, t.id).toBeGreaterThanOrEqual(15);
    expect(new Set(threads.map((t) => t.lang)).size).toBeGreaterThanOrEqual(3);
    expect(threads.filter((t) => t.flat).length).toBeGreaterThanOrEqual(2);
    for (const t of threads) {
      const labels = new Set(t.comments.map((c) => c.label));
      expect(labels.has('off-topic') && labels.has('link-only') && labels.has('none'), t.id).toBe(true);
    }
  });

  it.each(scores.map((s) => [s.id, s] as const))('%s meets its expectations', (id, s) => {
    const detail = s.errors.join('\n');
    expect(rates(s.linkOnly).f1, detail).toBe(1);
    expect(rates(s.offTopic).f1, detail).toBeGreaterThanOrEqual(THREAD_F1_FLOOR);
    if (s.replies) {
      const r = replyRates(s.replies);
      expect(r.recoveredCued, detail).toBeGreaterThanOrEqual(0.8);
      expect(r.wrong, detail).toBe(0);
    }
  });

  it('meets the aggregate targets: link-only F1 1.0, off-topic F1 ≥ 0.85 (floor just under what it gets), cued replies ≥ 80% with ≤ 5% wrong', () => {
    const all = overall(scores);
    expect(rates(all.linkOnly).f1).toBe(1);
    expect(rates(all.offTopic).f1).toBeGreaterThanOrEqual(OVERALL_F1_FLOOR);
    const r = replyRates(all.replies);
    expect(r.recoveredCued).toBeGreaterThanOrEqual(0.8);
    expect(r.wrong).toBeLessThanOrEqual(0.05);
  });

  it('marks no less when stricter and no more when more lenient', () => {
    const tp = (s: 'lenient' | 'normal' | 'strict') =>
      overall(evaluateThreads(threads, s)).offTopic;
    const [lenient, normal, strict] = [tp('lenient'), tp('normal'), tp('strict')];
    const marked = (c: { tp: number; fp: number }) => c.tp + c.fp;
    expect(marked(lenient)).toBeLessThanOrEqual(marked(normal));
    expect(marked(normal)).toBeLessThanOrEqual(marked(strict));
  });

  it('keeps the seed page result when scored as a labelled thread', () => {
    const [seed] = evaluateThreads([seedThread()], 'normal');
    expect(seed?.errors).toEqual([]);
  });

  it('gives every mark a reason naming its evidence and a score, and every inferred link its cue', () => {
    for (const t of threads) {
      const result = analyzeExtraction(threadExtraction(t), { sensitivity: 'normal' });
      for (const c of result.comments) {
        for (const m of c.marks) {
          expect(m.reason, c.id).toMatch(m.kind === 'link-only' ? /^only (a link|links) to [a-z0-9.-]+\./ : /^(shares|too short|continues a sub-thread|looks like spam|says itself|turns to another subject|a short reaction|is about the website)/);
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1);
        }
        if (c.reply?.source === 'inferred') expect(c.reply.cue, c.id).toMatch(/^(addresses|quotes|answers|shares)/);
      }
    }
  });
});
