/**
 * Dev loop only: writes a labelling sheet for real threads, as the extension reads them (jsdom,
 * cached): the article's title, language and opening, then every comment in extraction order with
 * its index, hash (`textHash`), the comment it answers and its full text. Sheets go to a directory
 * outside the repository (third-party text never goes into it). Labellers read the sheets and
 * LABELLING.md, never the analysis.
 *
 *   npx tsx scripts/dev/dump-thread.ts --out /tmp/sheets corpus:NAME dragnet:ID …
 *   npx tsx scripts/dev/dump-thread.ts --out /tmp/sheets --pick-dragnet 20
 *
 * `--pick-dragnet N` takes the first N dragnet pages with 10 to 30 extracted comments (`--min`,
 * `--max` change the range), in the order of the FNV-1a hash of their name (the figures never
 * choose a page).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { textHash } from '../../utils/eval/real-threads';
import { cachedExtraction, pageNames } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';
import { labelledTexts, languageOf } from '../lib/real-threads-eval';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: '/tmp/sheets' }, 'pick-dragnet': { type: 'string' }, 'skip': { type: 'string', default: '' },
    min: { type: 'string', default: '10' }, max: { type: 'string', default: '30' } },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const targets: { corpus: 'corpus' | 'dragnet'; name: string }[] = positionals.map((p) => {
  const [corpus, name] = p.split(':') as ['corpus' | 'dragnet', string];
  return { corpus, name };
});
if (values['pick-dragnet']) {
  const picked = pageNames(DRAGNET_DIR)
    .filter((n) => !skip.has(n))
    .map((n) => ({ n, k: textHash(n), count: cachedExtraction('dragnet', DRAGNET_DIR, n).comments.length }))
    .filter((x) => x.count >= Number(values.min) && x.count <= Number(values.max))
    .sort((a, b) => a.k.localeCompare(b.k))
    .slice(0, Number(values['pick-dragnet']));
  targets.push(...picked.map((x) => ({ corpus: 'dragnet' as const, name: x.n })));
}
mkdirSync(values.out, { recursive: true });
for (const t of targets) {
  const dir = t.corpus === 'corpus' ? CORPUS_DIR : DRAGNET_DIR;
  const ex = cachedExtraction(t.corpus, dir, t.name);
  // Corpus pages are labelled in the truth order, dragnet pages in the extraction order.
  const texts = labelledTexts(t.corpus, t.name, dir, ex);
  const byId = new Map(ex.comments.map((c, i) => [c.id, i]));
  const lines = [
    `PAGE ${t.corpus}:${t.name}`,
    `LANG ${languageOf(ex)}`,
    `TITLE ${ex.article?.title ?? ''}`,
    `ARTICLE (first 2500 characters)`,
    (ex.article?.text ?? '').slice(0, 2500),
    '',
    `COMMENTS (${texts.length})`,
  ];
  texts.forEach((text, i) => {
    const c = t.corpus === 'dragnet' ? ex.comments[i] : ex.comments.find((x) => x.text.trim() === text.trim());
    const parent = c?.parentId ? byId.get(c.parentId) : undefined;
    const level = c?.level ?? null;
    lines.push(`--- #${i} hash ${textHash(text)} author ${c?.author ?? '?'}${parent !== undefined ? ` replies-to #${parent}` : ''}${level ? ` level ${level}` : ''}`);
    lines.push(text);
  });
  writeFileSync(resolve(values.out, `${t.corpus}-${t.name}.txt`), lines.join('\n') + '\n');
  console.log(`${t.corpus}:${t.name}\t${texts.length} comments`);
}
