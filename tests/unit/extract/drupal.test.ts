import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { drupal } from '../../../utils/extract/platforms/drupal';
import { parse, snapshot } from './dom';

// Drupal 8+ core markup (invented text): id and user id on the element, subject as permalink,
// body in the schema:text field, replies in the `div.indented` after their parent.
const d8 = (id: number, who: string, subject: string, body: string): string => `
  <article data-comment-user-id="0" id="comment-${id}" about="/comment/${id}" typeof="schema:Comment" class="js-comment comment">
    <mark class="hidden" data-comment-timestamp="1715680000"></mark>
    <footer><span class="username">${who}</span> <span property="schema:dateCreated" content="2024-05-14T10:00:00+00:00" class="hidden"></span></footer>
    <div class="field--name-comment-body"><p property="schema:name"><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">${subject}</a></p></div>
    <div property="schema:text" class="field field--name-comment-body"><p>${body}</p></div>
    <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/1/comment/${id}">Reply</a></li></ul>
  </article>`;

describe('drupal', () => {
  const doc = parse(`<main><article><h1>Ferry timetable changes</h1><p>Story.</p></article>
    <section id="comments">
      ${d8(501, 'Ines', 'Too early', 'The first boat at five is too early for anyone.')}
      <div class="indented">${d8(502, 'Piet', 'Not for me', 'I work at the harbour, five suits me fine.')}</div>
      ${d8(503, 'Lou', 'Bikes?', 'Will bikes still be allowed on the last boat?')}
      <form class="comment-form"><textarea></textarea><input type="submit" value="Save"></form>
    </section></main>`);
  const before = snapshot(doc);
  const found = findComments(doc);

  it('reads Drupal 8 comments with ids, replies from `.indented`, authors and machine dates', () => {
    expect(found.platform).toBe('drupal');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time])).toEqual([
      ['comment-501', null, 0, 'Ines', '2024-05-14T10:00:00+00:00'],
      ['comment-502', 'comment-501', 1, 'Piet', '2024-05-14T10:00:00+00:00'],
      ['comment-503', null, 0, 'Lou', '2024-05-14T10:00:00+00:00'],
    ]);
  });

  it('keeps the body and leaves out the subject line, Reply link and form', () => {
    expect(found.comments.map((c) => c.text)).toEqual([
      'The first boat at five is too early for anyone.',
      'I work at the harbour, five suits me fine.',
      'Will bikes still be allowed on the last boat?',
    ]);
    expect(snapshot(doc)).toBe(before);
  });

  it('takes the id of a Drupal 7 comment from the anchor before it', () => {
    const page = parse(`<div id="comments"><a id="comment-77"></a><div class="comment"><h3 class="title"><a href="/comment/77">Subject</a></h3>
      <div class="content"><span class="username">Ann</span><div class="field-name-comment-body"><p>Seven words in a Drupal seven comment.</p></div></div></div></div>`);
    expect(drupal.detect(page)?.map((c) => [c.id, c.author, c.text])).toEqual([['comment-77', 'Ann', 'Seven words in a Drupal seven comment.']]);
  });

  it('is not on a page without Drupal comment markup', () => {
    expect(drupal.detect(parse('<div class="comment"><p>Not Drupal</p></div>'))).toBeNull();
  });
});
