/**
 * Dev loop only: the seed thread flattened chronologically, comment by comment: the page's parent,
 * the inferred one and its cue.   npx tsx scripts/dev/seed-flat.ts
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { flattenExtraction } from '../../utils/eval/real-threads';
import { extractPage } from '../lib/page-threads';
import { pageParents, SEED_PAGE_HTML } from '../lib/real-threads-eval';

const extraction = extractPage(SEED_PAGE_HTML, 'http://127.0.0.1/page.html');
const parents = pageParents(extraction);
for (const order of ['chronological', 'page'] as const) {
  const flat = flattenExtraction(extraction, parents, order);
  if (!flat) continue;
  const r = analyzeExtraction(flat.extraction, { sensitivity: 'normal' });
  console.log(`--- ${order}`);
  const idx = new Map(flat.extraction.comments.map((c, k) => [c.id, k]));
  for (const c of r.comments) {
    const src = flat.extraction.comments[idx.get(c.id) ?? 0];
    const truth = flat.truthParent.get(c.id) ?? null;
    const ok = truth === c.parentId ? 'ok ' : 'BAD';
    console.log(`${ok} #${idx.get(c.id)} ${src?.author} @${src?.time} truth=${truth ? idx.get(truth) : '-'} got=${c.parentId ? idx.get(c.parentId) : '-'} ${c.reply?.code ?? ''} | ${src?.text.slice(0, 110).replace(/\s+/g, ' ')}`);
  }
}
