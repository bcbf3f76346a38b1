import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/extract/extract-page';
import { resolveLocator } from '../../../utils/extract/locator';
import { coral } from '../../../utils/extract/platforms/coral';
import { parse, snapshot } from './dom';

const comment = (id: string, author: string, iso: string, body: string, inReplyTo = ''): string =>
  `<div class="coral coral-comment" id="comment-${id}" role="article">
    <div class="coral coral-comment-topBar"><button class="coral coral-username coral-comment-username">${author}</button>
      <span class="coral coral-timestamp coral-comment-timestamp"><time datetime="${iso}">3h</time></span></div>
    ${inReplyTo ? `<div class="coral coral-comment-inReplyTo">In reply to <span class="coral coral-comment-inReplyToUsername">${inReplyTo}</span></div>` : ''}
    <div class="coral coral-content coral-comment-content">${body}</div>
    <div class="coral coral-comment-actionBar"><button class="coral coral-comment-replyButton">Reply</button><button class="coral coral-reportButton">Report</button></div>
  </div>`;

const STREAM = `<div class="coral coral-stream"><div class="coral coral-comments"><div class="coral coral-allComments">
  <div class="coral coral-featuredComments">${comment('feat-a1', 'Ana', '2024-03-09T13:00:00Z', '<p>Featured copy.</p>')}</div>
  ${comment('a1', 'Ana', '2024-03-09T13:00:00Z', '<p>Top comment.</p>')}
  <div class="coral coral-indent coral-indent-1">${comment('b2', 'Bo', '2024-03-09T14:00:00Z', '<p>A reply.</p>', 'Ana')}
    <div class="coral coral-indent coral-indent-2">${comment('c3', 'Ana', '2024-03-09T15:00:00Z', '<p>Deeper.</p>', 'Bo')}</div></div>
  ${comment('d4', 'Cy', '2024-03-09T16:00:00Z', '<p>Second thread.</p><p>Two lines.</p>')}
</div></div></div>`;

describe('coral', () => {
  it('reads comments in the page: ids, indent levels, authors, times; leaves out featured copies and reply labels', () => {
    const doc = parse(`<div id="coral_thread">${STREAM}</div>`);
    const comments = coral.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['comment-a1', null, 0, 'Ana', '2024-03-09T13:00:00Z', 'Top comment.'],
      ['comment-b2', null, 1, 'Bo', '2024-03-09T14:00:00Z', 'A reply.'],
      ['comment-c3', null, 2, 'Ana', '2024-03-09T15:00:00Z', 'Deeper.'],
      ['comment-d4', null, 0, 'Cy', '2024-03-09T16:00:00Z', 'Second thread.\nTwo lines.'],
    ]);
  });

  it('reads the stream inside an open shadow root, with locators that reach into it', () => {
    const doc = parse(`<html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1><p>${'Story text. '.repeat(30)}</p></article><div id="coral_thread"></div></body></html>`);
    const host = doc.getElementById('coral_thread') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = `<style>.coral{}</style><div id="coral-shadow-container">${STREAM}</div>`;
    const before = snapshot(doc);
    const { extraction, elements } = readPage(doc);
    expect(extraction.platform).toBe('coral');
    expect(extraction.replySource).toBe('depth');
    expect(extraction.comments.map((c) => c.id)).toEqual(['comment-a1', 'comment-b2', 'comment-c3', 'comment-d4']);
    expect(extraction.comments[0]?.locator).toBe('#coral_thread >>> #comment-a1');
    for (const c of extraction.comments) expect(resolveLocator(doc, c.locator)).toBe(elements.get(c.id));
    expect(extraction.article?.text).not.toContain('Top comment.');
    expect(snapshot(doc)).toBe(before);
  });

  it('is not on a page without coral markup', () => {
    expect(coral.detect(parse('<div class="comment"><p>Hi</p></div>'))).toBeNull();
  });
});
