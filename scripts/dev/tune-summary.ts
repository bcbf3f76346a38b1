/**
 * Dev loop only: the TUNE half's off-topic and link-only figures of the real labelled threads and
 * the hand threads' F1, at each sensitivity, without printing the held-out half (eval:analysis
 * prints both side by side).   npx tsx scripts/dev/tune-summary.ts
 */
import { addCounts, rates } from '../../utils/analysis/evaluate';
import { evaluateThreads, loadLabelledThreads } from '../eval-analysis';
import { evaluateRealThreads, halfScore, prfCounts } from '../lib/real-threads-eval';

for (const sensitivity of ['lenient', 'normal', 'strict'] as const) {
  const real = evaluateRealThreads(sensitivity);
  if (!real) throw new Error('../shared/corpus is missing');
  const tune = halfScore(real, 'tune');
  const hand = evaluateThreads(loadLabelledThreads(), sensitivity).reduce((a, s) => addCounts(a, s.offTopic), { tp: 0, fp: 0, fn: 0 });
  console.log(`${sensitivity.padEnd(8)} tune (${tune.threads} threads, ${tune.comments}) off-topic ${prfCounts(tune.offTopic)}  link-only ${prfCounts(tune.linkOnly)}  | hand off-topic F1 ${rates(hand).f1.toFixed(2)}`);
}
