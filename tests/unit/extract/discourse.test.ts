import { describe, expect, it } from 'vitest';
import { discourse } from '../../../utils/extract/platforms/discourse';
import { parse } from './dom';

const post = (n: number, user: string, body: string, extra = '', attrs = ''): string =>
  `<div class="topic-post clearfix regular" ${attrs}><article id="post_${n}" data-post-id="${900 + n}" data-topic-id="5" class="boxed onscreen-post">
    <div class="topic-body"><div class="topic-meta-data">
      <div class="names"><span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div>
      <div class="post-infos"><div class="post-info post-date"><a class="post-date"><span title="Apr 3, 2024" data-time="1712131200000" class="relative-date">Apr 3</span></a></div></div>
      ${extra}</div>
    <div class="regular contents"><div class="cooked">${body}</div>
      <section class="post-menu-area"><nav class="post-controls"><button class="reply">Reply</button></nav></section></div></div></article></div>`;

describe('discourse', () => {
  it('leaves out post 1 (the topic), reads parents from attributes, reply tabs and quotes left out', () => {
    const doc = parse(`<div class="post-stream">
      ${post(1, 'op', '<p>The topic itself.</p>')}
      ${post(2, 'ana', '<p>First reply to the topic.</p>')}
      ${post(3, 'bo', '<aside class="quote" data-post="2"><blockquote><p>First reply</p></blockquote></aside><p>Answering Ana.</p>', '', 'data-reply-to-post-number="2"')}
      ${post(4, 'cy', '<p>Answering Bo by the tab.</p>', '<a class="reply-to-tab" aria-label="in reply to post #3 by @bo"><span>bo</span></a>')}
      ${post(5, 'di', '<p>Tab without a number.</p>', '<a class="reply-to-tab"><img class="avatar"><span>ana</span></a>')}
    </div>`);
    const comments = discourse.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['post_2', null, 'ana', '2024-04-03T08:00:00.000Z', 'First reply to the topic.'],
      ['post_3', 'post_2', 'bo', '2024-04-03T08:00:00.000Z', 'Answering Ana.'],
      ['post_4', 'post_3', 'cy', '2024-04-03T08:00:00.000Z', 'Answering Bo by the tab.'],
      ['post_5', 'post_2', 'di', '2024-04-03T08:00:00.000Z', 'Tab without a number.'],
    ]);
  });

  it('does not take WordPress articles with data-post-id for posts', () => {
    expect(discourse.detect(parse('<article id="post-12" data-post-id="12"><p>A blog post.</p></article>'))).toBeNull();
  });
});
