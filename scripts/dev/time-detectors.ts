/** Dev only: how long each detector takes on one saved page under jsdom. npx tsx scripts/dev/time-detectors.ts FILE */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { DETECTORS } from '../../utils/extract/platforms';
import { findComments } from '../../utils/extract/comments';
const doc = new JSDOM(readFileSync(process.argv[2]!), { virtualConsole: new VirtualConsole() }).window.document;
for (const d of DETECTORS) {
  const t = performance.now();
  let n = 0;
  try { n = d.detect(doc)?.length ?? 0; } catch (e) { n = -1; }
  console.log(d.name.padEnd(12), (performance.now() - t).toFixed(0).padStart(6), 'ms', n);
}
const t = performance.now();
const f = findComments(doc, { budgetMs: 60_000 });
console.log('findComments', (performance.now() - t).toFixed(0), 'ms', f.platform, f.comments.length, JSON.stringify(f.candidates.map((c) => [c.platform, c.count, +c.score.toFixed(2)])));
