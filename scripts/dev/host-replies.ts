/**
 * Dev loop only: on the TUNE half of the flattened threaded pages (page order), how often a
 * comment by the section's most frequent author answers the comment right above it, against
 * everyone else. Never prints the held-out half.   npx tsx scripts/dev/host-replies.ts
 */
import { flattenedPages } from '../lib/real-threads-eval';

const order = (process.argv[2] ?? 'page') as 'page' | 'chronological';
const rows: Record<string, { n: number; reply: number; above: number; inferred: number; inferredRight: number }> = {};
const add = (k: string, isReply: boolean, isAbove: boolean, inf: boolean, infRight: boolean) => {
  const r = (rows[k] ??= { n: 0, reply: 0, above: 0, inferred: 0, inferredRight: 0 });
  r.n++; if (isReply) r.reply++; if (isAbove) r.above++; if (inf) r.inferred++; if (infRight) r.inferredRight++;
};
let pages = 0;
for (const { flat, result: r } of flattenedPages(order, 'tune')) {
  pages++;
  const cs = flat.extraction.comments;
  const counts = new Map<string, number>();
  for (const c of cs) { const a = (c.author ?? '').trim().toLowerCase(); if (a) counts.set(a, (counts.get(a) ?? 0) + 1); }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  const host = top && top[1] >= 3 && top[1] >= cs.length * 0.1 ? top[0] : '';
  cs.forEach((c, i) => {
    const a = (c.author ?? '').trim().toLowerCase();
    const truth = flat.truthParent.get(c.id) ?? null;
    const above = i > 0 ? cs[i - 1]!.id : null;
    const aboveAuthor = i > 0 ? (cs[i - 1]!.author ?? '').trim().toLowerCase() : '';
    const got = r.comments[i];
    const inf = got?.reply?.source === 'inferred';
    const key = !host ? 'no host' : a === host ? (aboveAuthor === host ? 'host after host' : 'host after other') : aboveAuthor === host ? 'other after host' : 'other after other';
    add(key, truth !== null, truth !== null && truth === above, inf, inf && got?.parentId === truth);
  });
}
console.log(`${order} order, tune half, ${pages} pages`);
for (const [k, r] of Object.entries(rows)) console.log(`${k.padEnd(18)} n ${String(r.n).padStart(5)}  replies ${String(r.reply).padStart(4)}  parent=above ${String(r.above).padStart(4)} (${(r.above / r.n).toFixed(2)})  inferred ${r.inferred} right ${r.inferredRight}`);
