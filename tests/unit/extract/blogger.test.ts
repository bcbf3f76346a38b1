import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { blogger } from '../../../utils/extract/platforms/blogger';
import { parse } from './dom';

const POST = 'https://plot.example.blogspot.com/2024/06/post.html';

/** One threaded-template comment; `replies` is the markup of its reply items. */
const li = (id: string, author: string, ms: number, body: string, replies = ''): string =>
  `<li class="comment" id="c${id}"><div class="avatar-image-container"><img src="data:," alt=""></div>
    <div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/1">${author}</a></cite>
      <span class="icon user"></span><span class="datetime secondary-text"><a href="${POST}?showComment=${ms}#c${id}">June 24, 2024 at 10:00 AM</a></span></div>
      <p class="comment-content">${body}</p>
      <span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="${id}">Reply</a>
        <span class="item-control blog-admin"><a href="https://www.blogger.com/comment/delete/1/${id}">Delete</a></span></span></div>
    <div class="comment-replies">${replies ? `<div id="c${id}-rt" class="comment-thread inline-thread"><span class="thread-toggle"><a>Replies</a></span>
      <ol id="c${id}-ra" class="thread-chrome"><div>${replies}</div><div class="continue"><a class="comment-reply">Reply</a></div></ol></div>` : ''}</div>
    <div class="comment-replybox-single" id="c${id}-ce"></div></li>`;

const threaded = (items: string): string => `<main><article><h3 class="post-title">Post</h3><div class="post-body"><p>Words.</p></div></article>
  <section class="comments threaded" id="comments"><h3 class="title">Comments</h3><div class="comments-content"><div id="comment-holder">
    <div class="comment-thread toplevel-thread"><ol id="top-ra">${items}</ol>
      <div class="continue" id="top-continue"><a class="comment-reply">Add comment</a></div>
      <div class="loadmore" data-post-id="1"><a>Load more...</a></div></div></div></div>
    <div class="comment-form"><iframe id="comment-editor" name="comment-editor" src=""></iframe></div></section></main>`;

const removed = '<span class="deleted-comment">This comment has been removed by the author.</span>';

describe('blogger', () => {
  it('reads threaded comments: ids, parents, levels, exact times from showComment, no controls in the text', () => {
    const doc = parse(threaded(
      li('101', 'Hazel', 1719219600000, 'First line.<br>Second <a href="https://example.org/x">line</a>.', li('102', 'Tom', 1719223200000, 'A reply.')) +
      li('103', 'Dev', 1719226800000, 'Another top comment.'),
    ), POST);
    const found = findComments(doc);
    expect(found.platform).toBe('blogger');
    expect(found.replySource).toBe('nesting');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['c101', null, 0, 'Hazel', '2024-06-24T09:00:00.000Z', 'First line.\nSecond line.'],
      ['c102', 'c101', 1, 'Tom', '2024-06-24T10:00:00.000Z', 'A reply.'],
      ['c103', null, 0, 'Dev', '2024-06-24T11:00:00.000Z', 'Another top comment.'],
    ]);
    expect(found.comments[0]?.links).toEqual([{ href: 'https://example.org/x', text: 'line' }]);
    const all = found.comments.map((c) => c.text).join('\n');
    for (const chrome of ['Reply', 'Delete', 'Load more', 'Add comment', 'Replies']) expect(all).not.toContain(chrome);
  });

  it('reads the threaded items as Blogger\'s comments script renders them: the c<digits> id on the block, not the item', () => {
    // li.comment#bc_0_1B > div.comment-block#c123 (dragnet R122 and T135): before, the section reader
    // took these, with "ReplyDelete" as the last line of every comment.
    const scripted = (n: number, id: string, author: string, body: string, replies = ''): string =>
      li(id, author, 1719219600000 + n * 3600000, body, replies).replace(`<li class="comment" id="c${id}">`, `<li class="comment" id="bc_0_${n}B" kind="b">`).replace('<div class="comment-block">', `<div class="comment-block" id="c${id}">`);
    const doc = parse(threaded(scripted(0, '401', 'Hazel', 'It really works, thanks.', scripted(1, '402', 'Tom', 'Glad it helped.')) + scripted(2, '403', 'Dev', 'Informative post!')), POST);
    const found = findComments(doc);
    expect(found.platform).toBe('blogger');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.text])).toEqual([
      ['c401', null, 0, 'Hazel', 'It really works, thanks.'],
      ['c402', 'c401', 1, 'Tom', 'Glad it helped.'],
      ['c403', null, 0, 'Dev', 'Informative post!'],
    ]);
  });

  it('drops deleted comments: the replies to one answer what it answered (a removed note is not a comment)', () => {
    const doc = parse(threaded(
      li('201', 'Gone', 1719219600000, removed, li('202', 'Tom', 1719223200000, 'Answering a removed comment.')) +
      li('203', 'Gone too', 1719226800000, 'This comment has been removed by the author.') +
      // A deleted comment whose only reply is deleted too says nothing: both go.
      li('204', 'X', 1719226800000, removed, li('205', 'Y', 1719230400000, 'This comment has been removed by a blog administrator.')) +
      // A deleted reply (Blogger's class, in the blog's language) with a reply of its own: that one answers the comment above.
      li('206', 'Dev', 1719234000000, 'Still here.',
        li('207', 'Anonimo', 1719237600000, '<span class="deleted-comment">Questo commento è stato eliminato dall\'amministratore del blog.</span>',
          li('208', 'Lucia', 1719241200000, 'Hai fatto bene a cancellarlo.'))),
    ), POST);
    expect((blogger.detect(doc) ?? []).map((c) => [c.id, c.parentId, c.level, c.author, c.text])).toEqual([
      ['c202', null, 0, 'Tom', 'Answering a removed comment.'],
      ['c206', null, 0, 'Dev', 'Still here.'],
      ['c208', 'c206', 1, 'Lucia', 'Hai fatto bene a cancellarlo.'],
    ]);
  });

  it('reads the classic template: flat dt/dd pairs, "said..." removed, deleted comments dropped', () => {
    const doc = parse(`<div id="comments"><h4>3 comments:</h4><dl id="comments-block">
      <dt class="comment-author blogger-comment-icon" id="c301"><a name="c301"></a><a href="https://www.blogger.com/profile/9" rel="nofollow">Marta Vale</a> said...</dt>
      <dd class="comment-body" id="Blog1_cmt-301"><p>Old template, first comment.</p></dd>
      <dd class="comment-footer"><span class="comment-timestamp"><a href="${POST}?showComment=1210000000000#c301" title="comment permalink">May 5, 2008 at 3:06 PM</a></span>
        <span class="item-control blog-admin pid-1"><a href="https://www.blogger.com/delete-comment.g?blogID=1&amp;postID=301">Delete</a></span></dd>
      <dt class="comment-author anon-comment-icon" id="c302"><a name="c302"></a>Anonymous said...</dt>
      <dd class="comment-body" id="Blog1_cmt-302"><span class="deleted-comment">This comment has been removed by the author.</span></dd>
      <dd class="comment-footer"><span class="comment-timestamp"><a href="${POST}?showComment=1210003600000#c302">May 5, 2008 at 4:06 PM</a></span></dd>
      <dt class="comment-author anon-comment-icon" id="c303"><a name="c303"></a>Anonymous said...</dt>
      <dd class="comment-body" id="Blog1_cmt-303">Second comment,<br>on two lines.</dd>
      <dd class="comment-footer"><span class="comment-timestamp"><a href="${POST}#c303">May 6, 2008 at 9:00 AM</a></span></dd>
    </dl><p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=2">Post a Comment</a></p></div>`, POST);
    const found = findComments(doc);
    expect(found.platform).toBe('blogger');
    expect(found.replySource).toBe('none');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['c301', null, 'Marta Vale', '2008-05-05T15:06:40.000Z', 'Old template, first comment.'],
      ['c303', null, 'Anonymous', 'May 6, 2008 at 9:00 AM', 'Second comment,\non two lines.'],
    ]);
  });

  it('is not on WordPress comment lists or pages without Blogger comments', () => {
    const wp = parse(`<div id="comments" class="comments-area"><ol class="comment-list">
      <li id="comment-7" class="comment even depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ana</b></footer>
      <div class="comment-content"><p>WordPress words.</p></div></article></li></ol></div>`);
    expect(blogger.detect(wp)).toBeNull();
    expect(findComments(wp).platform).toBe('wordpress');
    expect(blogger.detect(parse('<div class="comment-thread"><ol><li class="comment" id="c1">x</li></ol></div>'))).toBeNull();
  });
});
