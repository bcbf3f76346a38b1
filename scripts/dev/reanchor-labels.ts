/**
 * Dev loop only: after a change to the readers changes extracted texts (chrome lines or signatures
 * dropped), labels that name a comment by the extension's own extraction still name the old index
 * and hash: the link comments set (seeds/real-threads/link-labels.json) and the dragnet threads of
 * the real labelled threads (seeds/real-threads/labels.json; corpus threads name the truth file's
 * comments, which no reader change touches). Re-anchors them, labels unchanged:
 *   1. in a checkout of the old code:  npx tsx scripts/dev/reanchor-labels.ts --dump /tmp/old.json
 *   2. here, with the new code:         npx tsx scripts/dev/reanchor-labels.ts --apply /tmp/old.json [--same-index T49,T54]
 * A label moves to the comment whose text is the old text or part of it (8 characters at least),
 * the same index first; it prints what was cut from each text, so a reviewer can see that only
 * furniture went. Then update link-labels.sha256 and labels.sha256.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { foldText, textHash } from '../../utils/eval/real-threads';
import { cachedExtraction } from '../lib/page-threads';
import { CORPUS_DIR, DRAGNET_DIR } from '../lib/paths';
import { LINK_LABELS_FILE, loadLinkLabels } from '../lib/link-labels';
import { REAL_THREADS_DIR, loadRealLabels } from '../lib/real-threads-eval';

const { values } = parseArgs({ options: { dump: { type: 'string' }, apply: { type: 'string' }, 'same-index': { type: 'string' } } });
/**
 * Pages (comma-separated) whose comments the change kept, in the same order, with the same ids (a
 * new reader that adds words the old one lost, e.g. a title line): labels stay at their index.
 */
const sameIndex = new Set((values['same-index'] ?? '').split(',').filter(Boolean));
/** A label that says the comment had no words of its own when labelled: it does not describe words found later. */
const NO_CONTENT_NOTE = /empty text|no content|only chrome/i;
type Corpus = 'corpus' | 'dragnet';
const dirOf = (corpus: Corpus) => (corpus === 'corpus' ? CORPUS_DIR : DRAGNET_DIR);
const REAL_LABELS_FILE = resolve(REAL_THREADS_DIR, 'labels.json');
const links = loadLinkLabels();
loadRealLabels(); // validates
/** Read raw, so that the file is written back with its keys as they were. */
const real = JSON.parse(readFileSync(REAL_LABELS_FILE, 'utf8')) as ReturnType<typeof loadRealLabels>;
/** Every page whose labels name extracted texts. */
const pages = new Set<string>([
  ...links.comments.map((l) => `${l.corpus}:${l.page}`),
  ...real.threads.filter((t) => t.corpus === 'dragnet').map((t) => `dragnet:${t.page}`),
]);
/** Each page's extracted texts, read once (a page has up to hundreds of labels). */
const texts = new Map<string, string[]>();
const textsOf = (key: string): string[] => {
  let found = texts.get(key);
  if (!found) {
    const [corpus, page] = key.split(':') as [Corpus, string];
    found = cachedExtraction(corpus, dirOf(corpus), page).comments.map((c) => c.text);
    texts.set(key, found);
  }
  return found;
};

interface Anchored {
  i: number;
  hash: string;
  note?: string;
}

/** The label moved to the new text of its comment, or null when no text holds it any more. */
function reanchor<T extends Anchored>(l: T, key: string, old: Record<string, string[]>, tag: string): T | null {
  const now = textsOf(key);
  if (now[l.i] !== undefined && textHash(now[l.i]!) === l.hash) return l;
  // Found by its hash at another place (a removed note dropped before it): the scorer finds it too.
  if (now.some((t) => textHash(t) === l.hash)) return l;
  // The old text at the label's index, or (a label already found by its hash elsewhere) at another.
  const before = old[key] ?? [];
  const was = before[l.i] !== undefined && textHash(before[l.i]!) === l.hash ? before[l.i] : before.find((t) => textHash(t) === l.hash);
  if (was === undefined) throw new Error(`${key}#${l.i}: the old text is not in ${values.apply}`);
  const w = foldText(was);
  const page = key.split(':')[1]!;
  const here = now[l.i];
  const hereFolded = here === undefined ? '' : foldText(here);
  if (sameIndex.has(page) && here !== undefined) {
    if (l.note && NO_CONTENT_NOTE.test(l.note)) return null;
    console.log(`${tag} ${key}#${l.i} same index; was: ${JSON.stringify(w.slice(0, 80))}; now: ${JSON.stringify(hereFolded.slice(0, 80))}`);
    return { ...l, hash: textHash(here) };
  }
  // The same place, when the new text is where the old one began (a short reply without its signature).
  if (here !== undefined && hereFolded.length > 0 && w.startsWith(hereFolded)) {
    console.log(`${tag} ${key}#${l.i} -> #${l.i}; cut: ${JSON.stringify(w.slice(hereFolded.length).slice(0, 100))}`);
    return { ...l, hash: textHash(here) };
  }
  const candidates = now.map((t, j) => ({ j, t: foldText(t) })).filter((c) => c.t === w || (c.t.length >= 8 && w.includes(c.t)));
  const pick = candidates.length === 1 ? candidates[0] : candidates.find((c) => c.j === l.i);
  if (!pick) return null;
  console.log(`${tag} ${key}#${l.i} -> #${pick.j}; cut: ${JSON.stringify(w.replace(pick.t, '…').slice(0, 100))}`);
  return { ...l, i: pick.j, hash: textHash(now[pick.j]!) };
}

if (values.dump) {
  const out: Record<string, string[]> = {};
  for (const key of pages) out[key] = textsOf(key);
  writeFileSync(values.dump, JSON.stringify(out));
  console.log(`${pages.size} pages -> ${values.dump}`);
} else if (values.apply) {
  const old = JSON.parse(readFileSync(values.apply, 'utf8')) as Record<string, string[]>;
  const lost: string[] = [];
  let moved = 0;
  const count = <T extends Anchored>(before: T, after: T | null, key: string): after is T => {
    if (!after) lost.push(`${key}#${before.i}`);
    else if (after !== before) moved++;
    return after !== null;
  };
  links.comments = links.comments.flatMap((l) => {
    const key = `${l.corpus}:${l.page}`;
    const r = reanchor(l, key, old, `link ${l.split}`);
    return count(l, r, key) ? [r] : [];
  });
  for (const t of real.threads) {
    if (t.corpus !== 'dragnet') continue;
    const key = `dragnet:${t.page}`;
    t.comments = t.comments.flatMap((l) => {
      const r = reanchor(l, key, old, `real ${t.split}`);
      return count(l, r, key) ? [r] : [];
    });
  }
  writeFileSync(LINK_LABELS_FILE, `${JSON.stringify(links, null, 1)}\n`);
  writeFileSync(REAL_LABELS_FILE, `${JSON.stringify(real, null, 2)}\n`);
  console.log(`${moved} labels re-anchored; ${lost.length} lost${lost.length ? `: ${lost.join(', ')}` : ''}`);
} else console.log('use --dump FILE (old code) or --apply FILE (new code)');
