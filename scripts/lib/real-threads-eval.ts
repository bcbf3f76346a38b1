/**
 * The real-thread evaluations of `npm run eval:analysis` (issue 10, item 4):
 *
 * - labelled real threads (seeds/real-threads/labels.json, rules in LABELLING.md beside it):
 *   off-topic and link-only precision, recall and F1 per thread and per half (tune / held-out);
 * - flattened real threads: every threaded page of ../shared/corpus (and ../shared/corpus-dragnet)
 *   with its structure removed, the reply inference run on it, inferred links scored against the
 *   page's own parents, by language, in page order and in chronological order;
 * - the flattened seed thread (seeds/russia-belarus-union): parents right out of 14.
 *
 * Pages are read by the extension's DOM readers under jsdom (scripts/lib/page-threads.ts, cached).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { addCounts, rates, scoreThread, type Counts, type ThreadScore } from '../../utils/analysis/evaluate';
import {
  addLinkCounts,
  flattenExtraction,
  labelledThreadOf,
  linkRates,
  scoreInferredLinks,
  type FlatThread,
  type FlattenOrder,
  type LabelledPage,
  type LinkCounts,
  type Split,
  type ThreadLabels,
} from '../../utils/eval/real-threads';
import { resolveLanguage } from '../../utils/text/language';
import { splitOf } from '../../utils/eval/token-score';
import type { AnalysisResult, Extraction, Sensitivity } from '../../utils/schema';
import { cachedExtraction, extractPage, pageNames } from './page-threads';
import { CORPUS_DIR, DRAGNET_DIR, ROOT } from './paths';

export const REAL_THREADS_DIR = resolve(ROOT, 'seeds/real-threads');

const LabelsFile = z.object({
  rules: z.string(),
  hash: z.string(),
  threads: z.array(
    z.object({
      corpus: z.enum(['corpus', 'dragnet']),
      page: z.string().min(1),
      lang: z.string().min(2),
      split: z.enum(['tune', 'held-out']),
      addedLater: z.boolean().optional(),
      comments: z.array(
        z.object({
          i: z.int().check(z.gte(0)),
          hash: z.string().regex(/^[0-9a-f]{8}$/),
          offTopic: z.boolean(),
          linkOnly: z.boolean(),
          borderline: z.boolean().optional(),
          note: z.string().optional(),
        }),
      ),
    }),
  ),
});
export type LabelsFile = z.infer<typeof LabelsFile>;

export function loadRealLabels(dir = REAL_THREADS_DIR): LabelsFile {
  return LabelsFile.parse(JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')));
}

export interface RealThreadScore extends ThreadScore {
  corpus: 'corpus' | 'dragnet';
  split: Split;
  /** Labelled comments whose truth text changed (hash mismatch) or that were not extracted. */
  hashMismatches: number;
  notExtracted: number;
  /** Positives in the labels that were scored. */
  offTopicLabelled: number;
  linkOnlyLabelled: number;
}

/**
 * The comments a thread's labels refer to, in label order: the corpus truth file's comments, or,
 * for a dragnet page (no per-comment truth), the extension's own extraction of it.
 */
export function labelledTexts(corpus: 'corpus' | 'dragnet', page: string, dir: string, extraction: Extraction): string[] {
  if (corpus === 'dragnet') return extraction.comments.map((c) => c.text);
  return (JSON.parse(readFileSync(resolve(dir, 'truth', `${page}.json`), 'utf8')) as { comments: string[] }).comments;
}

/**
 * The TUNE half of the real labelled threads as the dev scripts read them: each thread's labels, its
 * page's cached extraction and the labelled thread on that extraction. Never the held-out half.
 */
export function* tuneRealThreads(): Generator<{ labels: ThreadLabels; extraction: Extraction; page: LabelledPage }> {
  for (const labels of loadRealLabels().threads) {
    if (labels.split !== 'tune') continue;
    const dir = labels.corpus === 'corpus' ? CORPUS_DIR : DRAGNET_DIR;
    const extraction = cachedExtraction(labels.corpus, dir, labels.page);
    yield { labels, extraction, page: labelledThreadOf(labels, labelledTexts(labels.corpus, labels.page, dir, extraction), extraction) };
  }
}

/** Scores every labelled real thread (null when ../shared/corpus is missing; dragnet threads are skipped when that set is). */
export function evaluateRealThreads(
  sensitivity: Sensitivity,
  labels = loadRealLabels(),
  dirs: { corpus: string; dragnet: string } = { corpus: CORPUS_DIR, dragnet: DRAGNET_DIR },
): RealThreadScore[] | null {
  if (!existsSync(resolve(dirs.corpus, 'truth'))) return null;
  // A missing set (no ../shared/corpus-dragnet) skips its threads; a missing page of a set that is
  // there fails loudly, so no labelled thread drops out of the scores unnoticed.
  return labels.threads.filter((t) => existsSync(resolve(dirs[t.corpus], 'pages'))).map((t) => {
    const dir = dirs[t.corpus];
    const extraction = cachedExtraction(t.corpus, dir, t.page);
    const page = labelledThreadOf(t, labelledTexts(t.corpus, t.page, dir, extraction), extraction);
    const result = analyzeExtraction(extraction, { sensitivity });
    const score = scoreThread(page.thread, result);
    return {
      ...score,
      // Dragnet ids are bare numbers ("R279"): the corpus name keeps them readable in reports and floors.
      id: t.corpus === 'dragnet' ? `dragnet/${t.page}` : t.page,
      corpus: t.corpus,
      split: t.split,
      hashMismatches: page.hashMismatches.length,
      notExtracted: page.notExtracted.length,
      offTopicLabelled: page.thread.comments.filter((c) => c.label === 'off-topic' && !c.borderline).length,
      linkOnlyLabelled: page.thread.comments.filter((c) => c.label === 'link-only').length,
    };
  });
}

export interface HalfScore {
  offTopic: Counts;
  linkOnly: Counts;
  comments: number;
  threads: number;
}

export function halfScore(scores: readonly RealThreadScore[], split: Split): HalfScore {
  const of = scores.filter((s) => s.split === split);
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  return {
    offTopic: of.reduce((a, s) => addCounts(a, s.offTopic), zero),
    linkOnly: of.reduce((a, s) => addCounts(a, s.linkOnly), zero),
    comments: of.reduce((n, s) => n + s.comments, 0),
    threads: of.length,
  };
}

// --- Flattened threads -------------------------------------------------------------------------

export interface FlatPageScore {
  corpus: 'corpus' | 'dragnet';
  page: string;
  lang: string;
  order: FlattenOrder;
  counts: LinkCounts;
}

/** The page's language as the analysis resolves it (article `lang`, else detected from its text). */
export function languageOf(extraction: Extraction): string {
  const sample = [extraction.article?.text ?? '', ...extraction.comments.map((c) => c.text)].join('\n').slice(0, 4_000);
  return resolveLanguage(extraction.article?.lang, sample);
}

/** Whether the page showed reply structure (a parent or a nesting level on some comment). */
export function isThreaded(extraction: Extraction): boolean {
  return extraction.comments.some((c) => c.parentId !== null || (c.level ?? 0) > 0);
}

/** The page's own parents, as the analysis builds its tree from the extraction (parents or levels). */
export function pageParents(extraction: Extraction): Map<string, string | null> {
  const result = analyzeExtraction(extraction, { sensitivity: 'normal' });
  return new Map(result.comments.map((c) => [c.id, c.parentId]));
}

export function scoreFlattened(corpus: 'corpus' | 'dragnet', page: string, extraction: Extraction): FlatPageScore[] {
  if (!isThreaded(extraction)) return [];
  const parents = pageParents(extraction);
  const lang = languageOf(extraction);
  const out: FlatPageScore[] = [];
  for (const order of ['page', 'chronological'] as const) {
    const flat = flattenExtraction(extraction, parents, order, lang);
    if (!flat) continue;
    const result = analyzeExtraction(flat.extraction, { sensitivity: 'normal' });
    out.push({ corpus, page, lang, order, counts: scoreInferredLinks(flat, result) });
  }
  return out;
}

/**
 * Every threaded page of both corpora flattened in `order`, with the analysis of the flat thread;
 * with `split`, only that half's pages (`splitOf`). The walk the dev loops over inferred links share.
 */
export function* flattenedPages(
  order: FlattenOrder,
  split?: Split,
): Generator<{ corpus: 'corpus' | 'dragnet'; name: string; flat: FlatThread; result: AnalysisResult }> {
  for (const [corpus, dir] of [['corpus', CORPUS_DIR], ['dragnet', DRAGNET_DIR]] as const) {
    for (const name of pageNames(dir)) {
      if (split && splitOf(name) !== split) continue;
      const extraction = cachedExtraction(corpus, dir, name);
      if (!isThreaded(extraction)) continue;
      const flat = flattenExtraction(extraction, pageParents(extraction), order, languageOf(extraction));
      if (!flat) continue;
      yield { corpus, name, flat, result: analyzeExtraction(flat.extraction, { sensitivity: 'normal' }) };
    }
  }
}

/** Flattened scores for every threaded page of a corpus directory (empty when it is missing). */
export function evaluateFlattened(corpus: 'corpus' | 'dragnet', dir = corpus === 'corpus' ? CORPUS_DIR : DRAGNET_DIR, log?: (line: string) => void): FlatPageScore[] {
  const names = pageNames(dir);
  const out: FlatPageScore[] = [];
  names.forEach((name, k) => {
    if (log && k % 25 === 0) log(`  ${corpus}: reading page ${k + 1} of ${names.length}`);
    out.push(...scoreFlattened(corpus, name, cachedExtraction(corpus, dir, name)));
  });
  return out;
}

export const SEED_PAGE_HTML = resolve(ROOT, 'seeds/russia-belarus-union/page.html');

/** The seed page's thread flattened (chronological, its times are ISO): parents right out of its comments. */
export function flattenedSeed(): { chronological: LinkCounts | null; page: LinkCounts | null } {
  const extraction = extractPage(SEED_PAGE_HTML, 'http://127.0.0.1/page.html');
  const parents = pageParents(extraction);
  const score = (order: FlattenOrder): LinkCounts | null => {
    const flat = flattenExtraction(extraction, parents, order);
    return flat ? scoreInferredLinks(flat, analyzeExtraction(flat.extraction, { sensitivity: 'normal' })) : null;
  };
  return { chronological: score('chronological'), page: score('page') };
}

export function sumLinks(scores: readonly FlatPageScore[]): LinkCounts {
  return scores.reduce((a, s) => addLinkCounts(a, s.counts), { links: 0, inferred: 0, correct: 0, parentsRight: 0, comments: 0 });
}

// --- Printing ---------------------------------------------------------------------------------

const f2 = (x: number): string => x.toFixed(2);

export function prfCounts(c: Counts): string {
  const r = rates(c);
  return `${f2(r.precision)} ${f2(r.recall)} ${f2(r.f1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

export function linkLine(c: LinkCounts): string {
  const r = linkRates(c);
  return `P ${f2(r.precision)} R ${f2(r.recall)}  (${c.correct} right of ${c.inferred} inferred; ${c.links} true links; ${c.parentsRight}/${c.comments} parents right)`;
}

export function printRealThreads(scores: readonly RealThreadScore[], verbose: boolean): void {
  console.log(`\nReal threads (seeds/real-threads/labels.json, rules in LABELLING.md): ${scores.length} threads`);
  console.log(`${'thread'.padEnd(44)} ${'split'.padEnd(8)} ${'n'.padStart(3)} ${'ot'.padStart(3)} ${'lo'.padStart(3)}  off-topic P R F1 (counts)             link-only P R F1 (counts)`);
  for (const split of ['tune', 'held-out'] as const) {
    for (const s of scores.filter((x) => x.split === split)) {
      const warn = s.hashMismatches || s.notExtracted ? `  [${s.hashMismatches} changed, ${s.notExtracted} not extracted]` : '';
      console.log(
        `${`${s.id} (${s.lang})`.padEnd(44)} ${split.padEnd(8)} ${String(s.comments).padStart(3)} ${String(s.offTopicLabelled).padStart(3)} ${String(s.linkOnlyLabelled).padStart(3)}  ${prfCounts(s.offTopic).padEnd(36)} ${prfCounts(s.linkOnly)}${warn}`,
      );
    }
  }
  const tune = halfScore(scores, 'tune');
  const held = halfScore(scores, 'held-out');
  console.log(`\n${''.padEnd(22)} ${'tune'.padEnd(44)} held-out`);
  console.log(`${'threads / comments'.padEnd(22)} ${`${tune.threads} / ${tune.comments}`.padEnd(44)} ${held.threads} / ${held.comments}`);
  console.log(`${'off-topic P R F1'.padEnd(22)} ${prfCounts(tune.offTopic).padEnd(44)} ${prfCounts(held.offTopic)}`);
  console.log(`${'link-only P R F1'.padEnd(22)} ${prfCounts(tune.linkOnly).padEnd(44)} ${prfCounts(held.linkOnly)}`);
  if (verbose) {
    // Only the tune half's errors: reading the held-out half's misses one by one is tuning on it.
    for (const s of scores) {
      if (s.errors.length === 0 || s.split !== 'tune') continue;
      console.log(`\n${s.id} (${s.split})`);
      for (const e of s.errors) console.log(`  ${e}`);
    }
  }
}

export function printFlattened(scores: readonly FlatPageScore[], verbose: boolean): void {
  const pages = new Set(scores.map((s) => `${s.corpus}/${s.page}`)).size;
  console.log(`\nFlattened real threads: ${pages} threaded pages, structure removed, reply inference scored against the page's parents`);
  for (const order of ['page', 'chronological'] as const) {
    const of = scores.filter((s) => s.order === order);
    if (of.length === 0) continue;
    console.log(`  ${order} order (${of.length} pages${order === 'chronological' ? ', those with a time to the minute on every comment' : ''}):`);
    const langs = [...new Set(of.map((s) => s.lang))].sort();
    for (const corpus of ['corpus', 'dragnet'] as const) {
      const inCorpus = of.filter((s) => s.corpus === corpus);
      if (inCorpus.length === 0) continue;
      for (const lang of langs) {
        const l = inCorpus.filter((s) => s.lang === lang);
        if (l.length) console.log(`    ${corpus.padEnd(8)} ${lang.padEnd(6)} ${String(l.length).padStart(3)} pages  ${linkLine(sumLinks(l))}`);
      }
      console.log(`    ${corpus.padEnd(8)} ${'all'.padEnd(6)} ${String(inCorpus.length).padStart(3)} pages  ${linkLine(sumLinks(inCorpus))}`);
    }
    console.log(`    ${'both'.padEnd(8)} ${'all'.padEnd(6)} ${String(of.length).padStart(3)} pages  ${linkLine(sumLinks(of))}`);
  }
  if (verbose) for (const s of scores) console.log(`    ${s.corpus}/${s.page} (${s.lang}, ${s.order}): ${linkLine(s.counts)}`);
}
