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

/** vBulletin 3 (postbit_legacy): one table a post, the words in div#post_message_N, the signature after it. */
const vb3Post = (id: number, n: number, author: string, date: string, body: string): string =>
  `<div id="edit${id}" style="padding:0px 0px 6px 0px"><table class="tborder" id="post${id}" cellpadding="6" cellspacing="0" border="0" width="100%">
    <tr><td class="thead"><a name="post${id}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Old"></a> ${date}</td>
      <td class="thead" align="right">#<a href="showpost.php?p=${id}&amp;postcount=${n}" id="postcount${id}" name="${n}"><strong>${n}</strong></a></td></tr>
    <tr valign="top"><td class="alt2" width="175"><div id="postmenu_${id}"><a class="bigusername" href="member.php?u=${id}">${author}</a></div>
      <div class="smallfont">Member</div><div class="smallfont"><div>Join Date: Jan 2008</div><div>Posts: 412</div></div></td>
      <td class="alt1" id="td_post_${id}"><div id="post_message_${id}">${body}</div>
        <div>__________________<br>Lakeshore Little League coach</div></td></tr>
    <tr><td class="alt2"></td><td class="alt1" align="right"><a href="newreply.php?do=newreply&amp;p=${id}"><img src="images/buttons/quote.gif" alt="Reply With Quote"></a></td></tr>
  </table></div>`;

const vb3Quote = (id: number, who: string, what: string): string =>
  `<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">Quote:</div>
    <table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2" style="border:1px inset">
      <div>Originally Posted by <strong>${who}</strong> <a href="showthread.php?p=${id}#post${id}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" alt="View Post"></a></div>
      <div style="font-style:italic">${what}</div></td></tr></table></div>`;

const vb3Page = (posts: string): string => `<html lang="en"><head><title>Red-light cameras at six intersections - Lakeshore Forums</title></head><body>
  <table class="tborder"><tr><td class="navbar"><strong>Red-light cameras at six intersections</strong></td></tr></table>
  <div id="posts">${posts}
  <!-- post #adsense --><table class="tborder" id="post_adsense"><tr><td class="alt1">Sponsored Links</td></tr></table>
  </div></body></html>`;

describe('forum: vBulletin', () => {
  const posts =
    vb3Post(401, 1, 'LakeDad', '05-13-2009, 07:40 AM', 'The council voted 5-2 last night to put cameras at six intersections.<br><br>Thoughts?') +
    vb3Post(402, 2, 'northshoremom', '05-13-2009, 08:31 AM', 'Who reviews the footage before a ticket goes out?') +
    vb3Post(403, 3, 'Brian_K', '05-13-2009, 08:52 AM', `${vb3Quote(402, 'northshoremom', 'Who reviews the footage?')}An officer signs off on every one.`);

  it('reads vBulletin 3 posts after the first: author, the header date, quotes kept with their parent, signatures and sponsored rows left out', () => {
    const found = findComments(parse(vb3Page(posts), 'https://forums.example/showthread.php?t=77'));
    expect(found.platform).toBe('forum');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['post402', null, 'northshoremom', '05-13-2009, 08:31 AM', 'Who reviews the footage before a ticket goes out?'],
      ['post403', 'post402', 'Brian_K', '05-13-2009, 08:52 AM', 'Quote:\nOriginally Posted by northshoremom\nWho reviews the footage?\nAn officer signs off on every one.'],
    ]);
  });

  it('takes every post as a reply when the first on the page is not post #1', () => {
    const later = vb3Post(410, 11, 'MikeV', '05-14-2009, 09:00 AM', 'Hearing is on the 26th.') + vb3Post(411, 12, 'Jen', '05-14-2009, 09:30 AM', 'Thanks!');
    expect((forum.detect(parse(vb3Page(later), 'https://forums.example/showthread.php?t=77&page=2')) ?? []).map((c) => c.id)).toEqual(['post410', 'post411']);
  });

  it('reads vBulletin 4 posts (li.postcontainer, blockquote.postcontent, .postdate)', () => {
    const vb4 = (id: number, n: number, author: string, body: string) =>
      `<li class="postbit postbitim postcontainer old" id="post_${id}"><div class="posthead"><span class="postdate old"><span class="date">14-05-2012,&nbsp;<span class="time">10:02</span></span></span>
        <span class="nodecontrols"><a name="post${id}" href="showthread.php?p=${id}#post${id}" class="postcounter">#${n}</a></span></div>
        <div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u=${id}"><strong>${author}</strong></a></div></div>
        <div class="postbody"><div class="postrow"><div class="content"><div id="post_message_${id}"><blockquote class="postcontent restore">${body}</blockquote></div></div>
        <blockquote class="signature restore"><div class="signaturecontainer">My sig</div></blockquote></div></div></div></li>`;
    const quote = `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">Originally Posted by <strong>Ada</strong>
      <a href="showthread.php?p=501#post501" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post"></a></div><div class="message">Trams first.</div></div></div></div>`;
    const page = `<html><head><title>Tram plans - Board</title></head><body><ol id="posts" class="posts">
      ${vb4(500, 1, 'Opener', 'The city wants trams by 2030.')}${vb4(501, 2, 'Ada', 'Trams first.')}${vb4(502, 3, 'Bo', `${quote}Buses are cheaper.`)}</ol></body></html>`;
    const found = findComments(parse(page, 'https://board.example/showthread.php?t=9'));
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.text])).toEqual([
      ['post501', null, 'Ada', 'Trams first.'],
      ['post502', 'post501', 'Bo', 'Originally Posted by Ada\nTrams first.\nBuses are cheaper.'],
    ]);
    expect(found.comments[0]?.time).toContain('14-05-2012');
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
