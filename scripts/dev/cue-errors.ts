/**
 * Dev loop only: the inferred reply links of one cue on the TUNE half of the flattened threaded
 * pages (page order), right and wrong, with the comment, the parent picked and the page's parent,
 * to see what separates them. Never prints the held-out half.
 *   npx tsx scripts/dev/cue-errors.ts reply_cue_shares_words [--wrong]
 */
import { flattenedPages } from '../lib/real-threads-eval';

const code = process.argv[2] ?? 'reply_cue_shares_words';
const wrongOnly = process.argv.includes('--wrong');
const cut = (s: string | undefined, n = 110): string => (s ?? '(top level)').replace(/\s+/g, ' ').slice(0, n);
const order = process.argv.includes('--chron') ? 'chronological' : 'page';
const only = process.argv.find((a) => a.startsWith('--page='))?.slice(7);
for (const { name, flat, result: r } of flattenedPages(order, 'tune')) {
  if (only && name !== only) continue;
  const idx = new Map(r.comments.map((c, i) => [c.id, i]));
  const text = new Map(flat.extraction.comments.map((c) => [c.id, `${c.author ?? '?'}| ${c.text}`]));
  for (const c of r.comments) {
    if (c.reply?.source !== 'inferred' || c.reply.code !== code) continue;
    const truth = flat.truthParent.get(c.id) ?? null;
    const ok = truth === c.parentId;
    if (wrongOnly && ok) continue;
    const i = idx.get(c.id) ?? 0;
    const d = (id: string | null): string => (id === null ? '-' : String(i - (idx.get(id) ?? 0)));
    console.log(`${ok ? 'ok ' : 'BAD'} ${name} #${i} cue “${c.reply.cue}” picked −${d(c.parentId)} truth −${d(truth)}`);
    console.log(`    me:     ${cut(text.get(c.id))}`);
    console.log(`    picked: ${cut(text.get(c.parentId ?? ''))}`);
    if (!ok) console.log(`    truth:  ${cut(truth ? text.get(truth) : undefined)}`);
  }
}
