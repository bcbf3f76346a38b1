import { describe, expect, it } from 'vitest';
import { viafoura } from '../../../utils/extract/platforms/viafoura';
import { parse } from './dom';

const container = (id: string, author: string, iso: string, body: string): string =>
  `<div class="vf-comment-container" data-id="${id}"><div class="vf-comment-header">
    <a class="vf-comment-username">${author}</a><time class="vf-date" datetime="${iso}">1 hour ago</time></div>
    <div class="vf-comment-html"><div class="vf-comment-html-content">${body}</div></div>
    <div class="vf-comment-actions"><button class="vf-like-button">Like <span class="vf-count-likes">3</span></button><button>Reply</button></div></div>`;

describe('viafoura', () => {
  it('reads threads whose replies sit beside the parent, in .vf-child-comments', () => {
    const doc = parse(`<div class="vf-comments">
      <div class="vf-comment-thread">${container('11', 'Ana', '2024-02-20T16:00:00Z', '<p>Top.</p>')}
        <div class="vf-child-comments">${container('12', 'Bo', '2024-02-20T17:00:00Z', '<p>Reply one.</p>')}${container('13', 'Cy', '2024-02-20T18:00:00Z', '<p>Reply two.</p>')}</div></div>
      <div class="vf-comment-thread">${container('14', 'Di', '2024-02-20T19:00:00Z', '<p>Other.</p>')}<div class="vf-child-comments"></div></div>
      <form class="vf-comment-form">${container('draft', 'Me', '2024-02-20T20:00:00Z', '<p>Not posted.</p>')}</form></div>`);
    const comments = viafoura.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['vf-11', null, 0, 'Ana', '2024-02-20T16:00:00Z', 'Top.'],
      ['vf-12', 'vf-11', 1, 'Bo', '2024-02-20T17:00:00Z', 'Reply one.'],
      ['vf-13', 'vf-11', 1, 'Cy', '2024-02-20T18:00:00Z', 'Reply two.'],
      ['vf-14', null, 0, 'Di', '2024-02-20T19:00:00Z', 'Other.'],
    ]);
  });

  it('is not on a page without vf- comments', () => {
    expect(viafoura.detect(parse('<div class="comment">x</div>'))).toBeNull();
  });
});
