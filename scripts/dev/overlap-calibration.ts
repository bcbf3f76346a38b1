/**
 * Dev loop only: per thread of the TUNE halves (blind hand threads, real threads), how many
 * comments the overlap judge marks and how many of those marks are right, beside the share of
 * judged comments it marks, to see whether a thread's own mark rate says how far to trust its
 * overlap marks. Never prints the held-out halves.   npx tsx scripts/dev/overlap-calibration.ts
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { threadExtraction } from '../../utils/analysis/evaluate';
import { splitOf } from '../../utils/eval/token-score';
import type { Extraction } from '../../utils/schema';
import { loadLabelledThreads } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';

const OVERLAP = /^offtopic_(no_shared_terms|minor_terms|stray_word)/;
interface Row { set: string; id: string; n: number; truthOff: number; overlap: { score: number; right: boolean; words: number }[]; other: { right: number; wrong: number } }
const rows: Row[] = [];
function collect(set: string, id: string, ex: Extraction, labels: Map<string, { off: boolean; borderline: boolean }>): void {
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  const row: Row = { set, id, n: 0, truthOff: 0, overlap: [], other: { right: 0, wrong: 0 } };
  for (const c of r.comments) {
    const l = labels.get(c.id);
    if (!l || l.borderline) continue;
    row.n++;
    if (l.off) row.truthOff++;
    const m = c.marks.find((k) => k.kind === 'off-topic');
    if (!m) continue;
    const words = (ex.comments.find((x) => x.id === c.id)?.text ?? '').split(/\s+/).length;
    if (OVERLAP.test(m.code)) row.overlap.push({ score: m.score, right: l.off, words });
    else if (l.off) row.other.right++;
    else row.other.wrong++;
  }
  rows.push(row);
}
for (const t of loadLabelledThreads('seeds/threads-blind')) {
  if (splitOf(t.id) !== 'tune') continue;
  const labels = new Map(t.comments.map((c) => [c.id, { off: c.label === 'off-topic', borderline: !!c.borderline }]));
  collect('blind', t.id, threadExtraction(t), labels);
}
for (const { labels: t, extraction, page } of tuneRealThreads()) {
  const labels = new Map(page.thread.comments.map((c) => [c.id, { off: c.label === 'off-topic', borderline: !!c.borderline }]));
  collect('real', t.page, extraction, labels);
}
rows.sort((a, b) => b.overlap.length / Math.max(1, b.n) - a.overlap.length / Math.max(1, a.n));
for (const r of rows) {
  const right = r.overlap.filter((o) => o.right).length;
  console.log(`${r.set.padEnd(5)} ${r.id.slice(0, 34).padEnd(34)} n ${String(r.n).padStart(3)} off ${String(r.truthOff).padStart(2)} overlap ${String(r.overlap.length).padStart(2)} (${(r.overlap.length / Math.max(1, r.n)).toFixed(2)}) right ${right}  other ${r.other.right}/${r.other.wrong}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
