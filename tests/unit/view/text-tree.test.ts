import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../utils/schema';
import { summarize } from '../../../utils/view/summary';
import { formatTextTree, snippet } from '../../../utils/view/text-tree';

const result: AnalysisResult = {
  url: 'http://127.0.0.1/page.html',
  article: { title: 'Headline', excerpt: 'Body', wordCount: 120, lang: 'en' },
  comments: [
    { id: 'a', parentId: null, depth: 0, author: 'ann', time: null, text: 'First\nsecond paragraph', marks: [] },
    {
      id: 'b', parentId: 'a', depth: 1, author: null, time: null, text: 'https://example.org/x',
      marks: [{ kind: 'link-only', reason: 'only a link to example.org', code: 'linkonly_link_to', params: ['example.org'], score: 1 }],
    },
    {
      id: 'c', parentId: 'b', depth: 2, author: 'cy', time: null, text: 'A song', reply: { source: 'inferred', cue: 'addresses @ann' },
      marks: [{ kind: 'off-topic', reason: 'shares no key terms; about: song', code: 'offtopic_no_shared_terms_article', params: ['song'], score: 0.9 }],
    },
    { id: 'd', parentId: null, depth: 0, author: 'dee', time: null, text: 'x'.repeat(300), marks: [] },
  ],
  timings: { detectMs: 1, analyzeMs: 1 },
};

describe('summarize', () => {
  it('counts comments, threads, the deepest reply and each kind of mark', () => {
    expect(summarize(result)).toEqual({ comments: 4, threads: 2, deepest: 2, offTopic: 1, linkOnly: 1 });
  });
});

describe('formatTextTree', () => {
  it('indents replies under their parents and prints marks with reasons', () => {
    const lines = formatTextTree(result).split('\n');
    expect(lines[1]).toBe('  article: Headline (120 words, en)');
    expect(lines[2]).toBe('  4 comments, 2 threads, deepest reply 2, 1 off-topic, 1 link-only');
    expect(lines[3]).toBe('  - ann: First second paragraph');
    expect(lines[4]).toBe('    - anonymous: https://example.org/x');
    expect(lines[5]).toBe('        [link-only] only a link to example.org');
    expect(lines[6]).toBe('      - cy: A song [reply inferred: addresses @ann]');
    expect(lines[7]).toBe('          [off-topic] shares no key terms; about: song');
    expect(lines[8]!.length).toBeLessThan(110);
    expect(lines[8]!.endsWith('…')).toBe(true);
  });

  it('prints the error of a page that could not be analysed, and says when none were found', () => {
    expect(formatTextTree({ ...result, comments: [], error: 'no such file' })).toContain('error: no such file');
    expect(formatTextTree({ ...result, comments: [] })).toContain('no comments found on this page');
  });

  it('snippet folds whitespace', () => {
    expect(snippet('  a \n\n b  ')).toBe('a b');
  });
});
