/**
 * Dev loop only: per page of the TUNE half of both corpora, the comment times as read that have
 * no digit (a time in words, or something else taken for the time), with examples. Never prints
 * the held-out half.   npx tsx scripts/dev/time-fields.ts
 */
import { splitOf } from '../../utils/eval/token-score';
import { cachedExtraction, pageNames } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';

let times = 0;
for (const [corpus, dir] of [['corpus', CORPUS_DIR], ['dragnet', DRAGNET_DIR]] as const) {
  for (const name of pageNames(dir)) {
    if (splitOf(name) !== 'tune') continue;
    const wordy = new Map<string, number>();
    for (const c of cachedExtraction(corpus, dir, name).comments) {
      if (!c.time) continue;
      times++;
      if (!/\d/.test(c.time)) wordy.set(c.time.slice(0, 40), (wordy.get(c.time.slice(0, 40)) ?? 0) + 1);
    }
    if (wordy.size > 0) console.log(`${corpus}/${name}: ${[...wordy].map(([t, n]) => `${n}× ${t}`).join(' | ')}`);
  }
}
console.log(`${times} comment times read on the tune half`);
