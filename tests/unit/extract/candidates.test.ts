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
