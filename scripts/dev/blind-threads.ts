/**
 * Dev loop only: scores labelled threads in the format of seeds/threads kept in any folder (e.g.
 * threads a helper session wrote without seeing the code, before they join seeds/threads-blind),
 * to take blind figures: per thread, each half by `splitOf` and all together, as eval:analysis
 * prints the blind set. `--errors` lists every wrong mark and link of the TUNE half only (of the
 * held-out half with `--errors=held-out`, for reading after the figures are taken).
 *   npx tsx scripts/dev/blind-threads.ts seeds/threads-blind [--errors[=held-out]]
 */
import { splitOf } from '../../utils/eval/token-score';
import { evaluateThreads, loadLabelledThreads, printBlindThreads } from '../eval-analysis';

const dir = process.argv[2];
if (!dir) throw new Error('usage: blind-threads.ts DIR [--errors[=held-out]]');
const errorsOf = process.argv.includes('--errors=held-out') ? 'held-out' : process.argv.includes('--errors') ? 'tune' : null;
const scores = evaluateThreads(loadLabelledThreads(dir), 'normal');
printBlindThreads(scores, dir);
for (const s of scores) {
  if (splitOf(s.id) !== errorsOf || s.errors.length === 0) continue;
  console.log(`\n${s.id}`);
  for (const e of s.errors) console.log(`  ${e}`);
}
