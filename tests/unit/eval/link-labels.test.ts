/**
 * The link comments set (seeds/real-threads/link-labels.json) is fixed by checksum before any
 * figure is taken, its halves follow the page split, and the eval check holds its floors.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../../scripts/eval-analysis';
import { linkSetCandidate, loadLinkLabels, type LinkPageScore } from '../../../scripts/lib/link-labels';
import { splitOf } from '../../../utils/eval/token-score';
import { checksumEntries } from '../checksums';

const DIR = new URL('../../../seeds/real-threads/', import.meta.url);

describe('the link comments set', () => {
  it('matches its checksum (change labels only with a reason, then update link-labels.sha256)', () => {
    const entries = checksumEntries(fileURLToPath(new URL('link-labels.sha256', DIR)));
    expect(entries.map((e) => e.file)).toEqual(['link-labels.json']);
    expect(entries[0]?.actual).toBe(entries[0]?.expected);
  });

  it('puts every comment in its page\'s half, holds both halves and both corpora, and has link-only comments in each half', () => {
    const labels = loadLinkLabels();
    for (const c of labels.comments) expect(c.split, `${c.corpus}:${c.page}`).toBe(splitOf(c.page));
    for (const split of ['tune', 'held-out'] as const) {
      const half = labels.comments.filter((c) => c.split === split);
      expect(half.length).toBeGreaterThan(100);
      expect(new Set(half.map((c) => c.corpus))).toEqual(new Set(['corpus', 'dragnet']));
      expect(half.filter((c) => c.linkOnly && !c.borderline).length).toBeGreaterThanOrEqual(3);
    }
    const keys = labels.comments.map((c) => `${c.corpus}:${c.page}#${c.i}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('selects comments with a link or URL text and at most 12 other words', () => {
    const link = [{ href: 'https://a.example/x', text: 'a.example/x' }];
    expect(linkSetCandidate({ text: 'https://a.example/x 👍', links: [] })).toBe(true);
    expect(linkSetCandidate({ text: 'see example.com/page', links: [] })).toBe(true);
    expect(linkSetCandidate({ text: 'Source', links: link })).toBe(true);
    expect(linkSetCandidate({ text: 'No link here at all.', links: [] })).toBe(false);
    expect(linkSetCandidate({ text: 'one two three four five six seven eight nine ten eleven twelve thirteen https://a.example/x', links: link })).toBe(false);
  });

  it('fails the eval check on a held-out page with a wrong call, or on a changed labelled comment', () => {
    const page = (id: string, split: 'tune' | 'held-out', fp: number, fn: number, hashMismatches = 0): LinkPageScore => ({
      id, split, counts: { tp: 5, fp, fn }, labelled: 10, positives: 5 + fn, hashMismatches,
    });
    const failures = (set: LinkPageScore[]) => check(null, [], { links: 10, inferred: 10, correct: 10, parentsRight: 14, comments: 14 }, set);
    expect(failures([page('corpus:a', 'held-out', 0, 0), page('dragnet:b', 'tune', 2, 1)])).toEqual([]);
    expect(failures([page('corpus:a', 'held-out', 1, 0)]).some((f) => f.includes('corpus:a'))).toBe(true);
    expect(failures([page('dragnet:b', 'tune', 0, 0, 1)]).some((f) => f.includes('changed'))).toBe(true);
  });
});
