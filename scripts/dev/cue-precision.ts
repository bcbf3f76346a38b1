/**
 * Dev loop only: precision of each reply-inference cue on the flattened threaded pages of both
 * corpora (page and chronological order), by page split (utils/eval/token-score.ts `splitOf`). Tune on `tune`.
 * Wrong links are split into those that link a comment the page shows at top level and those
 * that pick the wrong parent for a reply.
 *   npx tsx scripts/dev/cue-precision.ts
 */
import { splitOf } from '../../utils/eval/token-score';
import { flattenedPages } from '../lib/real-threads-eval';

const table = new Map<string, { right: number; all: number }>();
const totals = new Map<string, { right: number; all: number; links: number; wrongTop: number }>();
for (const ORDER of ['page', 'chronological'] as const) {
  for (const { name, flat, result: r } of flattenedPages(ORDER)) {
    const split = `${ORDER.slice(0, 5)} ${splitOf(name)}`;
    const tot = totals.get(split) ?? { right: 0, all: 0, links: 0, wrongTop: 0 };
    for (const c of r.comments) if (flat.truthParent.get(c.id)) tot.links++;
    totals.set(split, tot);
    for (const c of r.comments) {
      if (c.reply?.source !== 'inferred') continue;
      const key = `${split.padEnd(15)} ${c.reply.code ?? '?'}`;
      const t = table.get(key) ?? { right: 0, all: 0 };
      const right = flat.truthParent.get(c.id) === c.parentId;
      t.all++;
      tot.all++;
      if (right) {
        t.right++;
        tot.right++;
      }
      // A wrong link of a comment the page shows at top level (on pages that nest only some
      // replies, such a comment may still quote or address another: see scripts/dev/cue-errors.ts).
      else if (!flat.truthParent.get(c.id)) tot.wrongTop++;
      table.set(key, t);
    }
  }
}
for (const [k, t] of [...table].sort()) console.log(`${k.padEnd(40)} ${String(t.right).padStart(4)} / ${String(t.all).padStart(4)}  P ${(t.right / t.all).toFixed(2)}`);
for (const [k, t] of totals) console.log(`${k.padEnd(15)} all cues: P ${(t.right / t.all).toFixed(2)} R ${(t.right / t.links).toFixed(2)} (${t.right} right of ${t.all}; ${t.links} links; wrong: ${t.wrongTop} link a top-level comment, ${t.all - t.right - t.wrongTop} pick the wrong parent)`);
