/**
 * Language detection accuracy on real text, read at run time from the shared corpora (never
 * copied here): the article snippet and every comment of ../shared/corpus (labelled with the
 * page's language in its truth file), and the article text of ../shared/corpus-dragnet (English
 * pages crawled in 2012; a page whose text is in another language is labelled by
 * `--dragnet-labels FILE`, a JSON object id → language, when given). Prints accuracy per set
 * and per text length, and the texts it got wrong (id and lengths only, no corpus text).
 *
 *   npx tsx scripts/eval-language.ts [--resolve] [--corpus DIR] [--dragnet DIR] [--dragnet-labels FILE]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectTextLanguage, resolveLanguage } from '../utils/text/language';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = resolve(import.meta.dirname, '..');
const corpusDir = resolve(root, option('--corpus', '../shared/corpus'));
const dragnetDir = resolve(root, option('--dragnet', '../shared/corpus-dragnet'));
const labelsFile = args.includes('--dragnet-labels') ? option('--dragnet-labels', '') : '';
const dragnetLabels: Record<string, string> = labelsFile ? JSON.parse(readFileSync(labelsFile, 'utf8')) : {};

interface Sample { set: string; id: string; lang: string; text: string }

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const samples: Sample[] = [];
if (existsSync(resolve(corpusDir, 'truth'))) {
  for (const file of readdirSync(resolve(corpusDir, 'truth')).filter((f) => f.endsWith('.json')).sort()) {
    const truth = readJson(resolve(corpusDir, 'truth', file));
    const lang = String(truth.lang ?? '');
    const id = file.replace(/\.json$/, '');
    if (typeof truth.articleSnippet === 'string' && truth.articleSnippet) samples.push({ set: 'corpus article', id, lang, text: truth.articleSnippet });
    const comments = Array.isArray(truth.comments) ? (truth.comments as unknown[]) : [];
    comments.forEach((c, i) => {
      if (typeof c === 'string') samples.push({ set: 'corpus comment', id: `${id}#${i}`, lang, text: c });
    });
  }
} else console.log(`no corpus at ${corpusDir}: skipped`);
if (existsSync(resolve(dragnetDir, 'truth'))) {
  for (const file of readdirSync(resolve(dragnetDir, 'truth')).filter((f) => f.endsWith('.json')).sort()) {
    const truth = readJson(resolve(dragnetDir, 'truth', file));
    const id = file.replace(/\.json$/, '');
    if (typeof truth.articleText === 'string') samples.push({ set: 'dragnet article', id, lang: dragnetLabels[id] ?? 'en', text: truth.articleText });
  }
} else console.log(`no corpus at ${dragnetDir}: skipped`);

const mode = args.includes('--resolve') ? 'resolve' : 'detect';
/**
 * `detect`: the detector's own answer (null = undecided, counted wrong). `--resolve`: what the
 * analysis uses for a page without a language tag (undecided falls back to English).
 */
const rows = samples.map((s) => ({ ...s, got: mode === 'resolve' ? resolveLanguage(null, s.text) : detectTextLanguage(s.text) }));
console.log(mode === 'resolve' ? 'resolveLanguage(no page tag, text):' : 'detector alone (undecided counts as wrong):');
const bands: Array<[string, (n: number) => boolean]> = [
  ['< 40 chars', (n) => n < 40],
  ['40-199', (n) => n >= 40 && n < 200],
  ['200+', (n) => n >= 200],
];
for (const set of [...new Set(rows.map((r) => r.set))]) {
  const inSet = rows.filter((r) => r.set === set);
  const parts = bands.map(([name, test]) => {
    const band = inSet.filter((r) => test(r.text.trim().length));
    const right = band.filter((r) => r.got === r.lang).length;
    const undecided = band.filter((r) => r.got === null).length;
    return `${name}: ${right}/${band.length} right, ${undecided} undecided`;
  });
  const decided = inSet.filter((r) => r.text.trim().length >= 40);
  const right = decided.filter((r) => r.got === r.lang).length;
  console.log(`${set.padEnd(16)} ≥40 chars: ${right}/${decided.length} (${((100 * right) / Math.max(1, decided.length)).toFixed(1)}%)   ${parts.join('; ')}`);
}
const wrong = rows.filter((r) => r.text.trim().length >= 40 && r.got !== r.lang);
console.log(`wrong (≥40 chars): ${wrong.map((r) => `${r.id} ${r.lang}→${r.got ?? 'undecided'} (${r.text.length})`).join(', ') || 'none'}`);
