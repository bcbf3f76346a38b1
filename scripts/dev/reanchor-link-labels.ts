/**
 * Dev loop only: after a change to the readers changes extracted texts (chrome lines dropped), the
 * link comments set's labels (seeds/real-threads/link-labels.json) still name the old index and
 * hash. Re-anchors them, labels unchanged:
 *   1. in a checkout of the old code:  npx tsx scripts/dev/reanchor-link-labels.ts --dump /tmp/old.json
 *   2. here, with the new code:         npx tsx scripts/dev/reanchor-link-labels.ts --apply /tmp/old.json
 * A label moves to the comment whose text is the old text or part of it (8 characters at least),
 * the same index first; it prints what was cut from each text, so a reviewer can see that only
 * furniture went. Then update link-labels.sha256.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { foldText, textHash } from '../../utils/eval/real-threads';
import { cachedExtraction } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';
import { LINK_LABELS_FILE, loadLinkLabels } from '../lib/link-labels';

const { values } = parseArgs({ options: { dump: { type: 'string' }, apply: { type: 'string' } } });
const dirOf = (corpus: 'corpus' | 'dragnet') => (corpus === 'corpus' ? CORPUS_DIR : DRAGNET_DIR);
const labels = loadLinkLabels();
if (values.dump) {
  const out: Record<string, string[]> = {};
  for (const l of labels.comments) out[`${l.corpus}:${l.page}`] ??= cachedExtraction(l.corpus, dirOf(l.corpus), l.page).comments.map((c) => c.text);
  writeFileSync(values.dump, JSON.stringify(out));
  console.log(`${Object.keys(out).length} pages -> ${values.dump}`);
} else if (values.apply) {
  const old = JSON.parse(readFileSync(values.apply, 'utf8')) as Record<string, string[]>;
  let moved = 0;
  const lost: string[] = [];
  labels.comments = labels.comments.flatMap((l) => {
    const ex = cachedExtraction(l.corpus, dirOf(l.corpus), l.page);
    const now = ex.comments[l.i];
    if (now && textHash(now.text) === l.hash) return [l];
    // Found by its hash at another place (a removed note dropped before it): the scorer finds it too.
    if (ex.comments.some((c) => textHash(c.text) === l.hash)) return [l];
    const was = old[`${l.corpus}:${l.page}`]?.[l.i];
    if (was === undefined || textHash(was) !== l.hash) throw new Error(`${l.page}#${l.i}: the old text is not in ${values.apply}`);
    const w = foldText(was);
    const candidates = ex.comments.map((c, j) => ({ j, t: foldText(c.text) })).filter((c) => c.t === w || (c.t.length >= 8 && w.includes(c.t)));
    const pick = candidates.length === 1 ? candidates[0] : candidates.find((c) => c.j === l.i);
    if (!pick) {
      lost.push(`${l.corpus}:${l.page}#${l.i}`);
      return [];
    }
    moved++;
    console.log(`${l.split} ${l.corpus}:${l.page}#${l.i} -> #${pick.j}; cut: ${JSON.stringify(w.replace(pick.t, '…').slice(0, 100))}`);
    return [{ ...l, i: pick.j, hash: textHash(ex.comments[pick.j]!.text) }];
  });
  writeFileSync(LINK_LABELS_FILE, `${JSON.stringify(labels, null, 1)}\n`);
  console.log(`${moved} labels re-anchored; ${lost.length} lost${lost.length ? `: ${lost.join(', ')}` : ''}`);
} else console.log('use --dump FILE (old code) or --apply FILE (new code)');
