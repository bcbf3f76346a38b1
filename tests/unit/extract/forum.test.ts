import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { readPage } from '../../../utils/extract/extract-page';
import { forum } from '../../../utils/extract/platforms/forum';
import { parse } from './dom';

const THREAD = 'https://forum.example/threads/winter-tyres.55/';

const xfPost = (id: number, n: number, author: string, iso: string, body: string, extra = ''): string =>
  `<article class="message message--post js-post" data-author="${author}" data-content="post-${id}" id="js-post-${id}">
    <span class="u-anchorTarget" id="post-${id}"></span><div class="message-inner">
    <div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails">
      <h4 class="message-name"><a href="/members/${id}/" class="username">${author}</a></h4><h5 class="userTitle">Member</h5></div>
      <div class="message-userExtras"><dl class="pairs"><dt>Messages</dt><dd>120</dd></dl></div></section></div>
    <div class="message-cell message-cell--main"><div class="message-main">
      <header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline">
        <li><a href="/threads/winter-tyres.55/post-${id}"><time class="u-dt" datetime="${iso}" title="Nov 18, 2024">Nov 18, 2024</time></a></li></ul>
        <ul class="message-attribution-opposite"><li><a href="/threads/winter-tyres.55/post-${id}">#${n}</a></li></ul></header>
      <div class="message-content"><div class="message-userContent"><article class="message-body js-selectToQuote">
        <div itemprop="text"><div class="bbWrapper">${body}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
        ${extra}</div>
      <footer class="message-footer"><div class="actionBar"><a class="actionBar-action">Reply</a></div></footer></div></div></div></article>`;

const xfPage = (posts: string): string => `<html lang="en"><head><title>Winter tyres for a hilly commute | Riders</title>
  <meta property="og:title" content="Winter tyres for a hilly commute"></head><body>
  <div class="p-body-header"><h1 class="p-title-value">Winter tyres for a hilly commute</h1></div>
  <div class="block block--messages"><div class="block-container"><div class="block-body">${posts}</div></div></div>
  <form class="block js-quickReply"><div class="message message--quickReply"><textarea></textarea></div></form></body></html>`;

const OPENING =
  'I commute eleven kilometres each way with one long climb and a steep descent.<br><br>Which winter tyres would you fit, studded or studless, for black ice under the bridge?';

describe('forum: XenForo', () => {
  const quote = `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote" data-quote="Fen">
    <div class="bbCodeBlock-title"><a href="/goto/post?id=2" class="bbCodeBlock-sourceJump">Fen said:</a></div>
    <div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">Studded, without a doubt.</div>
    <div class="bbCodeBlock-expandLink"><a role="button">Click to expand...</a></div></div></blockquote>Agreed, and fit them early.`;
  const posts =
    xfPost(1, 1, 'kestrel', '2024-11-18T07:42:10+0000', OPENING) +
    xfPost(2, 2, 'Fen', '2024-11-18T09:05:51+0000', 'Studded, without a doubt.',
      '<aside class="message-signature"><div class="bbWrapper">Winter rides every Saturday.</div></aside>') +
    xfPost(3, 3, 'Ines', '2024-11-18T12:30:02+0000', quote,
      '<div class="message-lastEdit">Last edited: <time datetime="2024-11-18T12:41:15+0000">Nov 18</time></div>');

  it('gives the replies flat, keeps quoted text, leaves out signatures, toggles and the first post', () => {
    const doc = parse(xfPage(posts), THREAD);
    const found = findComments(doc);
    expect(found.platform).toBe('forum');
    expect(found.replySource).toBe('parent-attribute');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['post-2', null, 0, 'Fen', '2024-11-18T09:05:51+0000', 'Studded, without a doubt.'],
      // The quote's "Fen said:" jump link goes to post 2: post 3 answers it.
      ['post-3', 'post-2', null, 'Ines', '2024-11-18T12:30:02+0000', 'Fen said:\nStudded, without a doubt.\nAgreed, and fit them early.'],
    ]);
  });

  it('answers the post a quote comes from (data-source), and the thread when that post is not on the page', () => {
    const q = (id: number, who: string, what: string) =>
      `<blockquote data-attributes="member: 9" data-quote="${who}" data-source="post: ${id}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
        <div class="bbCodeBlock-title">${who} said:</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">${what}</div></div></blockquote>`;
    const page =
      xfPost(1, 1, 'kestrel', '2024-11-18T07:42:10+0000', OPENING) +
      xfPost(2, 2, 'Fen', '2024-11-18T09:05:51+0000', `${q(1, 'kestrel', 'Which winter tyres would you fit?')}Studded.`) +
      xfPost(3, 3, 'Ines', '2024-11-18T12:30:02+0000', `${q(2, 'Fen', 'Studded.')}Agreed.`) +
      xfPost(4, 4, 'Olu', '2024-11-18T13:00:00+0000', `${q(977, 'Max', 'From another page.')}Same here.`);
    const found = findComments(parse(xfPage(page), THREAD));
    expect(found.replySource).toBe('parent-attribute');
    expect(found.comments.map((c) => [c.id, c.parentId])).toEqual([['post-2', null], ['post-3', 'post-2'], ['post-4', null]]);
  });

  it('leaves the first post to the article reader', () => {
    const { extraction } = readPage(parse(xfPage(posts), THREAD));
    expect(extraction.comments.map((c) => c.id)).not.toContain('post-1');
    expect(extraction.article?.title).toBe('Winter tyres for a hilly commute');
    expect(extraction.article?.text).toContain('I commute eleven kilometres each way with one long climb and a steep descent.');
    expect(extraction.article?.text).not.toContain('Studded, without a doubt.');
  });

  it('on a later page of the thread, every post is a reply', () => {
    const later = xfPost(41, 21, 'Ana', '2024-12-01T08:00:00+0000', 'Page two, first post.') +
      xfPost(42, 22, 'Bo', '2024-12-01T09:00:00+0000', 'Page two, second post.');
    const ids = (url: string): string[] => (forum.detect(parse(xfPage(later), url)) ?? []).map((c) => c.id);
    expect(ids(`${THREAD}page-2`)).toEqual(['post-41', 'post-42']);
    // Without post numbers the URL decides.
    const unnumbered = later.replace(/#2[12]/g, '');
    expect((forum.detect(parse(xfPage(unnumbered), `${THREAD}page-2`)) ?? []).map((c) => c.id)).toEqual(['post-41', 'post-42']);
    expect((forum.detect(parse(xfPage(unnumbered), THREAD)) ?? []).map((c) => c.id)).toEqual(['post-42']);
  });

  it('finds nothing when the thread has only its first post', () => {
    expect(forum.detect(parse(xfPage(xfPost(1, 1, 'kestrel', '2024-11-18T07:42:10+0000', OPENING)), THREAD))).toBeNull();
  });
});

const phpbbPost = (id: number, author: string, byline: string, body: string): string =>
  `<div id="p${id}" class="post has-profile bg2"><div class="inner">
    <dl class="postprofile" id="profile${id}"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${author}</a></dt>
      <dd class="profile-rank">Member</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${id}">212</a></dd></dl>
    <div class="postbody"><div id="post_content${id}"><h3><a href="./viewtopic.php?p=${id}#p${id}">Re: Allotment water</a></h3>
      <ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" class="button" title="Reply with quote"><span>Quote</span></a></li></ul>
      <p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><span class="sr-only">Post</span></a>
        <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${author}</a></strong> » </span>${byline}</p>
      <div class="content">${body}</div>
      <div id="sig${id}" class="signature">My plot: number 14, by the gate.</div></div></div>
    <div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider">`;

const phpbbPage = (posts: string, pagination = ''): string => `<html lang="en"><head><title>Allotment water - Growers Board</title></head><body>
  <div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=9">Allotment water</a></h2>
  <div class="action-bar bar-top">${pagination}</div>${posts}</div></body></html>`;

describe('forum: phpBB', () => {
  const posts =
    phpbbPost(1201, 'opener', '<time datetime="2024-03-04T18:22:10+00:00">Mon Mar 04, 2024 6:22 pm</time>',
      'The trough at the top of the site has been dry for a fortnight.<br>Does anyone know who to ask about the standpipe?') +
    phpbbPost(1202, 'gardener_jo', '<time datetime="2024-03-04T19:00:00+00:00">Mon Mar 04, 2024 7:00 pm</time>',
      '<blockquote><div><cite>opener wrote: <a href="./viewtopic.php?p=1201#p1201" data-post-id="1201">↑</a><span class="responsive-hide">Mon Mar 04, 2024 6:22 pm</span></cite>Does anyone know who to ask?</div></blockquote>The site secretary, by email.') +
    phpbbPost(1203, 'Pat', 'Tue Mar 05, 2024 8:15 am', 'Fixed now, the valve was shut.');

  it('answers a quoted post of the page by its ↑ link (data-post-id); quoting the opening post answers the thread', () => {
    const more = posts + phpbbPost(1204, 'Ray', 'Tue Mar 05, 2024 9:00 am',
      '<blockquote><div><cite>Pat wrote: <a href="./viewtopic.php?p=1203#p1203" data-post-id="1203">↑</a><span class="responsive-hide">Tue Mar 05, 2024 8:15 am</span></cite>Fixed now.</div></blockquote>Who shut it?');
    const found = findComments(parse(phpbbPage(more), 'https://board.example/viewtopic.php?t=9'));
    expect(found.comments.map((c) => [c.id, c.parentId, c.level])).toEqual([['p1202', null, 0], ['p1203', null, 0], ['p1204', 'p1203', null]]);
  });

  it('reads posts after the first: author, <time> or the date after », quotes kept, signatures left out', () => {
    const found = findComments(parse(phpbbPage(posts), 'https://board.example/viewtopic.php?t=9'));
    expect(found.platform).toBe('forum');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['p1202', null, 0, 'gardener_jo', '2024-03-04T19:00:00+00:00', 
        // phpBB's <cite> is inline markup (made a block by CSS), so the attribution runs into the quote.
        'opener wrote: Does anyone know who to ask?\nThe site secretary, by email.'],
      ['p1203', null, 0, 'Pat', 'Tue Mar 05, 2024 8:15 am', 'Fixed now, the valve was shut.'],
    ]);
  });

  it('takes every post as a reply past the first page (start= offset or pagination)', () => {
    const ids = (html: string, url: string): string[] => (forum.detect(parse(html, url)) ?? []).map((c) => c.id);
    expect(ids(phpbbPage(posts), 'https://board.example/viewtopic.php?t=9&start=20')).toEqual(['p1201', 'p1202', 'p1203']);
    const page2 = '<div class="pagination"><ul><li><a href="./viewtopic.php?t=9">1</a></li><li class="active"><span>2</span></li></ul></div>';
    expect(ids(phpbbPage(posts, page2), 'https://board.example/viewtopic.php?t=9')).toEqual(['p1201', 'p1202', 'p1203']);
  });

  it('leaves the first post to the article reader', () => {
    const { extraction } = readPage(parse(phpbbPage(posts), 'https://board.example/viewtopic.php?t=9'));
    expect(extraction.platform).toBe('forum');
    expect(extraction.comments.map((c) => c.id)).toEqual(['p1202', 'p1203']);
    expect(extraction.article?.text).toContain('The trough at the top of the site has been dry for a fortnight.');
  });
});

describe('forum: elsewhere', () => {
  it('is not on WordPress posts (div.post#post-N) or other markup, and does not throw on odd pages', () => {
    const wp = parse(`<div id="post-12" class="post type-post"><div class="postbody"><div class="content">Blog post.</div></div></div>
      <div id="post-13" class="post"><div class="content">Another.</div></div>`);
    expect(forum.detect(wp)).toBeNull();
    expect(forum.detect(parse('<article class="message--post" data-content="thread-1"><div class="bbWrapper">x</div></article>'))).toBeNull();
    expect(forum.detect(parse('<div id="p1" class="post"></div><div id="p2" class="post"><div class="postbody"></div></div>'))).toBeNull();
    expect(() => forum.detect(parse('').createDocumentFragment())).not.toThrow();
  });
});
