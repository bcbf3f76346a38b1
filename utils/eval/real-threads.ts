/**
 * Pure: evaluation of the analysis on real comment threads read from saved pages.
 *
 * 1. Labelled threads (`seeds/real-threads/labels.json`): labels are references (page, index of
 *    the comment in the truth order, hash of its text), never copies of the text. `alignComments`
 *    finds each truth comment among the comments the extension extracted from the page, and
 *    `labelledThreadOf` turns the labels into a `LabelledThread` over the extracted comments, so
 *    that the analysis is scored on exactly what it would see in the browser.
 * 2. Flattened threads: a threaded page with its structure removed (`flattenExtraction`), the
 *    reply inference run on it, and its links scored against the page's own parents
 *    (`scoreInferredLinks`). No labels needed.
 *
 * No DOM, no file reading: the callers (scripts/eval-analysis.ts, the unit tests) read the pages.
 */
import type { AnalysisResult, ExtractedComment, Extraction } from '../schema';
import type { LabelledComment, LabelledThread } from '../analysis/evaluate';
import * as chrono from 'chrono-node';
import { textOverlap } from './match-comments';

/** NFKC, whitespace folded to single spaces, trimmed: the text a label's hash is taken over. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Short hash (8 hex digits, FNV-1a) of a comment's folded text: detects a changed page or truth file. */
export function textHash(text: string): string {
  return fnv1a(foldText(text)).toString(16).padStart(8, '0');
}

export type Split = 'tune' | 'held-out';

/**
 * The split of labelled threads: sorted by (language, FNV-1a of the page name), then alternately
 * tune and held-out, so that both halves hold every language and the split depends on the names
 * alone, never on the figures.
 */
export function splitThreads(threads: readonly { page: string; lang: string }[]): Map<string, Split> {
  const sorted = [...threads].sort((a, b) => a.lang.localeCompare(b.lang) || fnv1a(a.page) - fnv1a(b.page) || a.page.localeCompare(b.page));
  return new Map(sorted.map((t, i) => [t.page, i % 2 === 0 ? 'tune' : 'held-out']));
}

export interface CommentLabel {
  /** Index of the comment in the truth order. */
  i: number;
  hash: string;
  offTopic: boolean;
  linkOnly: boolean;
  borderline?: boolean;
  note?: string;
}

export interface ThreadLabels {
  /**
   * Where the page is: ../shared/corpus (labels follow its truth order) or ../shared/corpus-dragnet
   * (no per-comment truth: labels follow the extension's extraction order, and the hash catches a
   * change of that extraction).
   */
  corpus: 'corpus' | 'dragnet';
  page: string;
  lang: string;
  split: Split;
  /** Added after the first set was fixed: its split is `splitOf(page)` (FNV parity), so adding never moves another thread. */
  addedLater?: boolean;
  comments: CommentLabel[];
}

/** Overlap a found comment needs with a truth comment to stand for it (the corpus eval's threshold). */
const ALIGN_THRESHOLD = 0.6;

/**
 * For each truth comment, the index of the extracted comment that stands for it (or -1): one to
 * one, best word overlap first, ties to the earliest. Both lists are in page order; the search
 * starts near the expected position, so a page of n comments costs about n·k comparisons.
 */
export function alignComments(found: readonly string[], truth: readonly string[]): number[] {
  const used = new Set<number>();
  return truth.map((t, ti) => {
    const exact = foldText(t);
    // Most pages extract exactly the truth text at the same position: check that first.
    const same = found[ti];
    if (same !== undefined && !used.has(ti) && foldText(same) === exact) {
      used.add(ti);
      return ti;
    }
    let best = -1;
    let bestScore = ALIGN_THRESHOLD;
    for (let i = 0; i < found.length; i++) {
      if (used.has(i)) continue;
      const score = textOverlap(found[i] ?? '', t);
      if (score > bestScore || (score === bestScore && best === -1)) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) used.add(best);
    return best;
  });
}

export interface LabelledPage {
  thread: LabelledThread;
  /** Labelled comments whose truth text no longer matches the label's hash (page or truth changed). */
  hashMismatches: number[];
  /** Labelled comments the extension did not extract (they cannot be scored). */
  notExtracted: number[];
}

/**
 * The labelled thread over the extension's extraction of the page: each label is checked against
 * the truth text (hash) and attached to the extracted comment that stands for that truth comment.
 */
export function labelledThreadOf(labels: ThreadLabels, truthComments: readonly string[], extraction: Extraction): LabelledPage {
  const align = alignComments(
    extraction.comments.map((c) => c.text),
    truthComments,
  );
  const hashMismatches: number[] = [];
  const notExtracted: number[] = [];
  const comments: LabelledComment[] = [];
  for (const label of labels.comments) {
    const truth = truthComments[label.i];
    if (truth === undefined || textHash(truth) !== label.hash) {
      hashMismatches.push(label.i);
      continue;
    }
    const found = extraction.comments[align[label.i] ?? -1];
    if (!found) {
      notExtracted.push(label.i);
      continue;
    }
    comments.push({
      id: found.id,
      author: found.author ?? '',
      text: found.text,
      parentId: found.parentId,
      label: label.linkOnly ? 'link-only' : label.offTopic ? 'off-topic' : 'none',
      ...(label.borderline ? { borderline: true } : {}),
    });
  }
  const article = extraction.article;
  return {
    thread: {
      id: labels.page,
      lang: labels.lang,
      flat: false,
      article: { title: article?.title ?? '', text: article?.text ?? '' },
      comments,
    },
    hashMismatches,
    notExtracted,
  };
}

export type FlattenOrder = 'page' | 'chronological';

/** chrono-node's parser per page language (its casual parsers read "July 17th, 2012, 6:18 pm", "12. März 2021 um 14:05"). */
const TIME_PARSERS: Readonly<Record<string, { parse: typeof chrono.parse }>> = {
  en: chrono.en, de: chrono.de, fr: chrono.fr, es: chrono.es, ru: chrono.ru,
};
/** Where a time without a year falls (chrono's reference date): fixed, so runs are repeatable. */
const TIME_REFERENCE = new Date('2026-01-01T00:00:00Z');

/**
 * Milliseconds since the epoch of a time the page gave: a full ISO 8601 date-time, or a date with
 * a clock time in the page's language ("July 17th, 2012, 6:18 pm", "10/8/12 2:59 PM", "26 October
 * 2012 17:38"), read by chrono-node. Null when the day, month, hour or minute is not stated: a
 * date alone would leave same-day comments in page order, which is the structure being removed.
 */
export function commentTime(time: string | null, lang = 'en'): number | null {
  const text = time?.trim();
  if (!text) return null;
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text)) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? null : t;
  }
  const parser = TIME_PARSERS[lang] ?? chrono.en;
  for (const r of parser.parse(text, TIME_REFERENCE)) {
    if ((['day', 'month', 'hour', 'minute'] as const).every((u) => r.start.isCertain(u))) return r.start.date().getTime();
  }
  return null;
}

export interface FlatThread {
  /** The extraction as a flat page would give it: no parents, no levels, comments in `order`. */
  extraction: Extraction;
  /** The page's parent of each comment of the flat extraction (by id; null for top level). */
  truthParent: Map<string, string | null>;
}

/**
 * A threaded page with its structure removed. `truthParents` are the parents the page showed
 * (the analysis's tree of the unflattened extraction, so that levels count too). Chronological
 * order needs a time to the minute on every comment (`commentTime`; null otherwise); ties keep page order.
 */
export function flattenExtraction(
  extraction: Extraction,
  truthParents: ReadonlyMap<string, string | null>,
  order: FlattenOrder,
  lang = 'en',
): FlatThread | null {
  let comments: ExtractedComment[] = [...extraction.comments];
  if (order === 'chronological') {
    const times = comments.map((c) => commentTime(c.time, lang));
    if (times.some((t) => t === null)) return null;
    comments = comments
      .map((c, i) => ({ c, i, t: times[i] as number }))
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .map((x) => x.c);
  }
  return {
    extraction: {
      ...extraction,
      comments: comments.map((c) => ({ ...c, parentId: null, level: null })),
      replySource: 'none',
    },
    truthParent: new Map(comments.map((c) => [c.id, truthParents.get(c.id) ?? null])),
  };
}

export interface LinkCounts {
  /** Comments that answer another one on the page. */
  links: number;
  /** Links the inference made. */
  inferred: number;
  /** …that point to the page's parent. */
  correct: number;
  /** Comments whose parent (or top level) is the page's: the seed-thread measure. */
  parentsRight: number;
  comments: number;
}

/** Scores the links the analysis inferred on a flat thread against the page's parents. */
export function scoreInferredLinks(flat: FlatThread, result: AnalysisResult): LinkCounts {
  const counts: LinkCounts = { links: 0, inferred: 0, correct: 0, parentsRight: 0, comments: 0 };
  for (const c of result.comments) {
    if (!flat.truthParent.has(c.id)) continue;
    const truth = flat.truthParent.get(c.id) ?? null;
    counts.comments++;
    if (truth !== null) counts.links++;
    const inferred = c.reply?.source === 'inferred' && c.parentId !== null;
    if (inferred) {
      counts.inferred++;
      if (c.parentId === truth) counts.correct++;
    }
    if ((c.parentId ?? null) === truth) counts.parentsRight++;
  }
  return counts;
}

export function addLinkCounts(a: LinkCounts, b: LinkCounts): LinkCounts {
  return {
    links: a.links + b.links,
    inferred: a.inferred + b.inferred,
    correct: a.correct + b.correct,
    parentsRight: a.parentsRight + b.parentsRight,
    comments: a.comments + b.comments,
  };
}

/** Precision (correct / inferred; 1 when nothing was inferred) and recall (correct / links). */
export function linkRates(c: LinkCounts): { precision: number; recall: number } {
  return {
    precision: c.inferred === 0 ? 1 : c.correct / c.inferred,
    recall: c.links === 0 ? 1 : c.correct / c.links,
  };
}
