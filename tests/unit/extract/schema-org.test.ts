import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/extract/extract-page';
import { schemaOrg } from '../../../utils/extract/platforms/schema-org';
import { Extraction } from '../../../utils/schema';
import { parse } from './dom';

describe('schema-org microdata', () => {
  it('reads Comment items, nested replies, Person names and dates; ignores CommentAction', () => {
    const doc = parse(`<section>
      <div id="c-1" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></span>
        <meta itemprop="dateCreated" content="2024-01-18T09:12:00Z">
        <div itemprop="text"><p>Top.</p></div>
        <div id="c-2" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
          <span itemprop="author">Bo</span><time itemprop="datePublished" datetime="2024-01-18T10:00:00Z">heute</time>
          <div itemprop="text"><p>Reply.</p></div>
        </div>
      </div>
      <div itemscope itemtype="https://schema.org/CommentAction"><span itemprop="text">Not a comment</span></div>
    </section>`);
    const comments = schemaOrg.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['c-1', null, 'Ana', '2024-01-18T09:12:00Z', 'Top.'],
      ['c-2', 'c-1', 'Bo', '2024-01-18T10:00:00Z', 'Reply.'],
    ]);
  });
});

describe('schema-org JSON-LD', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Story',
    comment: [
      {
        '@type': 'Comment',
        '@id': 'https://news.example/story#comment-31',
        author: { '@type': 'Person', name: 'Ana' },
        dateCreated: '2024-02-01T08:00:00Z',
        text: 'Shown in the page with its id.',
        comment: [{ '@type': 'Comment', author: 'Bo', dateCreated: '2024-02-01T09:00:00Z', text: 'Shown in the page, found by its text.<br>Second line.' }],
      },
      { '@type': 'Comment', author: 'Cy', text: 'Only in the data.' },
    ],
  };
  const html = `<html lang="en"><head><title>Story</title><script type="application/ld+json">${JSON.stringify(ld)}</script>
    <script type="application/ld+json">{ not json </script></head><body><article><h1>Story</h1><p>${'Story words. '.repeat(30)}</p></article>
    <section id="comments"><div id="comment-31" class="c"><b>Ana</b><p>Shown in the page with its id.</p></div>
    <div class="c"><b>Bo</b><p>Shown in the page, found by its text.</p><p>Second line.</p></div></section></body></html>`;

  it('reads comments and replies from the data and points each at its element when it can', () => {
    const doc = parse(html);
    const comments = schemaOrg.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['comment-31', null, 0, 'Ana', '2024-02-01T08:00:00Z', 'Shown in the page with its id.'],
      [expect.stringMatching(/^h-/), 'comment-31', 1, 'Bo', '2024-02-01T09:00:00Z', 'Shown in the page, found by its text.\nSecond line.'],
      [expect.stringMatching(/^h-/), null, 0, 'Cy', null, 'Only in the data.'],
    ]);
    expect(comments[0]?.element).toBe(doc.getElementById('comment-31'));
    expect(comments[1]?.element.textContent).toBe('Shown in the page, found by its text.');
    expect(comments[2]?.element).toBe(doc.getElementById('comments'));
  });

  it('gives a schema-valid extraction and keeps the article', () => {
    const { extraction } = readPage(parse(html));
    expect(extraction.platform).toBe('schema-org');
    expect(extraction.replySource).toBe('schema-org');
    expect(extraction.article?.text).toContain('Story words.');
    expect(Extraction.safeParse(extraction).success).toBe(true);
  });
});
