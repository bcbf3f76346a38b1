import { describe, expect, it } from 'vitest';
import { Extraction } from '../../../utils/schema';
import { readPage } from '../../../utils/extract/extract-page';
import { fixture } from './dom';

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

  it('reports partial when the time budget runs out', () => {
    let t = 0;
    const { extraction } = readPage(fixture('wordpress-classic.html'), { now: () => (t += 1_000), budgetMs: 1 });
    expect(extraction.partial).toBe(true);
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
