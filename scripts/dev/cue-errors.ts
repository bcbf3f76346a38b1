/**
 * Dev loop only: the inferred reply links of one cue on the TUNE half of the flattened threaded
 * pages (page order), right and wrong, with the comment, the parent picked and the page's parent,
 * to see what separates them. Never prints the held-out half.
 *   npx tsx scripts/dev/cue-errors.ts reply_cue_shares_words [--wrong]
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { flattenExtraction } from '../../utils/eval/real-threads';
import { splitOf } from '../../utils/eval/token-score';
import { cachedExtraction, pageNames } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';
import { isThreaded, languageOf } from '../lib/real-threads-eval';

const code = process.argv[2] ?? 'reply_cue_shares_words';
const wrongOnly = process.argv.includes('--wrong');
const cut = (s: string | undefined, n = 110): string => (s ?? '(top level)').replace(/\s+/g, ' ').slice(0, n);
for (const [corpus, dir] of [['corpus', CORPUS_DIR], ['dragnet', DRAGNET_DIR]] as const) {
  for (const name of pageNames(dir)) {
    if (splitOf(name) !== 'tune') continue;
    const ex = cachedExtraction(corpus, dir, name);
    if (!isThreaded(ex)) continue;
    const parents = new Map(analyzeExtraction(ex, { sensitivity: 'normal' }).comments.map((c) => [c.id, c.parentId]));
    const flat = flattenExtraction(ex, parents, 'page', languageOf(ex));
    if (!flat) continue;
    const r = analyzeExtraction(flat.extraction, { sensitivity: 'normal' });
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
}
