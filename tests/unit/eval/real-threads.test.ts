/**
 * The real-thread labels are fixed by checksum before any tuning (seeds/real-threads/LABELLING.md),
 * and the pure evaluation helpers behave as the eval script relies on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Extraction } from '../../../utils/schema';
import {
  commentTime,
  alignComments,
  flattenExtraction,
  foldText,
  labelledThreadOf,
  linkRates,
  scoreInferredLinks,
  splitThreads,
  textHash,
  type ThreadLabels,
} from '../../../utils/eval/real-threads';
import { check, REAL_FLOORS } from '../../../scripts/eval-analysis';
import { splitOf } from '../../../utils/eval/token-score';
import { checksumEntries } from '../checksums';

const DIR = new URL('../../../seeds/real-threads/', import.meta.url);
const labelsText = readFileSync(fileURLToPath(new URL('labels.json', DIR)), 'utf8');
const labels = JSON.parse(labelsText) as { threads: ThreadLabels[] };

describe('the real-thread labels', () => {
  it('match their checksum (change labels only with a reason, then update labels.sha256)', () => {
    const entries = checksumEntries(fileURLToPath(new URL('labels.sha256', DIR)));
    expect(entries.map((e) => e.file)).toEqual(['labels.json']);
    expect(entries[0]?.actual).toBe(entries[0]?.expected);
  });

  it('hold at least 15 threads and 300 comments in English, German and French, every comment of each page in order', () => {
    expect(labels.threads.length).toBeGreaterThanOrEqual(15);
    expect(labels.threads.reduce((n, t) => n + t.comments.length, 0)).toBeGreaterThanOrEqual(300);
    expect(new Set(labels.threads.map((t) => t.lang))).toEqual(new Set(['de', 'en', 'fr']));
    for (const t of labels.threads) {
      expect(t.comments.map((c) => c.i), t.page).toEqual(t.comments.map((_, i) => i));
      for (const c of t.comments) expect(c.hash, `${t.page} ${c.i}`).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('keep the split the names give (splitThreads for the first set, splitOf for threads added later), with both halves in every language of two or more threads', () => {
    const first = labels.threads.filter((t) => !t.addedLater);
    const split = splitThreads(first);
    for (const t of first) expect(t.split, t.page).toBe(split.get(t.page));
    for (const t of labels.threads.filter((x) => x.addedLater)) expect(t.split, t.page).toBe(splitOf(t.page));
    for (const lang of new Set(labels.threads.map((t) => t.lang))) {
      const of = labels.threads.filter((t) => t.lang === lang);
      if (of.length >= 2) expect(new Set(of.map((t) => t.split)), lang).toEqual(new Set(['tune', 'held-out']));
    }
  });
});

describe('textHash and foldText', () => {
  it('ignore whitespace and compatibility forms, and tell different texts apart', () => {
    expect(foldText('  a\n\tb  ')).toBe('a b');
    expect(textHash('Straße  ist\nnass')).toBe(textHash('Straße ist nass'));
    expect(textHash('ﬁne')).toBe(textHash('fine'));
    expect(textHash('ist nass')).not.toBe(textHash('ist trocken'));
  });
});

describe('alignComments', () => {
  it('maps each truth comment to the found comment with the same words, tolerating extras and gaps', () => {
    const found = ['first comment here', 'Reply: second one about tyres', 'third about rims'];
    const truth = ['first comment here', 'a comment the page did not give', 'second one about tyres', 'third about rims'];
    expect(alignComments(found, truth)).toEqual([0, -1, 1, 2]);
  });
});

const comment = (id: string, parentId: string | null, text: string, time: string | null = null) => ({
  id,
  parentId,
  level: null,
  author: id,
  time,
  text,
  links: [],
  locator: `#${id}`,
});

const extraction = (comments: ReturnType<typeof comment>[]): Extraction => ({
  url: 'https://blog.example/post',
  article: { title: 'Title', text: 'Body', lang: 'en' },
  comments,
  platform: 'wordpress',
  replySource: 'nesting',
  partial: false,
  detectMs: 0,
});

describe('labelledThreadOf', () => {
  it('attaches labels to the extracted comments and reports changed or missing ones', () => {
    const truth = ['one two three', 'four five six', 'seven eight nine'];
    const labelsOf: ThreadLabels = {
      corpus: 'corpus',
      page: 'p',
      lang: 'en',
      split: 'tune',
      comments: [
        { i: 0, hash: textHash(truth[0]!), offTopic: true, linkOnly: false },
        { i: 1, hash: 'deadbeef', offTopic: false, linkOnly: false },
        { i: 2, hash: textHash(truth[2]!), offTopic: false, linkOnly: true },
      ],
    };
    const page = labelledThreadOf(labelsOf, truth, extraction([comment('c1', null, 'one two three'), comment('c2', null, 'four five six')]));
    expect(page.hashMismatches).toEqual([1]);
    expect(page.notExtracted).toEqual([2]);
    expect(page.thread.comments.map((c) => [c.id, c.label])).toEqual([['c1', 'off-topic']]);
  });
});

describe('flattenExtraction and scoreInferredLinks', () => {
  const page = extraction([
    comment('a', null, 'a', '2020-01-01T10:00:00Z'),
    comment('b', 'a', 'b', '2020-01-01T12:00:00Z'),
    comment('c', null, 'c', '2020-01-01T11:00:00Z'),
  ]);
  const parents = new Map(page.comments.map((c) => [c.id, c.parentId]));

  it('removes the structure and orders by time when every comment has a full ISO time', () => {
    const flat = flattenExtraction(page, parents, 'chronological');
    expect(flat?.extraction.comments.map((c) => [c.id, c.parentId])).toEqual([['a', null], ['c', null], ['b', null]]);
    expect(flat?.extraction.replySource).toBe('none');
    const untimed = extraction([comment('a', null, 'a', 'gestern'), comment('b', 'a', 'b', null)]);
    expect(flattenExtraction(untimed, parents, 'chronological')).toBeNull();
    expect(flattenExtraction(untimed, parents, 'page')?.extraction.comments.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('reads times to the minute in the page language, and no date without a clock time', () => {
    expect(new Date(commentTime('July 17th, 2012, 6:18 pm')!).toISOString()).toBe('2012-07-17T18:18:00.000Z');
    expect(new Date(commentTime('Posted October 28, 2012 at 10:31 pm | Permalink')!).toISOString()).toBe('2012-10-28T22:31:00.000Z');
    expect(new Date(commentTime('12. März 2021 um 14:05 Uhr', 'de')!).toISOString()).toBe('2021-03-12T14:05:00.000Z');
    expect(commentTime('2020-01-01T12:00:00Z')).toBe(Date.parse('2020-01-01T12:00:00Z'));
    expect(commentTime('April 5, 2018')).toBeNull();
    expect(commentTime('gestern', 'de')).toBeNull();
    expect(commentTime(null)).toBeNull();
    const spoken = extraction([
      comment('a', null, 'a', 'October 29, 2012 1:24 PM'),
      comment('b', 'a', 'b', 'October 29, 2012 3:45 PM'),
      comment('c', null, 'c', 'October 29, 2012 3:20 PM'),
    ]);
    const flat = flattenExtraction(spoken, new Map(spoken.comments.map((c) => [c.id, c.parentId])), 'chronological');
    expect(flat?.extraction.comments.map((c) => c.id)).toEqual(['a', 'c', 'b']);
  });

  it('counts inferred links right and wrong against the page parents', () => {
    const flat = flattenExtraction(page, parents, 'page')!;
    const result = {
      comments: [
        { id: 'a', parentId: null, depth: 0, author: null, time: null, text: 'a', marks: [] },
        { id: 'b', parentId: 'a', depth: 1, author: null, time: null, text: 'b', marks: [], reply: { source: 'inferred', cue: 'x' } },
        { id: 'c', parentId: 'b', depth: 2, author: null, time: null, text: 'c', marks: [], reply: { source: 'inferred', cue: 'y' } },
      ],
    } as unknown as AnalysisResult;
    const counts = scoreInferredLinks(flat, result);
    expect(counts).toEqual({ links: 1, inferred: 2, correct: 1, parentsRight: 2, comments: 3 });
    expect(linkRates(counts)).toEqual({ precision: 0.5, recall: 1 });
  });
});

describe('eval:analysis --check', () => {
  it('fails on a held-out thread below its floor or without one, and passes the tune half whatever it scores', () => {
    const thread = (id: string, split: 'tune' | 'held-out', fp: number) => ({
      id,
      lang: 'en',
      flat: false,
      comments: 10,
      offTopic: { tp: 1, fp, fn: 0 },
      linkOnly: { tp: 0, fp: 0, fn: 0 },
      replies: null,
      errors: [],
      corpus: 'corpus' as const,
      split,
      hashMismatches: 0,
      notExtracted: 0,
      offTopicLabelled: 1,
      linkOnlyLabelled: 0,
    });
    const seed = { links: 10, inferred: 0, correct: 0, parentsRight: REAL_FLOORS.seedParentsRight, comments: 14 };
    const flat = [{ corpus: 'corpus' as const, page: 'p', lang: 'en', order: 'page' as const, counts: { links: 1, inferred: 1, correct: 1, parentsRight: 1, comments: 2 } }];
    const floored = Object.keys(REAL_FLOORS.heldOutThreads);
    const good = floored.map((id) => thread(id, 'held-out', 0));
    expect(check([...good, thread('some-tune-thread', 'tune', 50)], flat, seed)).toEqual([]);
    const bad = check([...good.slice(1), thread(floored[0]!, 'held-out', 50), thread('new-held-out', 'held-out', 0)], flat, seed);
    expect(bad.some((f) => f.startsWith(`${floored[0]} off-topic F1`))).toBe(true);
    expect(bad).toContain('held-out thread new-held-out has no floor in REAL_FLOORS');
    expect(check(good, flat, { ...seed, parentsRight: seed.parentsRight - 1 }).some((f) => f.startsWith('flattened seed'))).toBe(true);
  });
});
