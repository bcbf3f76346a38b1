import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { coverageWarning } from '../../../utils/view/summary';
import { parse } from './dom';

describe('candidates scored, the best wins', () => {
  it('says when a named section gave no items', () => {
    const found = findComments(parse(`<div id="comments"><h2>Comments</h2><p>${'Loading the discussion for this article, please wait. '.repeat(3)}</p></div>`));
    expect(found.comments).toHaveLength(0);
    expect(found.coverage.emptySection).toBe(true);
  });
});

describe('coverageWarning', () => {
  it('says how far the read count is from the stated one', () => {
    expect(coverageWarning({ comments: [], coverage: { statedCount: 38, emptySection: false } })).toEqual({
      code: 'warn_stated_count_far', params: ['38', '0'], text: 'the page says 38 comments; 0 were read',
    });
    expect(coverageWarning({ comments: [], coverage: { statedCount: null, emptySection: true } })?.code).toBe('warn_section_without_items');
    expect(coverageWarning({ comments: [], coverage: { statedCount: 1, emptySection: false } })).toBeNull();
  });
});

describe('bylines in a named section', () => {
  it('takes the time from the <time> inside a header, never the whole header (name, time, "Reply")', () => {
    const record = (id: number, name: string, when: string, text: string) => `
      <div class="note" id="note-${id}"><header><span class="author">${name}</span>
        <a href="#note-${id}"><time datetime="2019-07-1${id}T10:00">July 1${id}, 2019 at 10:0${id} am</time></a>
        <span><a href="#reply">Reply</a></span></header>
        <p>${text}</p></div>`;
    const found = findComments(parse(`<main><article><h1>Leadership styles</h1><p>${'An article about leadership. '.repeat(20)}</p></article>
      <section id="comments"><h2>3 Comments</h2>
        ${record(1, 'Amna', 'x', 'Thank you for this overview of leadership styles.')}
        ${record(2, 'Jacinta', 'x', 'Very informative, I have learnt a lot about styles.')}
        ${record(3, 'Surbhi S', 'x', 'How should this article be cited in a paper?')}
      </section></main>`));
    expect(found.comments).toHaveLength(3);
    for (const c of found.comments) expect(c.time).toMatch(/^(2019-07-1\d|July 1\d, 2019 at 10:0\d am)/);
    for (const c of found.comments) expect(c.time).not.toMatch(/Reply|Amna|Jacinta|Surbhi/);
    expect(found.comments.map((c) => c.author)).toEqual(['Amna', 'Jacinta', 'Surbhi S']);
    expect(found.comments[0]!.text).toBe('Thank you for this overview of leadership styles.');
  });
});
