/**
 * Dev loop only (prototype): could a small logistic model over features of each inferred link
 * tell right links from wrong ones? Features of the link's comment, its picked parent and the
 * page; labels from the flattened threaded pages of the TUNE half (page order), scored by
 * page-grouped cross-validation on that half. Never reads the held-out half.
 *   npx tsx scripts/dev/link-filter.ts [page|chronological]
 */
import { textHash } from '../../utils/eval/real-threads';
import { flattenedPages } from '../lib/real-threads-eval';

const ORDER = (process.argv[2] ?? 'page') as 'page' | 'chronological';
const CODES = [
  'reply_cue_quotes',
  'reply_cue_quotes_words',
  'reply_cue_addresses',
  'reply_cue_answers_back',
  'reply_cue_answers_question',
  'reply_cue_answers_comment',
  'reply_cue_shares_words',
  'reply_cue_own_addition',
];
const words = (s: string): string[] => (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

interface Row {
  page: string;
  x: number[];
  y: number;
}
const rows: Row[] = [];
const names: string[] = [];
for (const { name, flat, result: r } of flattenedPages(ORDER, 'tune')) {
  const idx = new Map(r.comments.map((c, i) => [c.id, i]));
  const art = new Set(words(`${flat.extraction.article?.title ?? ''} ${flat.extraction.article?.text ?? ''}`));
  const n = r.comments.length;
  const linked = r.comments.filter((c) => c.reply?.source === 'inferred').length;
  const seenAuthor = new Set<string>();
  const authorBefore: boolean[] = [];
  for (const c of r.comments) {
    const a = (c.author ?? '').trim().toLowerCase();
    authorBefore.push(!!a && seenAuthor.has(a));
    if (a) seenAuthor.add(a);
  }
  r.comments.forEach((c, i) => {
    if (c.reply?.source !== 'inferred' || !c.parentId) return;
    const p = idx.get(c.parentId) ?? 0;
    const parent = r.comments[p];
    const w = words(c.text);
    const pw = words(parent?.text ?? '');
    const artShare = w.length ? w.filter((t) => art.has(t)).length / w.length : 0;
    const pArtShare = pw.length ? pw.filter((t) => art.has(t)).length / pw.length : 0;
    const parentLinked = parent?.reply?.source === 'inferred' ? 1 : 0;
    const x = [
      ...CODES.map((k) => (c.reply?.code === k ? 1 : 0)),
      Math.log1p(w.length),
      Math.log1p(pw.length),
      Math.log(i - p),
      parentLinked,
      authorBefore[i] ? 1 : 0,
      artShare,
      pArtShare,
      /\?/.test(c.text) ? 1 : 0,
      /\?\s*$/.test(parent?.text ?? '') ? 1 : 0,
      Math.log1p(i),
      linked / n,
      /https?:|www\./.test(c.text) ? 1 : 0,
      i / n,
      Math.log1p(n),
    ];
    rows.push({ page: name, x, y: flat.truthParent.get(c.id) === c.parentId ? 1 : 0 });
  });
  names.push(name);
}
const FEATURES = [...CODES.map((k) => k.replace('reply_cue_', '')), 'lenI', 'lenP', 'dist', 'parentLinked', 'authorBefore', 'artShare', 'pArtShare', 'iQ', 'pQend', 'index', 'pageLinkRate', 'iLink', 'pos', 'pageSize'];

function fit(train: Row[], l2 = 1, iters = 3000, lr = 0.1): { w: number[]; mu: number[]; sd: number[] } {
  const d = FEATURES.length;
  const mu = Array.from({ length: d }, (_, k) => train.reduce((a, r) => a + (r.x[k] ?? 0), 0) / train.length);
  const sd = Array.from({ length: d }, (_, k) => Math.sqrt(train.reduce((a, r) => a + ((r.x[k] ?? 0) - (mu[k] ?? 0)) ** 2, 0) / train.length) || 1);
  const z = train.map((r) => r.x.map((v, k) => (v - (mu[k] ?? 0)) / (sd[k] ?? 1)));
  const w = new Array(d + 1).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = new Array(d + 1).fill(0);
    z.forEach((x, n) => {
      const s = w[d] + x.reduce((a, v, k) => a + v * w[k], 0);
      const e = 1 / (1 + Math.exp(-s)) - (train[n]?.y ?? 0);
      for (let k = 0; k < d; k++) g[k] += e * (x[k] ?? 0);
      g[d] += e;
    });
    for (let k = 0; k <= d; k++) w[k] -= lr * (g[k] / z.length + (k < d ? (l2 * w[k]) / z.length : 0));
  }
  return { w, mu, sd };
}
const predict = (m: { w: number[]; mu: number[]; sd: number[] }, x: number[]): number => {
  const d = FEATURES.length;
  const s = (m.w[d] ?? 0) + x.reduce((a, v, k) => a + ((v - (m.mu[k] ?? 0)) / (m.sd[k] ?? 1)) * (m.w[k] ?? 0), 0);
  return 1 / (1 + Math.exp(-s));
};

// Page-grouped 5-fold cross-validation on the tune half.
const FOLDS = 5;
const foldOf = (page: string): number => parseInt(textHash(page), 16) % FOLDS;
const scored: { p: number; y: number }[] = [];
for (let f = 0; f < FOLDS; f++) {
  const m = fit(rows.filter((r) => foldOf(r.page) !== f));
  for (const r of rows.filter((r) => foldOf(r.page) === f)) scored.push({ p: predict(m, r.x), y: r.y });
}
const right = rows.filter((r) => r.y).length;
console.log(`${ORDER} order, tune half: ${rows.length} inferred links on ${names.length} pages, ${right} right (P ${(right / rows.length).toFixed(2)})`);
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  const kept = scored.filter((s) => s.p >= t);
  const ok = kept.filter((s) => s.y).length;
  console.log(`  threshold ${t.toFixed(1)}: keep ${kept.length}, right ${ok}, P ${(ok / Math.max(1, kept.length)).toFixed(2)}, right links kept ${ok}/${right}`);
}
const all = fit(rows);
console.log('weights (standardised):');
FEATURES.forEach((f, k) => console.log(`  ${f.padEnd(18)} ${(all.w[k] ?? 0).toFixed(2)}`));
console.log(`  bias               ${(all.w[FEATURES.length] ?? 0).toFixed(2)}`);
