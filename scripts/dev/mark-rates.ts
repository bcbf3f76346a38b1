/**
 * Dev loop only: share of comments marked off-topic per page over the corpora (no labels needed):
 * pages where most comments are marked point at a systematic failure (wrong article, wrong
 * language, extraction noise). Tune split only unless --split held-out.
 *   npx tsx scripts/dev/mark-rates.ts [--split tune] [--top 25]
 */
import { parseArgs } from 'node:util';
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { splitOf } from '../../utils/eval/token-score';
import { cachedExtraction, pageNames } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'tune' }, top: { type: 'string', default: '25' } } });
const rows: { name: string; n: number; marked: number; codes: Map<string, number>; lang: string; article: number }[] = [];
for (const [corpus, dir] of [['corpus', CORPUS_DIR], ['dragnet', DRAGNET_DIR]] as const) {
  for (const name of pageNames(dir)) {
    if (splitOf(name) !== values.split) continue;
    const ex = cachedExtraction(corpus, dir, name);
    if (ex.comments.length < 3) continue;
    const r = analyzeExtraction(ex, { sensitivity: 'normal' });
    const codes = new Map<string, number>();
    let marked = 0;
    for (const c of r.comments) {
      const m = c.marks.find((k) => k.kind === 'off-topic');
      if (!m) continue;
      marked++;
      codes.set(m.code, (codes.get(m.code) ?? 0) + 1);
    }
    rows.push({ name: `${corpus}/${name}`, n: r.comments.length, marked, codes, lang: r.article?.lang ?? '?', article: r.article?.wordCount ?? 0 });
  }
}
rows.sort((a, b) => b.marked / b.n - a.marked / a.n);
const total = rows.reduce((s, r) => s + r.n, 0);
const marked = rows.reduce((s, r) => s + r.marked, 0);
console.log(`${values.split}: ${rows.length} pages, ${total} comments, ${marked} marked off-topic (${((100 * marked) / total).toFixed(1)}%)`);
for (const r of rows.slice(0, Number(values.top))) {
  console.log(`${r.name.padEnd(48)} ${String(r.marked).padStart(4)}/${String(r.n).padEnd(4)} ${((100 * r.marked) / r.n).toFixed(0).padStart(3)}%  ${r.lang} art ${r.article}w  ${[...r.codes].map(([k, v]) => `${k.replace('offtopic_', '')}:${v}`).join(' ')}`);
}
