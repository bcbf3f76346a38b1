/**
 * Real comment threads read from saved pages (../shared/corpus, ../shared/corpus-dragnet) by the
 * extension's own DOM readers (utils/extract) under jsdom, as the unit tests run them: the
 * article (title, text, language) and every comment with its parent, author and time.
 *
 * Reading a page under jsdom takes a second or more, so each result is cached in
 * `.cache/page-threads/` (gitignored; third-party text never goes into the repository), keyed
 * by the page's size and modification time and by a hash of the reader sources, so a change to
 * utils/extract reads the pages again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../../utils/extract/extract-page';
import type { Extraction } from '../../utils/schema';
import { ROOT } from './paths';

export const CACHE_DIR = resolve(ROOT, '.cache/page-threads');

/** Hash of every file under utils/extract and utils/text: a change to a reader invalidates the cache. */
let readersHash: string | null = null;
function readerSourcesHash(): string {
  if (readersHash) return readersHash;
  const h = createHash('sha256');
  for (const dir of ['utils/extract', 'utils/text', 'utils/schema.ts']) {
    const full = resolve(ROOT, dir);
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort().map((f) => resolve(full, f))
      : [full];
    for (const f of files) h.update(f).update(readFileSync(f));
  }
  readersHash = h.digest('hex').slice(0, 16);
  return readersHash;
}

/** Reads one saved page under jsdom (no scripts, no network; its declared charset honoured). */
export function extractPage(file: string, url: string): Extraction {
  const virtualConsole = new VirtualConsole(); // jsdom's CSS parser complains about real-world CSS
  const dom = new JSDOM(readFileSync(file), { url, virtualConsole });
  try {
    return readPage(dom.window.document, { budgetMs: 60_000 }).extraction;
  } finally {
    dom.window.close();
  }
}

/** The page's extraction, from the cache when the page and the readers are unchanged. */
export function cachedExtraction(corpus: 'corpus' | 'dragnet', dir: string, name: string): Extraction {
  const file = resolve(dir, 'pages', `${name}.html`);
  const st = statSync(file);
  const key = `${readerSourcesHash()}-${st.size}-${Math.floor(st.mtimeMs)}`;
  const cacheFile = resolve(CACHE_DIR, corpus, `${name}.json`);
  if (existsSync(cacheFile)) {
    try {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; extraction: Extraction };
      if (cached.key === key) return cached.extraction;
    } catch {
      // a broken cache file is read again
    }
  }
  const extraction = extractPage(file, `http://127.0.0.1/${name}.html`);
  mkdirSync(resolve(CACHE_DIR, corpus), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, extraction }));
  return extraction;
}

/** Page names of a corpus directory (pages/*.html), sorted. */
export function pageNames(dir: string): string[] {
  if (!existsSync(resolve(dir, 'pages'))) return [];
  return readdirSync(resolve(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}
