import { describe, expect, it } from 'vitest';
import { Extraction } from '../../../utils/schema';
import { readPage } from '../../../utils/extract/extract-page';
import { disqus, isDisqusEmbed } from '../../../utils/extract/platforms/disqus';
import { parse, snapshot } from './dom';

/** One Disqus post as the embed renders it; `children` is the markup of its replies. */
function post(id: string, author: string, title: string, message: string, children = ''): string {
  return `<li class="post" id="post-${id}"><div class="post-content" data-role="post-content">
    <div class="avatar"><a class="user" href="https://disqus.example/by/${author}/"><img alt="Avatar"></a></div>
    <div class="post-body"><header class="comment__header">
      <span class="post-byline"><span class="author publisher-anchor-color"><a href="https://disqus.example/by/${author}/" data-username="${author}">${author}</a></span></span>
      <span class="post-meta"><span class="bullet time-ago-bullet">•</span><a href="#comment-${id}" class="time-ago" title="${title}">2 hours ago</a></span>
    </header>
    <div class="post-body-inner"><div class="post-message-container"><div data-role="message-content"><div class="post-message" data-role="message">${message}</div></div></div></div>
    <footer class="comment__footer"><menu class="comment-footer__menu"><li class="voting"><a class="vote-up" title="Vote up">2</a></li><li class="reply"><a data-action="reply"><span class="text">Reply</span></a></li></menu></footer>
    </div></div>
    <ul class="children" data-role="children">${children}</ul></li>`;
}

const EMBED = `<!DOCTYPE html><html lang="en"><head><title>Disqus Comments</title></head><body>
  <div id="layout"><section id="conversation" data-role="main"><div id="posts"><ul id="post-list" class="post-list">
  ${post('101', 'ana', 'Tuesday, March 12, 2024 9:00 AM', '<p>First point.</p><p>Second paragraph.</p>',
    post('102', 'ben', 'Tuesday, March 12, 2024 9:30 AM', '<p>A reply with <a href="https://example.org/x" rel="nofollow noopener">a link</a>.</p>',
      post('103', 'ana', 'Tuesday, March 12, 2024 9:45 AM', '<p>Reply to the reply.</p>')))}
  ${post('104', 'cy', 'Tuesday, March 12, 2024 10:00 AM', '<p>Another thread.</p>')}
  </ul></div></section></div></body></html>`;

describe('disqus', () => {
  it('reads the embed document: ids, nesting, authors, full dates, body only', () => {
    const doc = parse(EMBED, 'https://disqus.com/embed/comments/?base=default&f=portside&t_u=https%3A%2F%2Fnews.example%2Fstory');
    const comments = disqus.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time])).toEqual([
      ['post-101', null, 0, 'ana', 'Tuesday, March 12, 2024 9:00 AM'],
      ['post-102', 'post-101', 1, 'ben', 'Tuesday, March 12, 2024 9:30 AM'],
      ['post-103', 'post-102', 2, 'ana', 'Tuesday, March 12, 2024 9:45 AM'],
      ['post-104', null, 0, 'cy', 'Tuesday, March 12, 2024 10:00 AM'],
    ]);
    expect(comments.map((c) => c.text)).toEqual(['First point.\nSecond paragraph.', 'A reply with a link.', 'Reply to the reply.', 'Another thread.']);
    expect(comments[1]?.links).toEqual([{ href: 'https://example.org/x', text: 'a link' }]);
  });

  it('readPage on the embed gives its comments, no article, and leaves the page alone', () => {
    const doc = parse(EMBED, 'https://disqus.com/embed/comments/?base=default&f=portside');
    const before = snapshot(doc);
    const { extraction, elements } = readPage(doc);
    expect(extraction.platform).toBe('disqus');
    expect(extraction.replySource).toBe('nesting');
    expect(extraction.comments).toHaveLength(4);
    expect(extraction.article).toBeNull();
    expect(elements.get('post-103')).toBe(doc.getElementById('post-103'));
    expect(Extraction.safeParse(extraction).success).toBe(true);
    expect(snapshot(doc)).toBe(before);
  });

  it('knows its embed by URL only', () => {
    expect(isDisqusEmbed(parse('<p></p>', 'https://disqus.com/embed/comments/?f=x'))).toBe(true);
    expect(isDisqusEmbed(parse('<p></p>', 'https://news.example/disqus.com/embed/'))).toBe(false);
    expect(isDisqusEmbed(parse('<p></p>', 'https://news.example/story'))).toBe(false);
  });

  it('finds nothing (and does not fail) on a page that only holds the cross-origin Disqus iframe', () => {
    const doc = parse(`<html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>
      <p>${'Words of the story. '.repeat(30)}</p></article>
      <div id="disqus_thread"><iframe src="https://disqus.com/embed/comments/?f=portside" title="Disqus" scrolling="no"></iframe></div></body></html>`);
    const { extraction } = readPage(doc);
    expect(extraction.comments).toEqual([]);
    expect(extraction.platform).toBeNull();
    expect(extraction.article?.text).toContain('Words of the story.');
    expect(Extraction.safeParse(extraction).success).toBe(true);
  });

  it('is not on a page whose `.post` items are blog teasers', () => {
    expect(disqus.detect(parse('<ul class="posts"><li class="post"><a href="/a">A post</a></li></ul>'))).toBeNull();
  });
});

describe('Disqus server-rendered fallback (WordPress plugin, no JavaScript)', () => {
  /** One comment as the plugin prints it; a commenter with a website gets a link for a name. */
  const item = (n: number, name: string, message: string, site: string | null, children = ''): string => `
    <li id="dsq-comment-${n}"><div id="dsq-comment-header-${n}" class="dsq-comment-header"><cite id="dsq-cite-${n}">
      ${site ? `<a id="dsq-author-user-${n}" href="${site}" rel="nofollow">${name}</a>` : `<span id="dsq-author-user-${n}">${name}</span>`}</cite></div>
      <div id="dsq-comment-body-${n}" class="dsq-comment-body"><div id="dsq-comment-message-${n}" class="dsq-comment-message"><p>${message}</p></div></div>
      ${children ? `<ul class="children">${children}</ul>` : ''}</li>`;

  it('reads the fallback thread as Disqus: names, words, replies nested in the list', () => {
    const doc = parse(`<body><article><h1>Notes</h1><p>${'Body of the post. '.repeat(20)}</p></article>
      <div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">
        ${item(11, 'Ada', 'Was this taken in the harbour?', null, item(12, 'Newsroom', 'It looks like it, yes.', 'https://news.example/'))}
        ${item(13, 'Bruno', 'I found it online, same day as the visit.', null)}
      </ul></div></div></body>`);
    const found = disqus.detect(doc);
    expect(found?.map((c) => [c.id, c.parentId, c.author, c.text])).toEqual([
      ['dsq-comment-11', null, 'Ada', 'Was this taken in the harbour?'],
      ['dsq-comment-12', 'dsq-comment-11', 'Newsroom', 'It looks like it, yes.'],
      ['dsq-comment-13', null, 'Bruno', 'I found it online, same day as the visit.'],
    ]);
  });
});
