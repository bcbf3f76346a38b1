/**
 * Dev loop only: the cue probes (seeds/cue-probes/<dir>, see its README) through the whole
 * analysis: found per language and kind, and with --misses every item not found.
 *   npx tsx scripts/dev/cue-probe.ts seeds/cue-probes/tune-26 [--misses]
 */
import { scoreCueProbes } from '../../tests/unit/analysis/cue-probes';

const dir = process.argv[2] ?? 'seeds/cue-probes/tune-26';
const misses = process.argv.includes('--misses');
const result = scoreCueProbes(dir);
for (const item of result.items) {
  if (misses && !item.found) console.log(`MISS ${item.lang} ${item.kind}: ${item.text.slice(0, 150).replace(/\n/g, ' ')}  [${item.mark ?? ''}]`);
  else if (misses && item.overlapMark) console.log(`   (overlap mark on a look-alike, ${item.lang}: ${item.overlapMark}: ${item.text.slice(0, 80)})`);
}
for (const [key, { found, all }] of result.byKey) console.log(`${key.padEnd(28)} ${found} / ${all}`);
const kinds = new Map<string, { found: number; all: number }>();
for (const [key, t] of result.byKey) {
  const kind = key.split(' ')[1] ?? '';
  const k = kinds.get(kind) ?? { found: 0, all: 0 };
  k.found += t.found;
  k.all += t.all;
  kinds.set(kind, k);
}
for (const [kind, { found, all }] of kinds) console.log(`all ${kind.padEnd(24)} ${found} / ${all}`);
