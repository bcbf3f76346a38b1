/**
 * Dev loop only (not part of `npm test`): the DOM readers under jsdom over the dragnet pages of
 * one split, scored with Dragnet's token measure. Faster than `npm run eval:corpus -- --set
 * dragnet` (no browser), less faithful (no layout, no scripts). Tune on `--split tune` only.
 *   npx tsx scripts/dev/dragnet-jsdom.ts [--split tune] [--only ID] [--show]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findComments } from '../../utils/extract/comments';
import { summariseTokenScores, tokenScore } from '../../utils/eval/token-score';
import { DRAGNET_DIR } from '../lib/paths';
import { dragnetPageNames } from '../lib/dragnet-eval';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'tune' }, only: { type: 'string' }, show: { type: 'boolean', default: false } } });
const names = dragnetPageNames(DRAGNET_DIR, values.only, values.split);
const rows = [];
for (const name of names) {
  const bytes = readFileSync(resolve(DRAGNET_DIR, 'pages', `${name}.html`));
  const truth = JSON.parse(readFileSync(resolve(DRAGNET_DIR, 'truth', `${name}.json`), 'utf8')) as { commentsText: string };
  const dom = new JSDOM(bytes, { url: `http://127.0.0.1/${name}.html`, virtualConsole: new VirtualConsole() });
  const found = findComments(dom.window.document, { budgetMs: 60_000 });
  const text = found.comments.map((c) => [c.author ?? '', c.time ?? '', c.text].join('\n')).join('\n\n');
  const s = tokenScore(text, truth.commentsText);
  rows.push(s);
  console.log(`${name.padEnd(6)} ${String(found.comments.length).padStart(4)} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}  ${found.platform ?? '-'}`);
  if (values.show) for (const c of found.candidates) console.log(`   candidate ${c.platform} n=${c.count} score ${c.score.toFixed(2)} ${JSON.stringify(Object.fromEntries(Object.entries(c.evidence).map(([k, v]) => [k, Math.round(v * 100) / 100])))}`);
  if (values.show) for (const c of found.comments.slice(0, 5)) console.log(`   [${c.author}] [${c.time}] ${c.text.slice(0, 150).replace(/\n/g, ' / ')}`);
  dom.window.close();
}
const s = summariseTokenScores(rows);
console.log(`${values.split}: ${s.pages} pages; micro P ${s.micro.precision.toFixed(3)} R ${s.micro.recall.toFixed(3)} F1 ${s.micro.f1.toFixed(3)}; macro F1 ${s.macroF1.toFixed(3)}; nothing ${s.nothingFound}; F1>=0.8 ${s.atLeast08}`);
