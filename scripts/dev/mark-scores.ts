/**
 * Dev loop only: every off-topic mark on the hand-written labelled threads (seeds/threads) and on
 * the TUNE half of the real labelled threads, with its code, score and whether the label agrees,
 * to see where a cut-off or a rule separates right marks from false ones. Never prints the
 * held-out half.   npx tsx scripts/dev/mark-scores.ts [--sensitivity normal]
 */
import { parseArgs } from 'node:util';
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { threadExtraction } from '../../utils/analysis/evaluate';
import { Sensitivity } from '../../utils/schema';
import { loadLabelledThreads, seedThread } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';

const { values } = parseArgs({ options: { sensitivity: { type: 'string', default: 'normal' } } });
const sensitivity = Sensitivity.parse(values.sensitivity);
const rows: { set: string; ok: string; code: string; score: number; text: string }[] = [];
for (const t of [...loadLabelledThreads(), seedThread()]) {
  const r = analyzeExtraction(threadExtraction(t), { sensitivity });
  for (const c of t.comments) {
    const got = r.comments.find((x) => x.id === c.id);
    const m = got?.marks.find((k) => k.kind === 'off-topic');
    const truth = c.label === 'off-topic';
    if (c.borderline || (!m && !truth)) continue;
    rows.push({ set: `hand ${t.id}`, ok: m ? (truth ? "tp" : "FP") : "fn", code: m?.code ?? "-", score: m?.score ?? 0, text: `${c.text.split(/\s+/).length}w ${c.text.slice(0, 60)}` });
  }
}
for (const { labels: t, extraction: ex, page } of tuneRealThreads()) {
  const r = analyzeExtraction(ex, { sensitivity });
  for (const c of page.thread.comments) {
    const got = r.comments.find((x) => x.id === c.id);
    const m = got?.marks.find((k) => k.kind === 'off-topic');
    const isOff = c.label === 'off-topic';
    if (c.borderline || (!m && !isOff)) continue;
    rows.push({ set: `real ${t.page}`, ok: m ? (isOff ? "tp" : "FP") : "fn", code: m?.code ?? "-", score: m?.score ?? 0, text: `${c.text.split(/\s+/).length}w ${c.text.slice(0, 90)}` });
  }
}
rows.sort((a, b) => a.code.localeCompare(b.code) || b.score - a.score);
for (const r of rows) console.log(`${r.ok.padEnd(3)} ${r.code.padEnd(34)} ${r.score.toFixed(2)}  ${r.set.padEnd(44)} ${r.text.replace(/\n/g, ' ')}`);
