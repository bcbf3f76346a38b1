import { describe, expect, it } from 'vitest';
import { Extraction } from '../../../utils/schema';
import { readPage } from '../../../utils/extract/extract-page';
import { fixture, parse } from './dom';
import { MIN_ITEMS_BEFORE_DEADLINE } from '../../../utils/extract/found-comment';
import { generateCommentPage } from '../../../scripts/lib/generate-page';

describe('readPage', () => {
  it('gives zero comments on a page without comments', () => {
    const { extraction, elements } = readPage(fixture('no-comments.html', 'https://ville.example/tram'));
    expect(extraction.comments).toEqual([]);
    expect(extraction.platform).toBeNull();
    expect(extraction.replySource).toBe('none');
    expect(extraction.url).toBe('https://ville.example/tram');
    expect(extraction.article?.title).toBe('Le tramway prolongé jusqu’à la gare');
    expect(elements.size).toBe(0);
    expect(Extraction.safeParse(extraction).success).toBe(true);
  });

  it('returns schema-valid plain data and the comment elements by id', () => {
    const doc = fixture('wordpress-classic.html');
    const { extraction, elements } = readPage(doc);
    expect(Extraction.safeParse(extraction).success).toBe(true);
    expect(JSON.parse(JSON.stringify(extraction))).toEqual(extraction);
    expect([...elements.keys()]).toEqual(extraction.comments.map((c) => c.id));
    expect(elements.get('comment-11')).toBe(doc.getElementById('li-comment-11'));
    expect(extraction.partial).toBe(false);
  });

  it('reports partial when the time budget runs out, after reading the first comments', () => {
    // A clock on which every look costs a second: each budget is spent before any loop starts.
    let t = 0;
    const page = generateCommentPage(3 * MIN_ITEMS_BEFORE_DEADLINE);
    const { extraction } = readPage(parse(page.html), { now: () => (t += 1_000), budgetMs: 1 });
    expect(extraction.partial).toBe(true);
    expect(extraction.platform).toBe('wordpress');
    // Not nothing: the first comments are read whatever the clock says, and no more than needed.
    expect(extraction.comments.length).toBeGreaterThan(MIN_ITEMS_BEFORE_DEADLINE / 2);
    expect(extraction.comments.length).toBeLessThan(page.commentCount);
    expect(extraction.comments.slice(0, 3).map((c) => c.id)).toEqual([...page.html.matchAll(/<li id="(comment-\d+)"/g)].slice(0, 3).map((m) => m[1]));
    expect(Extraction.safeParse(extraction).success).toBe(true);
  });

  it('reads a short thread whole, not partial, even when the clock has run out', () => {
    let t = 0;
    const { extraction } = readPage(fixture('wordpress-classic.html'), { now: () => (t += 1_000), budgetMs: 1 });
    expect(extraction.comments.length).toBe(readPage(fixture('wordpress-classic.html')).extraction.comments.length);
    expect(Extraction.safeParse(extraction).success).toBe(true);
  });

  it('never throws', () => {
    const broken = {
      get URL(): string {
        throw new Error('boom');
      },
    } as unknown as Document;
    const { extraction } = readPage(broken);
    expect(extraction.comments).toEqual([]);
    expect(extraction.article).toBeNull();
    expect(Extraction.safeParse(extraction).success).toBe(true);
  });
});
