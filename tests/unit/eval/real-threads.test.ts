/**
 * The real-thread labels are fixed by checksum before any tuning (seeds/real-threads/LABELLING.md),
 * and the pure evaluation helpers behave as the eval script relies on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Extraction } from '../../../utils/schema';
import {
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

const DIR = new URL('../../../seeds/real-threads/', import.meta.url);
const labelsText = readFileSync(fileURLToPath(new URL('labels.json', DIR)), 'utf8');
const labels = JSON.parse(labelsText) as { threads: ThreadLabels[] };

describe('the real-thread labels', () => {
  it('match their checksum (change labels only with a reason, then update labels.sha256)', () => {
    const [sum, file] = readFileSync(fileURLToPath(new URL('labels.sha256', DIR)), 'utf8').trim().split(/\s+/);
    expect(file).toBe('labels.json');
    expect(createHash('sha256').update(labelsText).digest('hex')).toBe(sum);
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

  it('keep the split the names give (splitThreads), with both halves in every language of two or more threads', () => {
    const split = splitThreads(labels.threads);
    for (const t of labels.threads) expect(t.split, t.page).toBe(split.get(t.page));
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
