/**
 * Scores the analysis against hand-labelled comment threads (`seeds/threads/*.json`): precision,
 * recall and F1 of the off-topic and link-only marks, and for flat threads (the page gave no
 * structure) how many true reply links the inference recovered and how many it got wrong.
 *
 * Pure: file reading is the caller's (the eval script and the unit tests). Labelled threads are
 * project data, not messages between contexts, so their type lives here and not in the schema.
 */
import type { AnalysisResult, ExtractedComment, Extraction, MarkKind } from '../schema';

/** What made a reply's parent recognisable to the labeller, in a flat thread. */
export type ReplyCue = 'mention' | 'name' | 'quote' | 'second-person' | 'shared-terms' | 'none';

export interface LabelledComment {
  id: string;
  author: string;
  text: string;
  /** The true parent (also in flat threads, where the page does not show it). */
  parentId: string | null;
  label: MarkKind | 'none';
  /** A comment a careful reader could label either way: left out of the off-topic scores. */
  borderline?: boolean;
  /** Flat threads: the cue the labeller saw for the reply link ('none': known only from context). */
  cue?: ReplyCue;
  links?: { href: string; text: string }[];
}

export interface LabelledThread {
  id: string;
  lang: string;
  flat: boolean;
  article: { title: string; text: string };
  comments: LabelledComment[];
}

/** The extraction a content script would give for the thread: flat threads lose their parents. */
export function threadExtraction(thread: LabelledThread): Extraction {
  const comments: ExtractedComment[] = thread.comments.map((c) => ({
    id: c.id,
    parentId: thread.flat ? null : c.parentId,
    level: null,
    author: c.author,
    time: null,
    text: c.text,
    links: c.links ?? [],
    locator: `#${c.id}`,
  }));
  return {
    url: `https://threads.example/${thread.id}`,
    article: { title: thread.article.title, text: thread.article.text, lang: thread.lang },
    comments,
    platform: 'labelled',
    replySource: thread.flat ? 'none' : 'nesting',
    partial: false,
    detectMs: 0,
  };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ReplyCounts {
  /** True reply links (comments with a parent). */
  links: number;
  /** …of which the labeller saw a cue for. */
  cued: number;
  /** True links the analysis found (any cue / cued only). */
  recovered: number;
  recoveredCued: number;
  /** Links the analysis inferred, and how many of them point to the wrong parent. */
  inferred: number;
  wrong: number;
}

export interface ThreadScore {
  id: string;
  lang: string;
  flat: boolean;
  comments: number;
  offTopic: Counts;
  linkOnly: Counts;
  /** Only for flat threads. */
  replies: ReplyCounts | null;
  /** One line per wrong mark or link, for reading the misses. */
  errors: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function count(into: Counts, truth: boolean, predicted: boolean): 'fp' | 'fn' | null {
  if (truth && predicted) into.tp++;
  else if (predicted) {
    into.fp++;
    return 'fp';
  } else if (truth) {
    into.fn++;
    return 'fn';
  }
  return null;
}

/** Scores one thread's analysis result (comments in the thread's order). */
export function scoreThread(thread: LabelledThread, result: AnalysisResult): ThreadScore {
  const byId = new Map(result.comments.map((c) => [c.id, c]));
  const score: ThreadScore = {
    id: thread.id,
    lang: thread.lang,
    flat: thread.flat,
    comments: thread.comments.length,
    offTopic: zero(),
    linkOnly: zero(),
    replies: thread.flat ? { links: 0, cued: 0, recovered: 0, recoveredCued: 0, inferred: 0, wrong: 0 } : null,
    errors: [],
  };
  for (const c of thread.comments) {
    const got = byId.get(c.id);
    const kinds = new Set(got?.marks.map((m) => m.kind) ?? []);
    const reasons = got?.marks.map((m) => `${m.kind}: ${m.reason} (${m.score})`).join('; ') ?? '';
    const lo = count(score.linkOnly, c.label === 'link-only', kinds.has('link-only'));
    if (lo) score.errors.push(`${c.id} link-only ${lo}: ${c.text.slice(0, 70)} ${reasons}`);
    if (!c.borderline) {
      const ot = count(score.offTopic, c.label === 'off-topic', kinds.has('off-topic'));
      if (ot) score.errors.push(`${c.id} off-topic ${ot}: ${c.text.slice(0, 70)} ${reasons}`);
    }
    const r = score.replies;
    if (!r) continue;
    const cued = c.parentId !== null && c.cue !== undefined && c.cue !== 'none';
    if (c.parentId !== null) {
      r.links++;
      if (cued) r.cued++;
      if (got?.parentId === c.parentId) {
        r.recovered++;
        if (cued) r.recoveredCued++;
      } else if (cued) {
        score.errors.push(`${c.id} reply missed (${c.cue}, true parent ${c.parentId}): ${c.text.slice(0, 60)}`);
      }
    }
    if (got?.reply?.source === 'inferred') {
      r.inferred++;
      if (got.parentId !== c.parentId) {
        r.wrong++;
        score.errors.push(`${c.id} reply wrong: ${got.parentId} (${got.reply.cue}), true ${c.parentId}`);
      }
    }
  }
  return score;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall, F1; an empty side counts as perfect (nothing to find, nothing claimed). */
export function rates(c: Counts): Rates {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface OverallScore {
  offTopic: Counts;
  linkOnly: Counts;
  replies: ReplyCounts;
}

export function overall(scores: readonly ThreadScore[]): OverallScore {
  const replies: ReplyCounts = { links: 0, cued: 0, recovered: 0, recoveredCued: 0, inferred: 0, wrong: 0 };
  let offTopic = zero();
  let linkOnly = zero();
  for (const s of scores) {
    offTopic = addCounts(offTopic, s.offTopic);
    linkOnly = addCounts(linkOnly, s.linkOnly);
    if (s.replies) for (const k of Object.keys(replies) as (keyof ReplyCounts)[]) replies[k] += s.replies[k];
  }
  return { offTopic, linkOnly, replies };
}

/** Share of cued true links recovered, and share of inferred links that are wrong. */
export function replyRates(r: ReplyCounts): { recoveredCued: number; recoveredAll: number; wrong: number } {
  return {
    recoveredCued: r.cued === 0 ? 1 : r.recoveredCued / r.cued,
    recoveredAll: r.links === 0 ? 1 : r.recovered / r.links,
    wrong: r.inferred === 0 ? 0 : r.wrong / r.inferred,
  };
}
