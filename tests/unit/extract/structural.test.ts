import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { structural } from '../../../utils/extract/platforms/structural';
import { fixture, parse, snapshot } from './dom';

describe('structural detector', () => {
  const doc = fixture('hashed-classes.html');
  const before = snapshot(doc);
  const found = findComments(doc);

  it('finds the comments on a page with hashed class names', () => {
    expect(found.platform).toBe('structural');
    expect(found.replySource).toBe('nesting');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author])).toEqual([
      ['comment-9001', null, 'Jo Park'],
      ['comment-9002', 'comment-9001', 'Marta Ruiz'],
      ['comment-9003', null, 'Dev K.'],
    ]);
  });

  it('keeps only the body text, with links', () => {
    expect(found.comments.map((c) => c.text)).toEqual([
      'Finally! I have been waiting for this since my kid started school.\nNow do Oak Avenue next.',
      'Oak Avenue is a state road, the city cannot change it on its own.',
      'Forty parking spaces for a safe route to school seems like a fair trade. See this study.',
    ]);
    expect(found.comments[2]?.links).toEqual([{ href: 'https://example.org/study', text: 'this study' }]);
    expect(found.comments[0]?.time).toBe('2024-03-02T10:00:00Z');
  });

  it('does not take the related stories, the menu or the footer for comments', () => {
    const all = found.comments.map((c) => c.text).join('\n');
    expect(all).not.toMatch(/State to study|Parking fees|Home|About|Privacy|Riverside Courier/);
  });

  it('gives locators that find the comment again, and leaves the page as it was', () => {
    for (const c of found.comments) expect(doc.querySelector(c.locator)).toBe(c.element);
    expect(snapshot(doc)).toBe(before);
  });

  it('finds nothing on a page with only a related list, a menu and a footer', () => {
    const page = fixture('hashed-classes.html');
    page.querySelector('[aria-label="Comments"]')?.remove();
    expect(structural.detect(page)).toBeNull();
  });

  // One comment of a Wix-like widget (hashed classes; name and time in spans of their own).
  const wixItem = (who: string, when: string, what: string): string =>
    `<div class="k1"><div class="h"><span class="n">${who}</span> <span class="t">${when}</span></div><div class="c"><p>${what}</p></div><button class="k2">Responder</button></div>`;

  // A Wix-like widget on a blind tune page of batch 11 (pt): the time is a relative one in
  // Portuguese in a span of its own, the name a span with hashed classes, and a reply opens with a
  // linked "@name" mention of the comment it answers.
  it('reads relative times in the other languages as the time, and a linked @mention in the words as words, not the author', () => {
    const page = parse(`<section class="comments">${[
      wixItem('Bia Sousa', 'há 4 dias', 'Alguém sabe se aceita Pix nas barracas?'),
      wixItem('Marcos T.', 'há 4 dias', '<span><a href="https://example.org/profile/biasousa/profile">@Bia Sousa</a></span> quase todas aceitam sim'),
      wixItem('Lucía', 'hace 3 días', 'La arena se la lleva cada temporal.'),
      wixItem('Sanne', '3 dagen geleden', 'De kermis was druk dit jaar.'),
      wixItem('Giulia', "un'ora fa", 'Il parcheggio era pieno già alle otto.'),
    ].join('')}</section>`);
    const comments = structural.detect(page) ?? [];
    expect(comments.map((c) => [c.author, c.time, c.text])).toEqual([
      ['Bia Sousa', 'há 4 dias', 'Alguém sabe se aceita Pix nas barracas?'],
      ['Marcos T.', 'há 4 dias', '@Bia Sousa quase todas aceitam sim'],
      ['Lucía', 'hace 3 días', 'La arena se la lleva cada temporal.'],
      ['Sanne', '3 dagen geleden', 'De kermis was druk dit jaar.'],
      ['Giulia', "un'ora fa", 'Il parcheggio era pieno già alle otto.'],
    ]);
  });

  // The day words are one list with the chrome filter's (utils/extract/time-words.ts). A day in
  // words opens a time; inside a short comment's sentence it is the commenter's word: batch 11's
  // Wix page (pt) has "Aqui na Conselheiro Rocha voltou hoje de manhã." as a whole comment.
  it('reads a day in words as the time, but not a short comment that says "today" in a sentence', () => {
    const page = parse(`<section class="comments">${[
      wixItem('Rita', 'ontem', 'Aqui voltou hoje de manhã.'),
      wixItem('Tom', 'Yesterday at 5pm', 'Went there today.'),
      wixItem('Ines', 'gisteren', 'Vandaag was het weer druk.'),
      wixItem('Piero', 'oggi', 'Ieri sera era chiuso.'),
    ].join('')}</section>`);
    const comments = structural.detect(page) ?? [];
    expect(comments.map((c) => [c.author, c.time, c.text])).toEqual([
      ['Rita', 'ontem', 'Aqui voltou hoje de manhã.'],
      ['Tom', 'Yesterday at 5pm', 'Went there today.'],
      ['Ines', 'gisteren', 'Vandaag was het weer druk.'],
      ['Piero', 'oggi', 'Ieri sera era chiuso.'],
    ]);
  });

  it('gives content ids when the site has none', () => {
    const item = (who: string, what: string): string =>
      `<div class="k1"><b>${who}</b> <span>3 days ago</span><div>${what}</div><a href="#r" class="k2">Reply</a></div>`;
    const page = parse(`<section>${item('Ann', 'First thought.')}${item('Bob', 'Second thought.')}</section>`);
    const comments = structural.detect(page) ?? [];
    expect(comments).toHaveLength(2);
    for (const c of comments) expect(c.id).toMatch(/^h-[0-9a-f]{16}$/);
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Ann', 'First thought.'],
      ['Bob', 'Second thought.'],
    ]);
    expect(structural.detect(parse(`<section>${item('Ann', 'First thought.')}${item('Bob', 'Second thought.')}</section>`))?.map((c) => c.id)).toEqual(
      comments.map((c) => c.id),
    );
  });

  // A blind hand page (seeds/pages-blind, bp-a2) in the markup of an old Russian city portal:
  // each message a table whose last row has the rating's "+" and "−" links and "Ответить | Жалоба".
  // Nothing was found: the Reply word was not read in Russian; then "−" and "Жалоба" passed for
  // names, so a message's rating row was taken for a whole comment.
  it('reads Russian controls, and never takes a vote arrow or a control for the name', () => {
    const item = (id: number, who: string, what: string): string =>
      `<div class="msg" id="msg_${id}"><table><tr class="msg_head"><td><b class="nick">${who}</b> <span>(95.31.*.*)</span></td><td>14.05.2024 12:0${id % 10}</td></tr>
        <tr><td colspan="2" class="msg_body">${what}</td></tr>
        <tr><td class="msg_rate">Рейтинг: <a href="#" onclick="return vote(${id},1)">+</a> <b>${id % 7}</b> <a href="#" onclick="return vote(${id},-1)">&minus;</a></td>
        <td><a href="#addmsg" onclick="return answer(${id})">Ответить</a> | <a href="/abuse/?id=${id}">Жалоба</a></td></tr></table></div>`;
    const page = parse(
      `<div class="block_title">Мнения читателей (3)</div>${item(11, 'Сергей_К', 'Опять пилят деревья на Советской.')}${item(14, 'Marina74', 'Пух в июне — это кошмар.<br>Так что я за замену.')}${item(19, 'Гость', 'А вы видели, в каком они состоянии?')}`,
    );
    const comments = structural.detect(page) ?? [];
    expect(comments.map((c) => c.author)).toEqual(['Сергей_К', 'Marina74', 'Гость']);
    expect(comments.map((c) => c.text.split('\n')[0])).toEqual(['Опять пилят деревья на Советской.', 'Пух в июне — это кошмар.', 'А вы видели, в каком они состоянии?']);
  });

  it('counts side-by-side alternative Reply controls (signed in / signed out) as one', () => {
    const item = (who: string, what: string): string =>
      `<div class="c-item"><div class="c-right"><strong><a href="/user/profil/${who}">${who}</a></strong><p>${what}</p>
        <div class="c-date"><small>12.04.2020 17:02</small></div>
        <div class="c-actions"><button type="button">Antworten</button><a href="/login?ref=reply">Antworten</a></div></div></div>`;
    const page = parse(`<section>${item('anna', 'Sehr lecker geworden.')}${item('bernd', 'Mit Quark statt Schmand auch gut.')}</section>`);
    expect(structural.detect(page)?.map((c) => [c.author, c.text])).toEqual([
      ['anna', 'Sehr lecker geworden.'],
      ['bernd', 'Mit Quark statt Schmand auch gut.'],
    ]);
  });

  it('finds bylined comments without controls only in a section named for comments', () => {
    const item = (cls: string, who: string, what: string): string =>
      `<div class="${cls}"><div class="${cls}_meta"><span class="author">${who}</span> / 22.04.2020</div><p>${what}</p></div>`;
    const list = (cls: string): string =>
      [item(cls, 'Ann', 'A first letter with an opinion.'), item(cls, 'Bob', 'A second letter.'), item(cls, 'Cy', 'A third letter.')].join('');
    expect(structural.detect(parse(`<div id="reader-comments">${list('entry')}</div>`))?.map((c) => c.author)).toEqual(['Ann', 'Bob', 'Cy']);
    expect(structural.detect(parse(`<div class="feed">${list('entry')}</div>`))).toBeNull();
  });

  it('ignores a hidden Cancel-reply link and the comment form', () => {
    const page = parse(`<div id="respond" class="comment-respond"><h3><a id="cancel-comment-reply-link" href="#respond" style="display:none">Cancel reply</a></h3>
      <p class="comment-form-author"><label>Name *</label></p><p>Your email address will not be published.</p></div>`);
    expect(structural.detect(page)).toBeNull();
  });
});
