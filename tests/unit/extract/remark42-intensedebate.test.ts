import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { intensedebate } from '../../../utils/extract/platforms/intensedebate';
import { remark42 } from '../../../utils/extract/platforms/remark42';
import { parse } from './dom';

const r42 = (id: string, author: string, time: string, body: string, mods = ''): string =>
  `<article class="comment comment_theme_light${mods}" id="remark42__comment-${id}">
    <div class="comment__info"><span role="button" class="comment__username">${author}</span>
      <a href="https://blog.example/post/#remark42__comment-${id}" class="comment__time">${time}</a>
      <span class="comment__score"><span class="comment__score-value">+3</span></span></div>
    <div class="comment__body"><div class="comment__text raw-content">${body}</div>
      <div class="comment__actions"><button class="comment__action" type="button">Reply</button><button type="button">Hide</button></div></div></article>`;

describe('remark42', () => {
  it('reads threads whose replies sit in their own .thread after the parent, and leaves out the pinned copies', () => {
    const doc = parse(`<div id="remark42"><div class="root root_theme_light">
      <div class="root__pinned-comments">${r42('b2', 'Bo', '15 Feb 2023, 08:17', '<p>Pinned answer.</p>')}</div>
      <div class="root__threads" role="list">
        <div class="thread thread_level_0">${r42('a1', 'Ana', '14 Feb 2023, 21:40', '<p>Is the road open in winter?</p>')}
          <div class="thread thread_level_1 thread_indented">${r42('b2', 'Bo', '15 Feb 2023, 08:17', '<p>Pinned answer.</p>')}
            <div class="thread thread_level_2 thread_indented">${r42('c3', 'Ana', '15 Feb 2023, 09:01', '<p>Thanks!</p>')}</div></div></div>
        <div class="thread thread_level_0">${r42('d4', 'Di', '16 Feb 2023, 10:00', '<p>Lovely photos.</p><p>Which lens?</p>')}</div>
      </div></div></div>`);
    expect((remark42.detect(doc) ?? []).map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['remark42-a1', null, 0, 'Ana', '14 Feb 2023, 21:40', 'Is the road open in winter?'],
      ['remark42-b2', 'remark42-a1', 1, 'Bo', '15 Feb 2023, 08:17', 'Pinned answer.'],
      ['remark42-c3', 'remark42-b2', 2, 'Ana', '15 Feb 2023, 09:01', 'Thanks!'],
      ['remark42-d4', null, 0, 'Di', '16 Feb 2023, 10:00', 'Lovely photos.\nWhich lens?'],
    ]);
  });

  it('is chosen over the generic readers, and is not on other markup', () => {
    const doc = parse(`<html><body><article><h1>Winter roads</h1><p>${'Text of the post. '.repeat(30)}</p></article><div id="remark42"><div class="root__threads">
      ${[1, 2, 3].map((i) => `<div class="thread thread_level_0">${r42(`x${i}`, `R${i}`, `1${i} Feb 2023`, `<p>Comment number ${i} about the roads.</p>`)}</div>`).join('')}</div></div></body></html>`);
    expect(findComments(doc).platform).toBe('remark42');
    expect(remark42.detect(parse('<article class="comment" id="comment-1"><p>x</p></article>'))).toBeNull();
  });
});

const idc = (id: number, depth: number, author: string, time: string, body: string): string =>
  `<div class="idc-c idc-depth-${depth}" id="IDComment-${id}">
    <div class="idc-c-h"><a class="idc-avatar" href="#"><img alt=""></a><div class="idc-right">
      <a class="idc-a" href="http://intensedebate.com/people/${author}">${author}</a>
      <span class="idc-time"><a href="#IDComment${id}" class="idc-share" title="Permalink">${time}</a></span>
      <span class="idc-v"><a class="idc-v-up"><span>+</span></a><span class="idc-v-total">+2</span><a class="idc-v-down"><span>−</span></a></span></div></div>
    <div class="idc-c-t"><div class="idc-c-t-inner"><div id="IDComment-CommentText${id}">${body}</div></div></div>
    <div class="idc-c-b"><a class="idc-btn_s idc-reply"><span>Reply</span></a><a class="idc-btn_s idc-report"><span>Report</span></a>
      <a class="idc-btn_s idc-reblog"><span>Reblog this comment</span></a></div></div>`;

describe('intensedebate', () => {
  it('reads comments with their depth, without the Reply / Report / "Reblog this comment" links or the votes', () => {
    const doc = parse(`<div id="idc-cover" class="idc-comments"><div id="IDCommentsList">
      <div class="idc-thread" id="IDThread-1">${idc(1, 0, 'ana', 'July 14, 2011 at 11:32 am', '<p>Great post!</p>')}
        <div class="idc-thread-reply" id="IDThread-2">${idc(2, 1, 'bo', 'July 14, 2011 at 12:05 pm', '<p>Agreed.</p>')}</div></div>
      <div class="idc-thread" id="IDThread-3">${idc(3, 0, 'cy', 'July 15, 2011 at 9:00 am', '<p>Any invites left?</p>')}</div></div>
      <div id="IDCommentsNewThreadCover">${idc(9, 0, 'me', 'now', '<p>Draft.</p>')}</div></div>`);
    expect((intensedebate.detect(doc) ?? []).map((c) => [c.id, c.level, c.author, c.time, c.text])).toEqual([
      ['IDComment-1', 0, 'ana', 'July 14, 2011 at 11:32 am', 'Great post!'],
      ['IDComment-2', 1, 'bo', 'July 14, 2011 at 12:05 pm', 'Agreed.'],
      ['IDComment-3', 0, 'cy', 'July 15, 2011 at 9:00 am', 'Any invites left?'],
    ]);
    expect(intensedebate.detect(parse('<div class="comment">x</div>'))).toBeNull();
  });
});
