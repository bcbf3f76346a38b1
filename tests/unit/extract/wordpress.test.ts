import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { wordpress } from '../../../utils/extract/platforms/wordpress';
import { fixture, parse, snapshot } from './dom';

describe('wordpress', () => {
  const doc = fixture('wordpress-classic.html');
  const before = snapshot(doc);
  const found = findComments(doc);

  it('finds the comments and nothing else', () => {
    expect(found.platform).toBe('wordpress');
    expect(found.replySource).toBe('nesting');
    expect(found.comments.map((c) => c.id)).toEqual(['comment-11', 'comment-12', 'comment-15']);
  });

  it('leaves out pingbacks, trackbacks and the comment form', () => {
    const texts = found.comments.map((c) => c.text).join('\n');
    expect(texts).not.toMatch(/Pingback|Trackback|Anderer Blog|Linkliste|Kommentar abschicken/);
  });

  it('reads parents, levels, authors and times from the markup', () => {
    expect(found.comments.map((c) => [c.parentId, c.level, c.author, c.time])).toEqual([
      [null, 0, 'Anna', '12. März 2012 um 10:15'],
      ['comment-11', 1, 'Backstube', '12. März 2012 um 11:02'],
      [null, 0, 'Bernd', '13. März 2012 um 08:40'],
    ]);
  });

  it('keeps only the body text: no byline, date, Reply link or moderation note', () => {
    expect(found.comments.map((c) => c.text)).toEqual([
      'Sehr lecker, habe Himbeeren genommen.\nBeim zweiten Mal mit weniger Zucker, auch gut 🙂',
      'Danke Anna! Mit Himbeeren mag ich sie auch am liebsten.',
      'Kann man statt Butter auch Öl nehmen?',
    ]);
  });

  it('gives locators that find the comment again', () => {
    for (const c of found.comments) expect(doc.querySelector(c.locator)).toBe(c.element);
  });

  it('does not change the page', () => {
    expect(snapshot(doc)).toBe(before);
  });

  it('reads class-less items that carry only id="comment-N"', () => {
    const page = parse(`<ol id="commentlist">
      <li id="comment-1"><p><cite>Ute</cite> 3. Mai 2011</p><p>Erster!</p>
        <ul><li id="comment-2"><p><cite>Jan</cite> 4. Mai 2011</p><p>Zweiter.</p></li></ul></li>
      <li id="comment-form">not a comment</li></ol>`);
    const comments = wordpress.detect(page) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.author])).toEqual([
      ['comment-1', null, 'Ute'],
      ['comment-2', 'comment-1', 'Jan'],
    ]);
  });

  it('reads div-style items, their `ul.children` replies, and leaves out Like lines and sidebar widgets', () => {
    // Themes with a custom `wp_list_comments` callback close each div.comment before its replies;
    // Jetpack adds a "Liked by" line inside the body; a "Recent comments" widget reuses the markup.
    const item = (id: number, depth: number, who: string, what: string): string =>
      `<div class="comment depth-${depth}" id="comment-${id}"><header class="comment-meta"><p class="comment-author">${who}</p><small>2. Mai 2024</small></header>
        <div class="comment-content"><p>${what}</p><p class="comment-likes" id="comment-like-${id}"><a href="?like_comment=${id}">Like</a> Liked by 3 people</p></div></div>`;
    const page = parse(`<div id="comments"><div class="comment-list">
        ${item(1, 1, 'Ute', 'Gibt es das auch ohne Nüsse?')}
        <ul class="children">${item(2, 2, 'Jan', 'Ja, einfach weglassen.')}</ul>
        ${item(3, 1, 'Ole', 'Hat super geklappt.')}
      </div></div>
      <aside class="widget widget_recent_comments"><ol class="commentlist"><li class="comment" id="li-comment-90">
        <div class="comment-content"><p class="comment-author">Eva</p><div class="comment-text">Ein Kommentar zu einem anderen Beitrag.</div></div></li></ol></aside>`);
    const comments = wordpress.detect(page) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.level, c.author, c.text])).toEqual([
      ['comment-1', null, 0, 'Ute', 'Gibt es das auch ohne Nüsse?'],
      ['comment-2', 'comment-1', 1, 'Jan', 'Ja, einfach weglassen.'],
      ['comment-3', null, 0, 'Ole', 'Hat super geklappt.'],
    ]);
  });

  it("reads the Classic theme's byline after the words: name from the author link, date after the dash, not in the text", () => {
    const item = (id: number, who: string, what: string) => `<li id="comment-${id}">
        <p>${what}</p>
        <p><cite>Comment by <a href="https://${who.toLowerCase()}.example/" rel="external nofollow" class="url">${who}</a> &#8212; 17.07, 2011 @ <a href="#comment-${id}">16:4${id}</a></cite> </p>
      </li>`;
    const page = parse(`<h3 id="comments">3 Comments</h3><ol class="commentlist">
        ${item(1, 'Stadler', 'So ist es.')}${item(2, 'Princo', 'Das sehe ich anders.')}${item(3, 'Anna', 'Danke für den Hinweis.')}
        <li id="comment-4"><p>Ohne Website.</p><p><cite>Kommentar von Jan Dark &#8212; 18.07, 2011 @ <a href="#comment-4">16:41</a></cite></p></li>
      </ol>`);
    const comments = wordpress.detect(page) ?? [];
    expect(comments.map((c) => [c.id, c.author, c.time, c.text])).toEqual([
      ['comment-1', 'Stadler', '17.07, 2011 @ 16:41', 'So ist es.'],
      ['comment-2', 'Princo', '17.07, 2011 @ 16:42', 'Das sehe ich anders.'],
      ['comment-3', 'Anna', '17.07, 2011 @ 16:43', 'Danke für den Hinweis.'],
      ['comment-4', 'Jan Dark', '18.07, 2011 @ 16:41', 'Ohne Website.'],
    ]);
    expect(comments.flatMap((c) => c.links)).toEqual([]);
  });

  it('is not on a page without a comment list', () => {
    expect(wordpress.detect(parse('<article><p>Hello</p></article>'))).toBeNull();
  });

  it('skips a "Profile" link in the author box for the name further down (Uproxx theme), and never reports a button as the name', () => {
    const page = parse(`<ol class="commentlist">
      <li class="comment" id="comment-1"><div class="comment-author vcard"><img alt="[avatar]"><a class="profile_link" href="/u/1">Profile</a></div>
        <div class="comment-meta"><div class="comment_date">11.05.12 at 1:55 pm</div><div class="comment_author"> James Spader's Ghost</div>
        <div class="comment-body"><p>Christ, that's funny. Exponentially funny.</p></div></div></li>
      <li class="comment" id="comment-2"><div class="comment-author vcard"><a class="profile_link" href="/u/2">Profile</a></div>
        <div class="comment-body"><p>No San Francisco or Seattle :-(</p></div></li>
    </ol>`);
    expect(findComments(page).comments.map((c) => c.author)).toEqual(["James Spader's Ghost", null]);
  });

  it('reads the innermost body when one body class wraps another, and the `.comment_date` time (Uproxx network, Joy the Baker)', () => {
    // Uproxx's theme puts the date, the name and `.comment-body` inside `div.comment_text`: the date
    // was read as the first line of every comment, and no time was read.
    const page = parse(`<ol class="commentlist">
      <li class="comment depth-1" id="li-comment-1"><div id="comment-1"><div class="comment-author vcard"><a class="profile_link" href="/u/1">Profile</a></div>
        <div class="comment-meta commentmetadata comment_text"><div class="comment_date"> 11.05.12 at 1:55 pm</div><div class="comment_author"> James Spader's Ghost</div>
        <div class="comment-body"><p>Christ, that's funny. Exponentially funny.</p></div></div></div></li>
      <li class="comment depth-1" id="li-comment-2"><div id="comment-2"><div class="comment-author vcard"></div>
        <div class="comment-meta commentmetadata comment_text"><div class="comment_date"> 11.05.12 at 2:01 pm</div><div class="comment_author"> Torgo</div>
        <div class="comment-body"><p>No San Francisco or Seattle :-(</p></div></div></div></li>
    </ol>`);
    const got = findComments(page).comments;
    expect(got.map((c) => [c.author, c.time, c.text])).toEqual([
      ["James Spader's Ghost", '11.05.12 at 1:55 pm', "Christ, that's funny. Exponentially funny."],
      ['Torgo', '11.05.12 at 2:01 pm', 'No San Francisco or Seattle :-('],
    ]);
  });
});
