/**
 * Dev loop only: the off-topic marks made by word overlap alone (no cue), with the comment's
 * content-term count and whether the label agrees, on the hand-written threads and the TUNE half
 * of the real threads: how many terms a comment needs before overlap alone can call it off topic.
 * Never prints the held-out half.   npx tsx scripts/dev/overlap-terms.ts
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { threadExtraction, type LabelledThread } from '../../utils/analysis/evaluate';
import { loadLabelledThreads, seedThread } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';
import type { Extraction } from '../../utils/schema';

const OVERLAP = /^offtopic_(no_shared_terms|minor_terms)_/;
const rows: { set: 'hand' | 'real'; ok: boolean; words: number; reply: boolean; code: string }[] = [];
const perThread: { set: string; id: string; n: number; marks: number; right: number }[] = [];
function collect(set: 'hand' | 'real', thread: LabelledThread, ex: Extraction): void {
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  const row = { set, id: thread.id, n: r.comments.length, marks: 0, right: 0 };
  perThread.push(row);
  for (const c of r.comments) {
    const m = c.marks.find((k) => k.kind === 'off-topic');
    if (!m || !OVERLAP.test(m.code)) continue;
    row.marks++;
    if (thread.comments.find((x) => x.id === c.id)?.label === 'off-topic') row.right++;
  }
  for (const c of thread.comments) {
    if (c.borderline) continue;
    const m = r.comments.find((x) => x.id === c.id)?.marks.find((k) => k.kind === 'off-topic');
    if (!m || !OVERLAP.test(m.code)) continue;
    rows.push({ set, ok: c.label === 'off-topic', words: c.text.split(/\s+/).filter(Boolean).length, reply: m.code.endsWith('_thread'), code: m.code });
  }
}
for (const t of [...loadLabelledThreads(), seedThread()]) collect('hand', t, threadExtraction(t));
for (const { extraction, page } of tuneRealThreads()) collect('real', page.thread, extraction);
for (const set of ['hand', 'real'] as const) for (const reply of [false, true]) {
  const of = rows.filter((r) => r.set === set && r.reply === reply);
  console.log(`${set} ${reply ? 'under a thread' : 'against the article'}: tp ${of.filter((r) => r.ok).length} fp ${of.filter((r) => !r.ok).length}; words of tp ${of.filter((r) => r.ok).map((r) => r.words).join(' ')}; of fp ${of.filter((r) => !r.ok).map((r) => r.words).join(' ')}`);
}
for (const min of [0, 8, 12, 16, 20, 25, 30]) {
  const line = (['hand', 'real'] as const).map((set) => {
    const kept = rows.filter((r) => r.set === set && r.words >= min);
    return `${set} tp ${kept.filter((r) => r.ok).length} fp ${kept.filter((r) => !r.ok).length}`;
  });
  console.log(`overlap marks on comments of ≥ ${String(min).padStart(2)} words: ${line.join('   ')}`);
}

// Per thread: share of its comments marked by overlap alone, and how many of those marks are right.
console.log('\nper thread: comments, overlap marks (right), share marked');
for (const p of perThread) console.log(`${p.set} ${p.id.padEnd(44)} ${String(p.n).padStart(3)}  ${p.marks} (${p.right})  ${(p.marks / p.n).toFixed(2)}`);
