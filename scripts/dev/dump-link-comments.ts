/**
 * Dev loop only: writes labelling sheets for the link-only set (seeds/real-threads/LABELLING.md,
 * "The link comments set"): every comment of both corpora, as the extension reads them (jsdom,
 * cached), that carries a link or URL-like text and has at most SELECT_MAX_WORDS words besides
 * its URLs. One sheet per page split (utils/eval/token-score.ts `splitOf`), outside the
 * repository (third-party text never goes into it). Labellers read the sheets and LABELLING.md,
 * never the analysis.   npx tsx scripts/dev/dump-link-comments.ts --out /tmp/link-sheets
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { textHash } from '../../utils/eval/real-threads';
import { splitOf } from '../../utils/eval/token-score';
import { cachedExtraction, pageNames } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';
import { LINK_SET_MAX_WORDS, linkSetCandidate } from '../lib/link-labels';

const { values } = parseArgs({ options: { out: { type: 'string', default: '/tmp/link-sheets' } } });
mkdirSync(values.out, { recursive: true });
const sheets: Record<string, string[]> = { tune: [], 'held-out': [] };
const counts: Record<string, number> = { tune: 0, 'held-out': 0 };
for (const [corpus, dir] of [['corpus', CORPUS_DIR], ['dragnet', DRAGNET_DIR]] as const) {
  for (const name of pageNames(dir)) {
    const split = splitOf(name);
    cachedExtraction(corpus, dir, name).comments.forEach((c, i) => {
      if (!linkSetCandidate(c)) return;
      counts[split]!++;
      sheets[split]!.push(`--- ${corpus} ${name} #${i} hash ${textHash(c.text)}`, c.text, `[links in the comment: ${c.links.map((l) => l.href).join(' ') || 'none'}]`, '');
    });
  }
}
for (const split of ['tune', 'held-out']) writeFileSync(resolve(values.out, `${split}.txt`), sheets[split]!.join('\n'));
console.log(`comments with a link and at most ${LINK_SET_MAX_WORDS} other words: tune ${counts.tune}, held-out ${counts['held-out']} -> ${values.out}`);
