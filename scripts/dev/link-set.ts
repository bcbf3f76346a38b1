/**
 * Dev loop only: the link comments set alone (seeds/real-threads/link-labels.json), both halves'
 * totals, and for the TUNE half every wrong call with its text. Never prints held-out comments.
 *   npx tsx scripts/dev/link-set.ts
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { rates } from '../../utils/analysis/evaluate';
import type { Extraction } from '../../utils/schema';
import { cachedExtraction } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';
import { evaluateLinkSet, linkSetHalf, loadLinkLabels } from '../lib/link-labels';

const scores = evaluateLinkSet('normal') ?? [];
for (const split of ['tune', 'held-out'] as const) {
  const h = linkSetHalf(scores, split);
  const r = rates(h.counts);
  console.log(`${split.padEnd(9)} ${h.pages} pages, ${h.labelled} comments, ${h.positives} link-only: P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F1 ${r.f1.toFixed(2)} (tp ${h.counts.tp} fp ${h.counts.fp} fn ${h.counts.fn})`);
}
console.log(`hash mismatches: ${scores.reduce((n, s) => n + s.hashMismatches, 0)}`);
// Per page: its extraction and the ids the analysis marked link-only (each page analysed once).
const pages = new Map<string, { ex: Extraction; linkOnly: Set<string> }>();
for (const label of loadLinkLabels().comments) {
  if (label.split !== 'tune' || label.borderline) continue;
  const key = `${label.corpus}:${label.page}`;
  let page = pages.get(key);
  if (!page) {
    const ex = cachedExtraction(label.corpus, label.corpus === 'corpus' ? CORPUS_DIR : DRAGNET_DIR, label.page);
    const marked = analyzeExtraction(ex, { sensitivity: 'normal' }).comments.filter((x) => x.marks.some((m) => m.kind === 'link-only'));
    pages.set(key, (page = { ex, linkOnly: new Set(marked.map((x) => x.id)) }));
  }
  const { ex } = page;
  const c = ex.comments[label.i];
  if (!c) continue;
  const marked = page.linkOnly.has(c.id);
  if (marked !== label.linkOnly) console.log(`${marked ? 'FP' : 'FN'} ${label.corpus}:${label.page} #${label.i} | ${c.text.slice(0, 120).replace(/\n/g, ' ')} | links ${c.links.map((l) => l.href).join(' ').slice(0, 120)}`);
}
