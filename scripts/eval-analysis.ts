/**
 * `npm run eval:analysis [-- --sensitivity strict] [-- --verbose] [-- --json] [-- --no-dragnet] [-- --check]`:
 *
 * 1. the hand-written labelled threads in `seeds/threads/` (and the seed page): per thread and
 *    overall, precision, recall and F1 of the off-topic and link-only marks, and for flat threads
 *    the share of true reply links recovered and of inferred links that are wrong (the unit tests
 *    in tests/unit/analysis/labelled-threads.test.ts hold their floors);
 * 1b. the blind hand threads in `seeds/threads-blind/` (written and labelled by helper sessions that
 *    never saw the code): tune and held-out halves by `splitOf` side by side, and per thread (the
 *    unit tests in tests/unit/analysis/blind-threads.test.ts hold the held-out floors);
 * 2. real threads labelled by reference (`seeds/real-threads/`, pages in ../shared/corpus and
 *    ../shared/corpus-dragnet): the tune half and the held-out half side by side, and per thread;
 * 3. flattened real threads: every threaded page of ../shared/corpus and ../shared/corpus-dragnet
 *    (`--no-dragnet` skips the latter) with its structure removed: precision and recall of the
 *    inferred reply links, by language; and the flattened seed thread, parents right out of 14.
 *
 * `--check` (run by `npm test` when ../shared/corpus exists) fails when the held-out half (per
 * thread and in total), the flattened corpus threads or the flattened seed fall below
 * REAL_FLOORS. For flattening it reads ../shared/corpus only (all dragnet pages take long to read the
 * first time); of the dragnet set it reads only the 20 labelled pages (about 20 s the first time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { analyzeExtraction } from '../utils/analysis/analyze';
import {
  overall,
  rates,
  replyRates,
  scoreThread,
  threadExtraction,
  type Counts,
  type LabelledThread,
  type ThreadScore,
} from '../utils/analysis/evaluate';
import { splitOf } from '../utils/eval/token-score';
import { Sensitivity } from '../utils/schema';
import { SEED_PATH, SEED_TABLE } from '../tests/unit/analysis/seed-fixture';
import { linkRates, type LinkCounts } from '../utils/eval/real-threads';
import {
  evaluateFlattened,
  evaluateRealThreads,
  flattenedSeed,
  halfScore,
  linkLine,
  printFlattened,
  printRealThreads,
  sumLinks,
  type FlatPageScore,
  type RealThreadScore,
} from './lib/real-threads-eval';
import { CORPUS_DIR } from './lib/paths';
import { evaluateLinkSet, LINK_LABELS_FILE, linkSetHalf, type LinkPageScore } from './lib/link-labels';

export const THREADS_DIR = fileURLToPath(new URL('../seeds/threads/', import.meta.url));
/** Threads written and labelled by sessions that never saw the code: see its README. */
export const BLIND_THREADS_DIR = fileURLToPath(new URL('../seeds/threads-blind/', import.meta.url));

const LabelledCommentFile = z.object({
  id: z.string().min(1),
  author: z.string().min(1),
  text: z.string(),
  parentId: z.string().nullable(),
  label: z.enum(['off-topic', 'link-only', 'none']),
  borderline: z.boolean().optional(),
  cue: z.enum(['mention', 'name', 'quote', 'second-person', 'shared-terms', 'none']).optional(),
  links: z.array(z.object({ href: z.string(), text: z.string() })).optional(),
});
const LabelledThreadFile = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  flat: z.boolean(),
  article: z.object({ title: z.string(), text: z.string() }),
  comments: z.array(LabelledCommentFile),
});

/** Reads and checks every labelled thread: unique ids, parents that come earlier on the page. */
export function loadLabelledThreads(dir = THREADS_DIR): LabelledThread[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const thread = LabelledThreadFile.parse(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
      if (`${thread.id}.json` !== file) throw new Error(`${file}: id "${thread.id}" does not match the file name`);
      const seen = new Set<string>();
      for (const c of thread.comments) {
        if (seen.has(c.id)) throw new Error(`${file}: duplicate id ${c.id}`);
        if (c.parentId !== null && !seen.has(c.parentId)) throw new Error(`${file}: ${c.id} answers ${c.parentId}, not before it`);
        if (thread.flat && c.parentId !== null && c.cue === undefined) throw new Error(`${file}: ${c.id} has no cue label`);
        seen.add(c.id);
      }
      return thread;
    });
}

/** The seed page as a labelled thread, from its README table (C4 is borderline there). */
export function seedThread(): LabelledThread {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const line = (n: number): string => lines[n - 1] ?? '';
  const labels: Record<string, 'off-topic' | 'link-only'> = { C5: 'off-topic', C6: 'off-topic', C7: 'off-topic', C9: 'link-only' };
  return {
    id: 'seed-russia-belarus-union',
    lang: 'en',
    flat: false,
    article: {
      title: 'Putin says Western sanctions are speeding up Russia-Belarus “unification”',
      text: [1, 2, 3, 4, 5, 6, 7].map(line).join('\n'),
    },
    comments: SEED_TABLE.map(([id, seedLines, parentId, author]) => {
      const text = seedLines.map(line).join('\n');
      const urls = text.match(/https?:\/\/\S+/g) ?? [];
      return {
        id,
        author,
        text,
        parentId,
        label: labels[id] ?? 'none',
        ...(id === 'C4' ? { borderline: true } : {}),
        links: urls.map((u) => ({ href: u, text: u })),
      };
    }),
  };
}

export function evaluateThreads(threads: readonly LabelledThread[], sensitivity: Sensitivity): ThreadScore[] {
  return threads.map((t) => scoreThread(t, analyzeExtraction(threadExtraction(t), { sensitivity })));
}

const f2 = (x: number): string => x.toFixed(2);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

function prf(c: Counts): string {
  const r = rates(c);
  if (c.tp + c.fp + c.fn === 0) return '   –    –    –  ';
  return `${f2(r.precision)} ${f2(r.recall)} ${f2(r.f1)}`;
}

function row(name: string, s: { offTopic: Counts; linkOnly: Counts; replies: ThreadScore['replies'] }, n: number | string): string {
  const r = s.replies;
  const rr = r ? replyRates(r) : null;
  const replies = r && rr
    ? `${r.recoveredCued}/${r.cued} ${pct(rr.recoveredCued)} (all ${r.recovered}/${r.links})  wrong ${r.wrong}/${r.inferred} ${pct(rr.wrong)}`
    : '';
  return `${name.padEnd(30)} ${String(n).padStart(4)}  ${prf(s.offTopic)}  ${prf(s.linkOnly)}  ${replies}`;
}

/**
 * Floors for `--check`, set just under what the analysis achieved when they were set (the
 * integrator raises them as the rules improve; lowering one needs a reason). Held-out half only:
 * the tune half is developed on and proves nothing. Figures at sensitivity normal.
 */
/**
 * Link-only F1 floor on the held-out half of the link comments set (see REAL_FLOORS.linkSet).
 * Blind 0.50 (P 1.00, R 0.33: 1 of 3 link-only comments found, no false mark); 0.80 since Drupal's
 * "Login or register to post comments" footer stopped being read as comment text (chrome.ts; a
 * held-out link-only comment ended with it; the rule came from the tune half's T21 and Drupal core).
 */
const LINK_SET_HELD_OUT_F1 = 0.79;

/**
 * The blind hand threads (or any folder of threads scored as blind ones) per thread, then each
 * half's total and all together (tune first; held-out is only reported).
 */
export function printBlindThreads(blind: readonly ThreadScore[], title = 'seeds/threads-blind'): void {
  console.log(`\nBlind hand threads (${title}: written and labelled by sessions that never saw the code)`);
  for (const s of blind) console.log(`${row(`${s.id.replace(/^blind-/, '')} (${s.lang})`, s, s.comments)}  ${splitOf(s.id)}`);
  const total = (label: string, part: readonly ThreadScore[]): void =>
    console.log(row(`${label} (${part.length} threads)`, overall(part), part.reduce((n, s) => n + s.comments, 0)));
  for (const half of ['tune', 'held-out'] as const) total(half.toUpperCase(), blind.filter((s) => splitOf(s.id) === half));
  total('ALL', blind);
}

export const REAL_FLOORS = {
  // Blind figures (2026-12-01, analysis before the issue-10 rule changes): held-out off-topic
  // P 0.24 R 0.19 F1 0.21; link-only no positives and no false mark (F1 1.00).
  // After the second pass (2026-12-01 evening: repeated-link cue without signatures and page
  // furniture, praise, other-language comments left unjudged, classic WordPress bylines, new
  // detection): held-out off-topic P 0.31 R 0.15 F1 0.21 (4 of 26 found, 9 false marks, was 20);
  // link-only 1.00. Floors sit just under that; the issue's goal (0.85) is not reached.
  // Fourth session: 10 more held-out threads (5 corpus, 5 dragnet, labelled before any figure was
  // taken) brought 7 false marks and 1 miss: 0.22 / 0.15 / 0.18 over 21 threads, 508 comments.
  // Eighth session: 10 more held-out dragnet threads (blind): 0.15 / 0.20 / 0.17 over 31 threads, 704 comments.
  // Ninth session, the discussion's own vocabulary as context (decided on the tune half): 0.21 / 0.17 / 0.19
  // (false marks 39 → 22, one right mark lost on blogohblog); then copies of another poster's comment
  // as spam (a rule from LABELLING.md's definition, found by a scan of every page's text, so not blind):
  // 0.27 / 0.23 / 0.25 (2 more right marks, on blogohblog and R60; 1 false, on netzpolitik); then generic
  // words under a sales phrase for a name as spam (also from a scan of every page's names): 0.29 / 0.31 /
  // 0.30 (3 more right marks, 5 more false ones, all on R60, whose labeller read praise under such names
  // as on topic where blogohblog's read it as spam).
  // Ninth session, 12 more held-out threads (blind on them: 1 right mark, 5 false, 12 missed): 0.27 / 0.25 /
  // 0.26 over 43 threads, 923 comments.
  // Tenth session, 4 more held-out threads (blind on them: 6 right marks, 8 false, 12 missed): 0.33 / 0.27 /
  // 0.30 over 47 threads, 979 comments; unchanged by the comments-about-the-site rule.
  // Twenty-first session, 15 more held-out threads (the dragnet pages with 31 to 60 comments; blind on
  // them: 6 right marks, 22 false, 43 missed; T71's three link-only spam comments, whose words are only
  // their link's product name, missed): 0.30 / 0.21 / 0.25 over 62 threads, 1,618 comments; link-only
  // 0.00 (0 of 3, no false mark; the held-out half had no link-only comment before).
  // Twenty-second session, 5 more held-out threads (the dragnet pages with 61 to 100 comments; blind on
  // them: 3 right marks, 25 false, 22 missed; T145's bare link found): 0.25 / 0.19 / 0.22 over 67
  // threads, 2,030 comments; link-only 0.40 (1 of 4).
  // Twenty-third session, 28 more held-out threads (the dragnet pages with 4 to 9 comments; blind on
  // them: no right mark, 9 false, none missed): 0.23 / 0.19 / 0.21 over 95 threads, 2,185 comments.
  // Twenty-fourth session, 4 more held-out threads (the dragnet pages with more than 100 comments;
  // blind on them: 2 right marks, 10 false, 5 missed): 0.24 / 0.20 / 0.22 over 99 threads, 2,707 comments.
  // Twenty-fifth session, R990 (270 comments, the longest held-out page left; blind on it: 1 right mark,
  // 1 false, 7 missed): 0.25 / 0.19 / 0.22 over 100 threads, 2,977 comments. Twenty-sixth session's cue
  // forms from its probe (decided on the probe's tune half and the blind tune threads): 0.26 / 0.21 /
  // 0.24, three more right marks on T71 (pharmacy adverts: "no prescription" beside a link), no new false mark.
  heldOut: { offTopicF1: 0.22, linkOnlyF1: 0.39 },
  /**
   * Per held-out thread: off-topic F1 and link-only F1. A thread without positives scores 1 when
   * it has no false mark and 0 with one, so a floor of 0.99 there means "no false mark".
   */
  heldOutThreads: {
    'de-blog-achgut-coronalage': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'de-blog-verfassungsblog-expertinnen': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'de-media-uebermedien-tabus': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'de-news-cicero-pandemie': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    // No false mark again since the repeated-link cue ignores the page's own links.
    'de-recipe-chefkoch-mandarinen': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'de-wpcom-gormulus-sagen': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // Lowered from 0.26: a spam comment in French under the English post is now left unjudged
    // (comments in another language than the article are not judged by word overlap).
    // Ninth session: one of its spam comments shares words that readers use across the page, which
    // now count as context (F1 0.23 → 0.16), and a theme shop's copy of the comment above it is spam
    // (→ 0.23), and so is generic praise under a sales phrase for a name (→ 0.36).
    'en-blog-blogohblog-slideshow': { offTopicF1: 0.35, linkOnlyF1: 0.99 },
    'en-blog-wordpresscom-diverse': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'en-blogger-luxuryhaven-hyatt': { offTopicF1: 0.49, linkOnlyF1: 0.99 },
    'en-drupal-aclu-facebook': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'en-mag-thenervousbreakdown-heart': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // Added in the fourth session (figures blind: taken once, before any change).
    // Ninth session: a comment posted again word for word five comments later under another name
    // ("Yan tuygi", then "Nao Tughi") is called a copy, spam; labelled on topic (read as one poster's
    // double post), so a false mark here.
    'de-news-netzpolitik-abmahnungen': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'en-recipe-elavegan-truffles': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'en-recipe-flawlessfood-focaccia': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'en-recipe-foxyfolksy-buttercream': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/503': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R279': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R288': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R318': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // No false mark since the ninth session (thanks at a comment's opening is a reaction, on topic).
    'dragnet/R383': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    // Blind 0 (one false mark); no false mark since its byline is read as author and time, not text.
    'dragnet/R437': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    // Added in the eighth session (figures blind: taken once, before any change). The 0 floors are
    // threads with false marks (R976 10, T121 9 and 2 misses, T132 2, R680, R682, R677 1 each).
    'dragnet/R976': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/T121': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/T132': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R682': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R680': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R132': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R684': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    // Ninth session: 0.50 → 0.62 (copies) → 0.53 (sales names: one more right mark, five false: its
    // labeller took praise under "Colchester Plumbers" or "marketing strategy" for on-topic praise).
    'dragnet/R60': { offTopicF1: 0.5, linkOnlyF1: 0.99 },
    'dragnet/R671': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R677': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // Added in the ninth session (figures blind: taken once, before any change). The 0 floors: 20 (2
    // false marks), R534 (9 misses: a sub-thread about threats against the author), R675, R741, R927.
    'dragnet/20': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R532': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R534': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R662': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R675': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R741': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R910': { offTopicF1: 0.66, linkOnlyF1: 0.99 },
    'dragnet/R912': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R927': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R930': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R932': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R934': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    // Added in the tenth session (figures blind: taken once, before any change). The 0 floors: R101 (3
    // false marks, 3 misses: its article text is the blog's sidebar), R765 (1 false mark), R84 (4).
    'dragnet/R101': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R35': { offTopicF1: 0.55, linkOnlyF1: 0.99 },
    'dragnet/R765': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R84': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // Added in the twenty-first session (figures blind: taken once, before any change). The 0 floors:
    // false marks on 295, 343, 358, 60, R118, R220, R26, R31; R895's one off-topic comment missed.
    'dragnet/295': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/343': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/358': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/60': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/99': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R118': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R220': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R24': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R26': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R31': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R55': { offTopicF1: 0.39, linkOnlyF1: 0.99 },
    'dragnet/R686': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R895': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R989': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/T71': { offTopicF1: 0.27, linkOnlyF1: 0 },
    // Added in the twenty-second session (figures blind: taken once, before any change). The 0 floors:
    // false marks on 172 (2) and T145 (7, and its 5 off-topic comments missed).
    'dragnet/172': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/239': { offTopicF1: 0.1, linkOnlyF1: 0.99 },
    'dragnet/369': { offTopicF1: 0.18, linkOnlyF1: 0.99 },
    'dragnet/R114': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/T145': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // Added in the twenty-third session (figures blind: taken once, before any change): the dragnet pages
    // with 4 to 9 comments. None has an off-topic comment that is not borderline; the 0 floors are the
    // nine with one false mark each (R244 two).
    'dragnet/R105': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R107': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R109': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R149': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R150': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R161': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R244': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R341': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R459': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R464': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R466': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R468': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R471': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R617': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R640': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R657': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R660': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R664': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R666': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R668': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R77': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R813': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R871': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R893': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R905': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R907': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R965': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/T165': { offTopicF1: 0, linkOnlyF1: 0.99 },
    // Twenty-fourth session, the dragnet pages with more than 100 comments, at their blind figures.
    'dragnet/431': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R246': { offTopicF1: 0, linkOnlyF1: 0.99 },
    'dragnet/R620': { offTopicF1: 0.99, linkOnlyF1: 0.99 },
    'dragnet/R727': { offTopicF1: 0.3, linkOnlyF1: 0.99 },
    'dragnet/R990': { offTopicF1: 0.19, linkOnlyF1: 0.99 },
  } as Record<string, { offTopicF1: number; linkOnlyF1: number }>,
  /** Flattened ../shared/corpus threads in page order: precision and recall of inferred links (blind: 0.51, 0.55; 0.56, 0.51 since the "you" and long-comment rules of the third session traded recall for precision). */
  flattenedCorpus: { precision: 0.55, recall: 0.5 },
  /** The flattened seed thread (chronological): parents right out of 14 (blind: 4). */
  seedParentsRight: 4,
  /**
   * The link comments set (seeds/real-threads/link-labels.json): link-only F1 on its held-out half,
   * and per page of that half the wrong calls (false marks plus misses) allowed: 0 unless listed.
   */
  linkSet: {
    heldOutF1: LINK_SET_HELD_OUT_F1,
    // Blind (first run, 2026-12-02): one miss on T145 and one on T71, none elsewhere; T145's
    // was found once the Drupal footer line was no longer read as text.
    pageErrors: { 'dragnet:T71': 1 } as Record<string, number>,
  },
};

export function check(real: RealThreadScore[] | null, flat: FlatPageScore[], seed: LinkCounts | null, linkSet: LinkPageScore[] | null = null): string[] {
  const failures: string[] = [];
  const below = (what: string, got: number, floor: number): void => {
    if (got < floor - 1e-9) failures.push(`${what} ${f2(got)} < ${floor}`);
  };
  if (real) {
    const held = halfScore(real, 'held-out');
    below('held-out off-topic F1', rates(held.offTopic).f1, REAL_FLOORS.heldOut.offTopicF1);
    below('held-out link-only F1', rates(held.linkOnly).f1, REAL_FLOORS.heldOut.linkOnlyF1);
    for (const s of real.filter((x) => x.split === 'held-out')) {
      const floor = REAL_FLOORS.heldOutThreads[s.id];
      if (!floor) {
        failures.push(`held-out thread ${s.id} has no floor in REAL_FLOORS`);
        continue;
      }
      below(`${s.id} off-topic F1`, rates(s.offTopic).f1, floor.offTopicF1);
      below(`${s.id} link-only F1`, rates(s.linkOnly).f1, floor.linkOnlyF1);
      if (s.hashMismatches > 0) failures.push(`${s.id}: ${s.hashMismatches} labelled comments changed on the page`);
    }
    const corpusFlat = linkRates(sumLinks(flat.filter((x) => x.corpus === 'corpus' && x.order === 'page')));
    below('flattened corpus precision', corpusFlat.precision, REAL_FLOORS.flattenedCorpus.precision);
    below('flattened corpus recall', corpusFlat.recall, REAL_FLOORS.flattenedCorpus.recall);
  }
  below('flattened seed parents right', seed?.parentsRight ?? 0, REAL_FLOORS.seedParentsRight);
  if (linkSet) {
    below('link set held-out link-only F1', rates(linkSetHalf(linkSet, 'held-out').counts).f1, REAL_FLOORS.linkSet.heldOutF1);
    for (const s of linkSet) {
      if (s.hashMismatches > 0) failures.push(`link set ${s.id}: ${s.hashMismatches} labelled comments changed on the page`);
      if (s.split !== 'held-out') continue;
      const wrong = s.counts.fp + s.counts.fn;
      const allowed = REAL_FLOORS.linkSet.pageErrors[s.id] ?? 0;
      if (wrong > allowed) failures.push(`link set ${s.id}: ${wrong} wrong link-only calls > ${allowed}`);
    }
  }
  return failures;
}

/** The link comments set, both halves side by side; with --verbose, the held-out pages that have a wrong call. */
function printLinkSet(scores: readonly LinkPageScore[], verbose: boolean): void {
  const tune = linkSetHalf(scores, 'tune');
  const held = linkSetHalf(scores, 'held-out');
  const cell = (h: typeof tune): string => {
    const r = rates(h.counts);
    return `${h.pages} pages, ${h.labelled} comments, ${h.positives} link-only: P ${f2(r.precision)} R ${f2(r.recall)} F1 ${f2(r.f1)} (tp ${h.counts.tp} fp ${h.counts.fp} fn ${h.counts.fn})`;
  };
  console.log('\nLink comments set (seeds/real-threads/link-labels.json: comments with a link and few other words, both corpora)');
  console.log(`  tune      ${cell(tune)}`);
  console.log(`  held-out  ${cell(held)}`);
  if (verbose) for (const s of scores) if (s.split === 'tune' && s.counts.fp + s.counts.fn > 0) console.log(`  tune page ${s.id}: fp ${s.counts.fp} fn ${s.counts.fn}`);
}

function main(): number {
  const { values } = parseArgs({
    options: {
      sensitivity: { type: 'string', default: 'normal' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'no-dragnet': { type: 'boolean', default: false },
    },
  });
  const sensitivity = Sensitivity.parse(values.sensitivity);
  const threads = loadLabelledThreads();
  const scores = evaluateThreads(threads, sensitivity);
  const [seed] = evaluateThreads([seedThread()], sensitivity);
  const blind = evaluateThreads(loadLabelledThreads(BLIND_THREADS_DIR), sensitivity);
  const all = overall(scores);
  const corpusThere = existsSync(CORPUS_DIR);
  const log = (line: string): void => console.error(line);
  const real = corpusThere ? evaluateRealThreads(sensitivity) : null;
  const flat = corpusThere ? evaluateFlattened('corpus', undefined, log) : [];
  if (!values.check && !values['no-dragnet']) flat.push(...evaluateFlattened('dragnet', undefined, log));
  const seedFlat = flattenedSeed();
  const linkSet = corpusThere && existsSync(LINK_LABELS_FILE) ? evaluateLinkSet(sensitivity) : null;
  if (values.json) {
    console.log(JSON.stringify({ sensitivity, threads: scores, seed, overall: all, blindThreads: blind, realThreads: real, flattened: flat, flattenedSeed: seedFlat, linkSet }, null, 2));
  } else {
    console.log(`eval:analysis — ${threads.length} labelled threads, sensitivity ${sensitivity}`);
    console.log(`${'thread'.padEnd(30)} ${'n'.padStart(4)}  off-topic P    R    F1    link-only P  R    F1    flat: cued links recovered, inferred wrong`);
    for (const s of scores) console.log(row(`${s.id} (${s.lang})`, s, s.comments));
    console.log(row('OVERALL (labelled set)', all, scores.reduce((n, s) => n + s.comments, 0)));
    if (seed) console.log(row(`${seed.id} (en)`, seed, seed.comments));
    const rr = replyRates(all.replies);
    console.log(
      `\ntargets: link-only F1 1.0 → ${f2(rates(all.linkOnly).f1)}; off-topic F1 ≥ 0.85 → ${f2(rates(all.offTopic).f1)}; ` +
        `cued reply links recovered ≥ 80% → ${pct(rr.recoveredCued)}; wrong inferred links ≤ 5% → ${pct(rr.wrong)}`,
    );
    if (values.verbose) {
      for (const s of [...scores, ...(seed ? [seed] : [])]) {
        if (s.errors.length === 0) continue;
        console.log(`\n${s.id}`);
        for (const e of s.errors) console.log(`  ${e}`);
      }
    }
    printBlindThreads(blind);
    if (real) printRealThreads(real, values.verbose);
    else console.log(`\nReal threads: ${CORPUS_DIR} is missing; skipped`);
    if (corpusThere) printFlattened(flat, values.verbose);
    const sc = seedFlat.chronological;
    const sp = seedFlat.page;
    console.log(
      `\nFlattened seed thread (seeds/russia-belarus-union): chronological ${sc ? `${sc.parentsRight} of ${sc.comments} parents right; ${linkLine(sc)}` : 'n/a'}` +
        `\n                                                   page order    ${sp ? `${sp.parentsRight} of ${sp.comments} parents right; ${linkLine(sp)}` : 'n/a'}`,
    );
    if (linkSet) printLinkSet(linkSet, values.verbose);
  }
  if (!values.check) return 0;
  const failures = check(real, flat, seedFlat.chronological, linkSet);
  if (failures.length) console.log(`\neval:analysis check FAILED: ${failures.join('; ')}`);
  else console.log('\neval:analysis check passed');
  return failures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
