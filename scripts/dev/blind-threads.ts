/**
 * Dev loop only: scores hand-written labelled threads kept outside the repository (a folder in
 * the format of seeds/threads, e.g. threads a helper session wrote without seeing the code), to
 * take blind figures before they join seeds/threads. Prints each thread's off-topic and
 * link-only P/R/F1, flat threads' reply recovery, the totals, and with --errors every wrong mark.
 *   npx tsx scripts/dev/blind-threads.ts /work/blind-threads [--errors] [--split tune|held-out]
 */
import { addCounts, rates, type Counts } from '../../utils/analysis/evaluate';
import { splitOf } from '../../utils/eval/token-score';
import { evaluateThreads, loadLabelledThreads } from '../eval-analysis';

const dir = process.argv[2];
if (!dir) throw new Error('usage: blind-threads.ts DIR [--errors] [--split tune|held-out]');
const showErrors = process.argv.includes('--errors');
const splitArg = process.argv[process.argv.indexOf('--split') + 1];
const only = process.argv.includes('--split') ? splitArg : null;
const threads = loadLabelledThreads(dir).filter((t) => !only || splitOf(t.id) === only);
const f = (c: Counts): string => {
  const r = rates(c);
  return `${r.precision.toFixed(2)} ${r.recall.toFixed(2)} ${r.f1.toFixed(2)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
let off: Counts = { tp: 0, fp: 0, fn: 0 };
let link: Counts = { tp: 0, fp: 0, fn: 0 };
let cued = 0, recovered = 0, inferred = 0, wrong = 0;
for (const s of evaluateThreads(threads, 'normal')) {
  off = addCounts(off, s.offTopic);
  link = addCounts(link, s.linkOnly);
  const r = s.replies;
  if (r) {
    cued += r.cued;
    recovered += r.recoveredCued;
    inferred += r.inferred;
    wrong += r.wrong;
  }
  console.log(`${s.id.padEnd(40)} ${splitOf(s.id).padEnd(8)} ${String(s.comments).padStart(3)}  off ${f(s.offTopic)}  link ${f(s.linkOnly)}${r ? `  replies ${r.recoveredCued}/${r.cued} cued, wrong ${r.wrong}/${r.inferred}` : ''}`);
  if (showErrors) for (const e of s.errors) console.log(`    ${e}`);
}
console.log(`TOTAL ${threads.length} threads  off-topic ${f(off)}  link-only ${f(link)}  replies ${recovered}/${cued} cued, wrong ${wrong}/${inferred}`);
