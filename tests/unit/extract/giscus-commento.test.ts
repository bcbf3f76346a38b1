import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { commento } from '../../../utils/extract/platforms/commento';
import { giscus } from '../../../utils/extract/platforms/giscus';
import { parse } from './dom';

const gscReply = (id: number, login: string, body: string): string =>
  `<div class="gsc-reply"><div class="gsc-reply-header"><div class="gsc-reply-author">
      <a href="https://github.com/${login}" class="gsc-comment-author-avatar"><span class="link-primary">${login}</span></a>
      <a href="https://github.com/o/r/discussions/4#discussioncomment-${id}" class="link-secondary"><time datetime="2022-09-1${id % 10}T08:00:00Z">3 weeks ago</time></a></div></div>
    <div class="markdown gsc-reply-content"><p dir="auto">${body}</p></div>
    <div class="gsc-reply-reactions"><button type="button" aria-label="Add a reaction">😀</button></div></div>`;
const gscComment = (id: number, login: string, body: string, replies = ''): string =>
  `<div class="gsc-comment"><div class="color-bg-primary"><div class="gsc-comment-header"><div class="gsc-comment-author">
      <a href="https://github.com/${login}" class="gsc-comment-author-avatar"><img alt="@${login}"><span class="link-primary">${login}</span></a>
      <a href="https://github.com/o/r/discussions/4#discussioncomment-${id}" class="link-secondary"><time datetime="2022-09-0${id % 10}T07:00:00Z">3 weeks ago</time></a></div></div>
    <div class="markdown gsc-comment-content"><p dir="auto">${body}</p></div>
    <div class="gsc-comment-footer"><button type="button">👍 7</button></div>
    <div class="gsc-replies">${replies}</div></div></div>`;

describe('giscus', () => {
  it('reads comments and the replies nested in them, with the login, the time and the permalink id', () => {
    const doc = parse(`<div class="gsc-timeline">
      ${gscComment(11, 'alice-dev', 'Bitten by this in a Django manager.', gscReply(12, 'jkirsch', 'Model instances are the worst case.') + gscReply(13, 'mtorres', 'Did you try a weakref cache?'))}
      ${gscComment(21, 'priya-n', 'functools.cache has the same issue.')}
    </div>`);
    expect((giscus.detect(doc) ?? []).map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['giscus-11', null, 'alice-dev', '2022-09-01T07:00:00Z', 'Bitten by this in a Django manager.'],
      ['giscus-12', 'giscus-11', 'jkirsch', '2022-09-12T08:00:00Z', 'Model instances are the worst case.'],
      ['giscus-13', 'giscus-11', 'mtorres', '2022-09-13T08:00:00Z', 'Did you try a weakref cache?'],
      ['giscus-21', null, 'priya-n', '2022-09-01T07:00:00Z', 'functools.cache has the same issue.'],
    ]);
  });

  it('is chosen over the generic readers, and is not on other markup', () => {
    const doc = parse(`<html><body><article><h1>Caches</h1><p>${'Text of the post. '.repeat(30)}</p></article>
      <div class="gsc-timeline">${[1, 2, 3].map((i) => gscComment(i, `user${i}`, `Comment number ${i} about caches.`)).join('')}</div></body></html>`);
    expect(findComments(doc).platform).toBe('giscus');
    expect(giscus.detect(parse('<div class="comment"><p>x</p></div>'))).toBeNull();
  });
});

const card = (hex: string, name: string, body: string, children = ''): string =>
  `<div id="commento-card-${hex}" class="commento-card"><div class="commento-header">
      <div class="commento-avatar">${name.slice(0, 1)}</div>
      <div class="commento-name-container"><div class="commento-name">${name}</div></div>
      <div class="commento-subtitle"><div class="commento-timeago" title="Thu Jul 02 2020 09:14:05 GMT+0200">4 months ago</div></div></div>
    <div class="commento-contents"><div class="commento-body"><p>${body}</p></div>
      <div class="commento-options"><button class="commento-option-reply" title="Reply" type="button"></button></div>
      <div class="commento-body commento-children">${children}</div></div></div>`;

describe('commento', () => {
  it('reads cards and the replies in their children; a "[deleted]" card goes and its replies answer its parent', () => {
    const doc = parse(`<div id="commento"><div class="commento-main-area"><div class="commento-comments">
      ${card('a1', 'Maya', 'We moved to esbuild.', card('b2', 'dkoval', 'Same numbers here.') + card('c3', '[deleted]', '[deleted]', card('d4', 'lena', 'Not sure what it said.')))}
    </div></div></div>`);
    const found = findComments(doc);
    expect(found.platform).toBe('commento');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['commento-a1', null, 'Maya', 'Thu Jul 02 2020 09:14:05 GMT+0200', 'We moved to esbuild.'],
      ['commento-b2', 'commento-a1', 'dkoval', 'Thu Jul 02 2020 09:14:05 GMT+0200', 'Same numbers here.'],
      ['commento-d4', 'commento-a1', 'lena', 'Thu Jul 02 2020 09:14:05 GMT+0200', 'Not sure what it said.'],
    ]);
    expect(commento.detect(parse('<div class="commento-card"><p>Un commento di un sito italiano.</p></div>'))).toBeNull();
  });
});
