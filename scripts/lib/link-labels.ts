/**
 * The link comments set (seeds/real-threads/link-labels.json, rules in LABELLING.md beside it):
 * every comment of both corpora that carries a link or URL-like text and few other words,
 * labelled link-only or not, to measure link-only marks on real comments (the labelled threads
 * hold only two link-only comments). Which comments: `linkSetCandidate`, fixed before labelling;
 * which half: the page's split (utils/eval/token-score.ts `splitOf`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { addCounts, type Counts } from '../../utils/analysis/evaluate';
import { textHash } from '../../utils/eval/real-threads';
import type { ExtractedComment, Sensitivity } from '../../utils/schema';
import { cachedExtraction } from './page-threads';
import { CORPUS_DIR, DRAGNET_DIR, ROOT } from './paths';

/** At most this many words besides the URLs: a link-only comment has a few filler words at most. */
export const LINK_SET_MAX_WORDS = 12;
/** URL-like text with or without scheme: "http…", "www.…", or a host with a common top-level domain. */
const URLISH = /https?:\/\/\S+|www\.\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|info|de|at|ch|fr|es|ru|uk|io|ly|be|gl|tv|me|us|eu)\b\S*/giu;

/** Is the comment in the link comments set? */
export function linkSetCandidate(c: Pick<ExtractedComment, 'text' | 'links'>): boolean {
  const urlText = c.text.match(URLISH) ?? [];
  if (urlText.length === 0 && c.links.length === 0) return false;
  const rest = c.text.replace(URLISH, ' ').split(/\s+/).filter(Boolean);
  return rest.length <= LINK_SET_MAX_WORDS;
}

export const LINK_LABELS_FILE = resolve(ROOT, 'seeds/real-threads/link-labels.json');

const LinkLabelsFile = z.object({
  rules: z.string(),
  selection: z.string(),
  hash: z.string(),
  comments: z.array(
    z.object({
      corpus: z.enum(['corpus', 'dragnet']),
      page: z.string().min(1),
      split: z.enum(['tune', 'held-out']),
      /** Index in the extension's extraction of the page (jsdom, scripts/lib/page-threads.ts). */
      i: z.int().check(z.gte(0)),
      hash: z.string().regex(/^[0-9a-f]{8}$/),
      linkOnly: z.boolean(),
      borderline: z.boolean().optional(),
      note: z.string().optional(),
    }),
  ),
});
export type LinkLabelsFile = z.infer<typeof LinkLabelsFile>;

export function loadLinkLabels(file = LINK_LABELS_FILE): LinkLabelsFile {
  return LinkLabelsFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface LinkPageScore {
  /** "corpus:NAME" or "dragnet:ID". */
  id: string;
  split: 'tune' | 'held-out';
  counts: Counts;
  /** Labelled comments (borderline ones left out). */
  labelled: number;
  positives: number;
  /** Labelled comments whose text on the page no longer has the labelled hash. */
  hashMismatches: number;
}

/**
 * Link-only marks of the full analysis of each page against the labels, per page (null when
 * ../shared/corpus is missing; dragnet pages are skipped when that set is).
 */
export function evaluateLinkSet(
  sensitivity: Sensitivity,
  labels = loadLinkLabels(),
  dirs: { corpus: string; dragnet: string } = { corpus: CORPUS_DIR, dragnet: DRAGNET_DIR },
): LinkPageScore[] | null {
  if (!existsSync(resolve(dirs.corpus, 'pages'))) return null;
  const byPage = new Map<string, LinkLabelsFile['comments']>();
  for (const c of labels.comments) {
    const key = `${c.corpus}:${c.page}`;
    const list = byPage.get(key);
    if (list) list.push(c);
    else byPage.set(key, [c]);
  }
  const out: LinkPageScore[] = [];
  for (const [id, list] of byPage) {
    const { corpus, page, split } = list[0]!;
    if (!existsSync(resolve(dirs[corpus], 'pages'))) continue;
    const extraction = cachedExtraction(corpus, dirs[corpus], page);
    const result = analyzeExtraction(extraction, { sensitivity });
    const score: LinkPageScore = { id, split, counts: { tp: 0, fp: 0, fn: 0 }, labelled: 0, positives: 0, hashMismatches: 0 };
    // A label names its comment by place and text hash; when the reader drops a comment before it
    // (a removed comment's note), the place moves and the hash still finds it.
    let byHash: Map<string, (typeof extraction.comments)[number]> | null = null;
    for (const label of list) {
      let comment = extraction.comments[label.i];
      if (!comment || textHash(comment.text) !== label.hash) {
        byHash ??= new Map(extraction.comments.map((c) => [textHash(c.text), c] as const));
        comment = byHash.get(label.hash);
      }
      if (!comment) {
        score.hashMismatches++;
        continue;
      }
      if (label.borderline) continue;
      const marked = result.comments.find((c) => c.id === comment.id)?.marks.some((m) => m.kind === 'link-only') ?? false;
      score.labelled++;
      if (label.linkOnly) score.positives++;
      if (marked && label.linkOnly) score.counts.tp++;
      else if (marked) score.counts.fp++;
      else if (label.linkOnly) score.counts.fn++;
    }
    out.push(score);
  }
  return out;
}

/** The counts of one half of the set. */
export function linkSetHalf(scores: readonly LinkPageScore[], split: 'tune' | 'held-out'): { counts: Counts; labelled: number; positives: number; pages: number } {
  const half = scores.filter((s) => s.split === split);
  return {
    counts: half.reduce((a, s) => addCounts(a, s.counts), { tp: 0, fp: 0, fn: 0 }),
    labelled: half.reduce((n, s) => n + s.labelled, 0),
    positives: half.reduce((n, s) => n + s.positives, 0),
    pages: half.length,
  };
}
